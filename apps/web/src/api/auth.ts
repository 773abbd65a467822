import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error.ts';
import { api, setCsrfToken, unwrap } from './client.ts';
import type { LoginBody, PasswordChangeBody, SessionUser } from './types.ts';

export const meQueryKey = ['auth', 'me'] as const;

/** Who is logged in; `null` when nobody is. */
export function useSession() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async ({ signal }): Promise<SessionUser | null> => {
      try {
        const session = await unwrap(api.GET('/api/auth/me', { signal }), { redirectOnUnauthorized: false });
        setCsrfToken(session.csrfToken);
        return session.user;
      } catch (error) {
        if (isApiError(error) && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginBody) =>
      unwrap(api.POST('/api/auth/login', { body: credentials }), { redirectOnUnauthorized: false }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(meQueryKey, session.user);
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout'), { redirectOnUnauthorized: false }),
  });
}

/** Forgets the session and everything cached for this user. */
export function clearSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: PasswordChangeBody) => unwrap(api.POST('/api/auth/password', { body })),
  });
}

/** The logged-in user, inside the app shell (which only renders when someone is logged in). */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser used outside a logged-in view');
  return data;
}
