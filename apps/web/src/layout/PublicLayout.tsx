import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicRoute } from '../app/feature.ts';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { Loading } from '../components/StatusPages.tsx';
import { type Params, useRouter } from '../router/router.tsx';
import { SiteHeader, SkipLink } from './SiteHeader.tsx';

/**
 * The layout of a page for people without an account (an employer's form): header without menu
 * or account tools, the page, a footer saying what their details are used for. Nothing here asks
 * for a session, so nothing sends them to the login page.
 */
export function PublicLayout({ route, params }: { route: PublicRoute; params: Params }) {
  const { t } = useTranslation();
  const { location } = useRouter();
  const View = route.component;
  return (
    <>
      <SkipLink />
      {/* The page links to itself (its own address: a route may have parameters, like a link's token). */}
      <SiteHeader homeTo={location.pathname} homeLabel={t(`public.${route.homeLabelKey ?? 'homeLink'}`)} />
      <main id="main" className="standalone" tabIndex={-1}>
        <ErrorBoundary resetKey={route.path}>
          <Suspense fallback={<Loading />}>
            <View params={params} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t(`public.${route.footerKey ?? 'footer'}`)}</p>
        </div>
      </footer>
    </>
  );
}
