import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, toProblem } from '../../../api/api-error.ts';
import { api } from '../../../api/client.ts';
import type { EmployerAnswerBody } from '../../matching/api/types.ts';

// The employer's calls. No session: the browser sends no cookie (`credentials: 'omit'`), so a
// member of staff logged in elsewhere in the browser answers as the employer would, and no answer
// here ever sends anyone to the login page.

async function publicCall<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined) return data;
  throw new ApiError(response.status, toProblem(error));
}

const linkKey = (token: string) => ['public', 'link', token] as const;

/** The presentation behind the link: the employer, the need, and the consented fields only. */
export function useEmployerLink(token: string) {
  return useQuery({
    queryKey: linkKey(token),
    queryFn: ({ signal }) =>
      publicCall(
        api.GET('/api/public/links/{token}', { params: { path: { token } }, credentials: 'omit', signal }),
      ),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** One answer for one candidate; the server answers with the page as it now stands. */
export function useAnswer(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EmployerAnswerBody) =>
      publicCall(
        api.POST('/api/public/links/{token}/answers', {
          params: { path: { token } },
          body,
          credentials: 'omit',
        }),
      ),
    onSuccess: (view) => queryClient.setQueryData(linkKey(token), view),
  });
}
