import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { RouterProvider as AriaRouterProvider } from 'react-aria-components';

export { matchPath, type Params } from './match-path.ts';

// A deliberately small history router: the app has a flat route table with `:param` segments and
// needs nothing more. The server answers unknown non-API paths with index.html.

export interface Location {
  pathname: string;
  search: string;
}

export interface NavigateOptions {
  replace?: boolean;
  /** Kept in history.state; read with useRouter().state. Never put personal data here. */
  state?: unknown;
  /** For redirects that the user did not ask for: leave focus where a fresh page load puts it. */
  keepFocus?: boolean;
}

interface RouterValue {
  location: Location;
  state: unknown;
  /** 0 on the first page load, then counts client-side navigations (used to move focus). */
  navigationId: number;
  navigate: (to: string, options?: NavigateOptions) => void;
}

const RouterContext = createContext<RouterValue | null>(null);

function currentLocation(): Location {
  return { pathname: window.location.pathname, search: window.location.search };
}

export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(currentLocation);
  const [state, setState] = useState<unknown>(() => window.history.state);
  const [navigationId, setNavigationId] = useState(0);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      setLocation(currentLocation());
      setState(event.state);
      setNavigationId((n) => n + 1);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((to: string, options: NavigateOptions = {}) => {
    const url = new URL(to, window.location.href);
    const next = url.pathname + url.search + url.hash;
    const nextState = options.state ?? null;
    if (options.replace) window.history.replaceState(nextState, '', next);
    else window.history.pushState(nextState, '', next);
    setLocation(currentLocation());
    setState(nextState);
    if (!options.keepFocus) setNavigationId((n) => n + 1);
    if (!options.replace) window.scrollTo(0, 0);
  }, []);

  const value = useMemo(
    () => ({ location, state, navigationId, navigate }),
    [location, state, navigationId, navigate],
  );
  return (
    <RouterContext.Provider value={value}>
      {/* Lets react-aria-components links and menu items (href) use client-side navigation too. */}
      <AriaRouterProvider navigate={(to) => navigate(to)}>{children}</AriaRouterProvider>
    </RouterContext.Provider>
  );
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter must be used inside <RouterProvider>');
  return value;
}

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
}

/** An ordinary <a href> that navigates without reloading; new-tab clicks still work. */
export function Link({ to, onClick, target, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  return (
    <a
      {...rest}
      href={to}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainLeftClick(event) || (target && target !== '_self')) return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}
