import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { errorMessage } from '../../api/messages.ts';
import type { RouteProps } from '../../app/feature.ts';
import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import { NeedMatchingSection } from '../matching/components/NeedMatchingSection.tsx';
import { formatDate } from '../participant/format.ts';
import { useNeed } from './api/needs.ts';
import { NeedStatusBadge } from './components/NeedStatusBadge.tsx';
import { WarningList } from './components/WarningList.tsx';
import { useNeedT } from './i18n/index.ts';
import { NeedDetails } from './sections/NeedDetails.tsx';
import { NeedHistory } from './sections/NeedHistory.tsx';
import { StatusPanel } from './sections/StatusPanel.tsx';
import '../participant/participant.css';
import '../employer/employer.css';
import './recruitment-need.css';

/**
 * One need: its warnings first (before it is opened), its status with the next steps in its life,
 * the need in the taxonomy's terms (changed in place), who sent it, and its history.
 */
export default function NeedPage({ params }: RouteProps) {
  const needId = params.needId ?? '';
  const { t, language } = useNeedT();
  const { t: tShared } = useTranslation();
  const { state } = useRouter();
  const need = useNeed(needId);
  const [created] = useState(
    () => typeof state === 'object' && state !== null && (state as { notice?: string }).notice === 'created',
  );

  const data = need.data;
  if (!data) {
    const notFound = isApiError(need.error) && need.error.status === 404;
    return (
      <Page title={t('detail.loadingTitle')}>
        {need.isError ? (
          <>
            <Alert tone="error">{notFound ? t('detail.notFound') : errorMessage(need.error, tShared)}</Alert>
            <p>
              <Link to="/rekryteringsbehov">{t('detail.back')}</Link>
            </p>
          </>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </Page>
    );
  }

  const canWrite = data.permissions.write;
  return (
    <Page
      title={data.title}
      lead={
        <dl className="summary" aria-label={t('detail.summaryLabel')}>
          <div>
            <dt>{t('detail.status')}</dt>
            <dd>
              <NeedStatusBadge status={data.status} />
            </dd>
          </div>
          <div>
            <dt>{t('detail.employer')}</dt>
            <dd>
              {data.employer ? (
                <Link to={`/arbetsgivare/${data.employer.id}`}>{data.employer.name}</Link>
              ) : (
                (data.submitter?.organisationName ?? t('detail.noEmployer'))
              )}
            </dd>
          </div>
          <div>
            <dt>{t('detail.occupation')}</dt>
            <dd>{data.occupation?.label ?? t('detail.noOccupation')}</dd>
          </div>
          <div>
            <dt>{t('detail.positions')}</dt>
            <dd className="tabular">{data.positions}</dd>
          </div>
          <div>
            <dt>{t('detail.start')}</dt>
            <dd className="tabular">{formatDate(data.startDate, language) || t('common.none')}</dd>
          </div>
        </dl>
      }
    >
      <p className="back-link">
        <Link to="/rekryteringsbehov">{t('detail.back')}</Link>
      </p>
      {created ? <Alert tone="success">{t('create.success')}</Alert> : null}
      {data.status === 'received' && data.source === 'public_form' ? (
        <Alert tone="info" heading={t('detail.receivedHeading')}>
          {t('detail.receivedText')}
        </Alert>
      ) : null}
      {!canWrite ? <Alert tone="info">{t('detail.readOnly')}</Alert> : null}

      <div className="section-stack">
        {data.warnings.length > 0 ? (
          <section className="panel warning-panel" aria-labelledby="need-warnings">
            <h2 id="need-warnings" className="panel__title">
              {t('warnings.heading', { count: data.warnings.length })}
            </h2>
            <p>{data.status === 'received' ? t('warnings.beforeOpening') : t('warnings.intro')}</p>
            <WarningList
              warnings={data.warnings}
              texts={{ title: data.title, description: data.description }}
            />
          </section>
        ) : null}
        <StatusPanel need={data} canWrite={canWrite} />
        <NeedDetails need={data} canWrite={canWrite} />
        {data.submitter ? (
          <section className="panel" aria-labelledby="need-submitter">
            <h2 id="need-submitter" className="panel__title">
              {t('submitter.heading')}
            </h2>
            <dl className="facts">
              <div>
                <dt>{t('submitter.organisation')}</dt>
                <dd>{data.submitter.organisationName}</dd>
              </div>
              <div>
                <dt>{t('submitter.organisationsnummer')}</dt>
                <dd className="tabular">{data.submitter.organisationsnummer ?? t('common.none')}</dd>
              </div>
              <div>
                <dt>{t('submitter.contact')}</dt>
                <dd>{data.submitter.contactName}</dd>
              </div>
              <div>
                <dt>{t('submitter.email')}</dt>
                <dd>
                  <a href={`mailto:${data.submitter.email}`}>{data.submitter.email}</a>
                </dd>
              </div>
              <div>
                <dt>{t('submitter.phone')}</dt>
                <dd>{data.submitter.phone ?? t('common.none')}</dd>
              </div>
            </dl>
            {!data.employer ? <p className="muted">{t('submitter.noEmployer')}</p> : null}
          </section>
        ) : null}
        <NeedHistory need={data} />
        <NeedMatchingSection need={data} />
      </div>
    </Page>
  );
}
