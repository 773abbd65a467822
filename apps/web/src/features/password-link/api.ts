import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

// The one-time link's token travels in the request body (never in a URL the server logs). The
// calls go without the session cookie: the link is the only proof, and a person who happens to be
// logged in in the same browser (e.g. an administrator trying a link) is not asked for a CSRF token.

export function usePasswordLink(token: string) {
  return useQuery({
    queryKey: ['password-link', token],
    queryFn: ({ signal }) =>
      unwrap(api.POST('/api/public/password-link', { body: { token }, signal, credentials: 'omit' }), {
        redirectOnUnauthorized: false,
      }),
    enabled: token !== '',
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; newPassword: string }) =>
      unwrap(api.POST('/api/public/password-link/password', { body, credentials: 'omit' }), {
        redirectOnUnauthorized: false,
      }),
  });
}
