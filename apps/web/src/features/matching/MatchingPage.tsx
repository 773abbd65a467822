import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { errorMessage } from '../../api/messages.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Page } from '../../components/Page.tsx';
import { Link } from '../../router/router.tsx';
import { formatDate, formatDateTime } from '../participant/format.ts';
import { useOpenNeeds } from './api/matching.ts';
import { AllocationView } from './components/AllocationView.tsx';
import { notificationPath } from './explain.ts';
import { useMatchingT } from './i18n/index.ts';
import { NotificationsPanel } from './NotificationsPanel.tsx';
import '../participant/participant.css';
import './matching.css';

/**
 * Matchning: what the loop has told me (notifications), the open needs with a way to their
 * candidates, and the allocation across all open needs.
 */
export default function MatchingPage() {
  const { t } = useMatchingT();
  const user = useSession().data;
  if (!user) return null;
  return (
    <Page title={t('page.title')} lead={<p>{t('page.lead')}</p>}>
      <div className="section-stack">
        <NotificationsPanel />
        <OpenNeedsPanel />
        <AllocationView user={user} />
      </div>
    </Page>
  );
}

function OpenNeedsPanel() {
  const { t, language } = useMatchingT();
  const { t: tShared } = useTranslation();
  const needs = useOpenNeeds();
  return (
    <section className="panel" aria-labelledby="matching-needs">
      <h2 id="matching-needs" className="panel__title">
        {t('openNeeds.heading', { count: needs.data?.length ?? 0 })}
      </h2>
      <p className="muted">{t('openNeeds.intro')}</p>
      {needs.isError ? <Alert tone="error">{errorMessage(needs.error, tShared)}</Alert> : null}
      {needs.data && needs.data.length === 0 ? <p className="empty-state">{t('openNeeds.empty')}</p> : null}
      {needs.data && needs.data.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table data-table--cards">
            <caption className="visually-hidden">{t('openNeeds.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('openNeeds.need')}</th>
                <th scope="col">{t('openNeeds.employer')}</th>
                <th scope="col">{t('openNeeds.positions')}</th>
                <th scope="col">{t('openNeeds.start')}</th>
              </tr>
            </thead>
            <tbody>
              {needs.data.map((need) => (
                <tr key={need.id}>
                  <th scope="row" data-label={t('openNeeds.need')}>
                    <Link to={`/rekryteringsbehov/${need.id}#matchning`}>{need.title}</Link>
                  </th>
                  <td data-label={t('openNeeds.employer')}>{need.employer?.name ?? t('common.none')}</td>
                  <td className="tabular" data-label={t('openNeeds.positions')}>
                    {need.positions}
                  </td>
                  <td className="tabular" data-label={t('openNeeds.start')}>
                    {formatDate(need.startDate, language) || t('common.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
