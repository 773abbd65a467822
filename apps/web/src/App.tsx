import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { isApiError } from './api/api-error.ts';
import { clearSession, useSession } from './api/auth.ts';
import { setUnauthorizedHandler } from './api/client.ts';
import { errorMessage } from './api/messages.ts';
import { publicRoutes } from './app/features.ts';
import { Alert } from './components/Alert.tsx';
import { AnnouncerProvider } from './components/Announcer.tsx';
import { Button } from './components/Button.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { Loading } from './components/StatusPages.tsx';
import { type LoginNotice, LoginPage } from './features/login/LoginPage.tsx';
import { i18n } from './i18n/index.ts';
import { AppShell } from './layout/AppShell.tsx';
import { PublicLayout } from './layout/PublicLayout.tsx';
import { SiteFooter, SiteHeader, SkipLink } from './layout/SiteHeader.tsx';
import { matchPath, RouterProvider, useRouter } from './router/router.tsx';

const loginPath = '/logga-in';

interface LoginState {
  notice?: LoginNotice;
  returnTo?: string;
}

function readLoginState(state: unknown): LoginState {
  if (typeof state !== 'object' || state === null) return {};
  const { notice, returnTo } = state as Record<string, unknown>;
  return {
    ...(notice === 'sessionExpired' || notice === 'loggedOut' ? { notice } : {}),
    // Only same-app paths, never a full URL: no open redirect through history state.
    ...(typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//')
      ? { returnTo }
      : {}),
  };
}

/** Public pages (the employers' form) need no session: they never ask who is logged in. */
function Root() {
  const { location } = useRouter();
  const publicRoute = publicRoutes.find((route) => matchPath(route.path, location.pathname));
  if (publicRoute) {
    const params = matchPath(publicRoute.path, location.pathname) ?? {};
    return <PublicLayout route={publicRoute} params={params} />;
  }
  return <StaffRoot />;
}

function StaffRoot() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const session = useSession();
  const { location, state, navigate } = useRouter();
  const onLoginPage = location.pathname === loginPath;
  const user = session.data;

  // Any API call answered with 401 means the session ended (timeout, logout elsewhere):
  // forget cached data and go to the login page, coming back here afterwards.
  useEffect(() => {
    setUnauthorizedHandler(() => {
      const here = window.location.pathname + window.location.search;
      navigate(loginPath, { replace: true, state: { notice: 'sessionExpired', returnTo: here } });
      clearSession(queryClient);
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient, navigate]);

  useEffect(() => {
    if (user === null && !onLoginPage) {
      const here = location.pathname + location.search;
      navigate(loginPath, {
        replace: true,
        keepFocus: true,
        state: here === '/' ? null : { returnTo: here },
      });
    }
  }, [user, onLoginPage, location, navigate]);

  if (session.isPending) return <Loading />;

  if (session.isError && !isApiError(session.error)) throw session.error;
  if (session.isError) {
    return (
      <>
        <SkipLink />
        <SiteHeader />
        <main id="main" className="standalone" tabIndex={-1}>
          <Alert tone="error">{errorMessage(session.error, t)}</Alert>
          <Button onPress={() => void session.refetch()}>{t('errors.reload')}</Button>
        </main>
        <SiteFooter />
      </>
    );
  }

  if (!user) {
    const loginState = readLoginState(state);
    return (
      <>
        <SkipLink />
        <SiteHeader />
        <main id="main" className="standalone" tabIndex={-1}>
          <LoginPage
            notice={loginState.notice}
            onLoggedIn={() => navigate(loginState.returnTo ?? '/', { replace: true })}
          />
        </main>
        <SiteFooter />
      </>
    );
  }

  if (onLoginPage) {
    // Already logged in (e.g. the back button after login): the login page has nothing to offer.
    return <RedirectHome />;
  }
  return <AppShell user={user} />;
}

function RedirectHome() {
  const { navigate } = useRouter();
  useEffect(() => navigate('/', { replace: true, keepFocus: true }), [navigate]);
  return <Loading />;
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; network blips might.
      retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status >= 400),
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider>
          <AnnouncerProvider>
            <ErrorBoundary>
              <Root />
            </ErrorBoundary>
          </AnnouncerProvider>
        </RouterProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
