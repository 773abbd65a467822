import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { ApiError, toProblem } from '../../../api/api-error.ts';
import { api } from '../../../api/client.ts';
import type { PublicNeedBody } from '../../../api/types.ts';
import { retryAfterSeconds } from '../suggestions.ts';

// The public form's calls. No session: the browser sends no cookie (`credentials: 'omit'`), so a
// member of staff who is logged in elsewhere in the browser submits as anyone else would, and no
// answer here ever sends anyone to the login page.

/** A refused public call; `retryAfter` (seconds) from the server's Retry-After on 429. */
export class PublicApiError extends ApiError {
  readonly retryAfter: number | null;
  constructor(status: number, body: unknown, retryAfter: number | null) {
    super(status, toProblem(body));
    this.retryAfter = retryAfter;
  }
}

async function publicCall<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined) return data;
  throw new PublicApiError(response.status, error, retryAfterSeconds(response.headers.get('Retry-After')));
}

/** Suggestions from the employer's own words (the caller debounces the text). */
export function usePublicSuggestions(text: string) {
  return useQuery({
    queryKey: ['public', 'suggestions', text],
    queryFn: ({ signal }) =>
      publicCall(
        api.POST('/api/public/recruitment-needs/suggestions', {
          body: { text },
          credentials: 'omit',
          signal,
        }),
      ),
    enabled: text.trim().length >= 10,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useSubmitPublicNeed() {
  return useMutation({
    mutationFn: (body: PublicNeedBody) =>
      publicCall(api.POST('/api/public/recruitment-needs', { body, credentials: 'omit' })),
  });
}

/** The municipality pick list (public SCB facts; no cookie sent). */
export function usePublicMunicipalities() {
  return useQuery({
    queryKey: ['public', 'municipalities'],
    queryFn: ({ signal }) =>
      publicCall(api.GET('/api/public/municipalities', { credentials: 'omit', signal })),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
