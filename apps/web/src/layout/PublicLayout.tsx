import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppRoute } from '../app/feature.ts';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { Loading } from '../components/StatusPages.tsx';
import type { Params } from '../router/router.tsx';
import { SiteHeader, SkipLink } from './SiteHeader.tsx';

/**
 * The layout of a page for people without an account (an employer's form): header without menu
 * or account tools, the page, a footer saying what their details are used for. Nothing here asks
 * for a session, so nothing sends them to the login page.
 */
export function PublicLayout({ route, params }: { route: Omit<AppRoute, 'roles'>; params: Params }) {
  const { t } = useTranslation();
  const View = route.component;
  return (
    <>
      <SkipLink />
      <SiteHeader homeTo={route.path} homeLabel={t('public.homeLink')} />
      <main id="main" className="standalone" tabIndex={-1}>
        <ErrorBoundary resetKey={route.path}>
          <Suspense fallback={<Loading />}>
            <View params={params} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('public.footer')}</p>
        </div>
      </footer>
    </>
  );
}
