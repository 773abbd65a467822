import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error.ts';
import { apiFetch, setCsrfToken } from './client.ts';

export const roles = ['admin', 'manager', 'coach', 'liaison'] as const;
export type Role = (typeof roles)[number];

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitIds: string[];
  /** Unit names, when the server includes them. */
  units?: { id: string; name: string }[];
  municipality: { code: string; name: string };
}

interface SessionResponse {
  user: SessionUser;
  csrfToken: string;
}

export const meQueryKey = ['auth', 'me'] as const;

/** Who is logged in; `null` when nobody is. */
export function useSession() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async ({ signal }): Promise<SessionUser | null> => {
      try {
        const session = await apiFetch<SessionResponse>('/api/auth/me', {
          signal,
          redirectOnUnauthorized: false,
        });
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
    mutationFn: (credentials: { username: string; password: string }) =>
      apiFetch<SessionResponse>('/api/auth/login', {
        method: 'POST',
        body: credentials,
        redirectOnUnauthorized: false,
      }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(meQueryKey, session.user);
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => apiFetch<void>('/api/auth/logout', { method: 'POST', redirectOnUnauthorized: false }),
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
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      apiFetch<void>('/api/auth/password', { method: 'POST', body: input }),
  });
}

/** The logged-in user, inside the app shell (which only renders when someone is logged in). */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser used outside a logged-in view');
  return data;
}
