import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../api/auth.ts';
import { errorMessage } from '../../../api/messages.ts';
import { Alert } from '../../../components/Alert.tsx';
import { Link } from '../../../router/router.tsx';
import { formatDate } from '../../participant/format.ts';
import { useNeedList } from '../../recruitment-need/api/needs.ts';
import { NeedStatusBadge } from '../../recruitment-need/components/NeedStatusBadge.tsx';
import type { EmployerSectionProps } from '../EmployerPage.tsx';
import { useEmployerT } from '../i18n/index.ts';

/** The employer's recruitment needs, with a way to add one for them. */
export function NeedsSection({ employer }: EmployerSectionProps) {
  const { t, language } = useEmployerT();
  const { t: tShared } = useTranslation();
  const user = useCurrentUser();
  const needs = useNeedList({ employerId: employer.id });
  const mayCreate = user.role === 'liaison' || user.role === 'manager';
  const items = needs.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="employer-needs">
      <h2 id="employer-needs" className="panel__title">
        {t('needs.heading')}
      </h2>
      {mayCreate ? (
        <p>
          <Link
            to={`/rekryteringsbehov/nytt?arbetsgivare=${employer.id}`}
            className="button button--secondary"
          >
            {t('needs.add')}
          </Link>
        </p>
      ) : null}
      {needs.isError ? <Alert tone="error">{errorMessage(needs.error, tShared)}</Alert> : null}
      {needs.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {needs.data && items.length === 0 ? <p className="empty-state">{t('needs.none')}</p> : null}
      {items.length > 0 ? (
        <table className="data-table data-table--cards">
          <caption className="visually-hidden">{t('needs.tableCaption', { name: employer.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('needs.title')}</th>
              <th scope="col">{t('needs.occupation')}</th>
              <th scope="col">{t('needs.positions')}</th>
              <th scope="col">{t('needs.start')}</th>
              <th scope="col">{t('needs.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((need) => (
              <tr key={need.id}>
                <th scope="row" data-label={t('needs.title')}>
                  <Link to={`/rekryteringsbehov/${need.id}`} className="row-link">
                    {need.title}
                  </Link>
                </th>
                <td data-label={t('needs.occupation')}>{need.occupation?.label ?? t('common.none')}</td>
                <td data-label={t('needs.positions')} className="tabular">
                  {need.positions}
                </td>
                <td data-label={t('needs.start')} className="nowrap tabular">
                  {formatDate(need.startDate, language) || t('common.none')}
                </td>
                <td data-label={t('needs.status')}>
                  <NeedStatusBadge status={need.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
