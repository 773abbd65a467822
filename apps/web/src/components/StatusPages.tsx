import { useTranslation } from 'react-i18next';
import { Link } from '../router/router.tsx';
import { Page } from './Page.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.notFoundTitle')} lead={<p>{t('errors.notFoundText')}</p>}>
      <p>
        <Link to="/">{t('errors.backToOverview')}</Link>
      </p>
    </Page>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.forbiddenTitle')} lead={<p>{t('errors.forbiddenText')}</p>}>
      <p>
        <Link to="/">{t('errors.backToOverview')}</Link>
      </p>
    </Page>
  );
}

/** Shown while a lazily loaded page or the session is on its way. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      <span>{t('app.loading')}</span>
    </div>
  );
}
