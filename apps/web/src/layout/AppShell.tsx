import { Suspense } from 'react';
import type { SessionUser } from '../api/types.ts';
import { allows } from '../app/feature.ts';
import { routes } from '../app/features.ts';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { ForbiddenPage, Loading, NotFoundPage } from '../components/StatusPages.tsx';
import { matchPath, useRouter } from '../router/router.tsx';
import { AccountTools } from './AccountTools.tsx';
import { MainNav } from './MainNav.tsx';
import { SiteFooter, SiteHeader, SkipLink } from './SiteHeader.tsx';

function CurrentRoute({ user }: { user: SessionUser }) {
  const { location } = useRouter();
  for (const route of routes) {
    const params = matchPath(route.path, location.pathname);
    if (!params) continue;
    if (!allows(route.roles, user.role)) return <ForbiddenPage />;
    const View = route.component;
    // Keyed by path so that moving between two records of the same kind starts a fresh view.
    return <View key={location.pathname} params={params} />;
  }
  return <NotFoundPage />;
}

/** The logged-in layout: header, menu, the current view, footer. */
export function AppShell({ user }: { user: SessionUser }) {
  const { location } = useRouter();
  return (
    <>
      <SkipLink />
      <SiteHeader municipality={user.municipality.name}>
        <AccountTools user={user} />
      </SiteHeader>
      <div className="shell">
        <MainNav role={user.role} />
        <main id="main" className="shell__main" tabIndex={-1}>
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<Loading />}>
              <CurrentRoute user={user} />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
      <SiteFooter />
    </>
  );
}
