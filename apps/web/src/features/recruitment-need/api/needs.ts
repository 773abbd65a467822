import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { NeedCreateBody, NeedPatchBody, NeedQuery, NeedStatusBody } from '../../../api/types.ts';
import { employerKeys } from '../../employer/api/keys.ts';

/** Recruitment needs' cache keys; a write also refreshes the register (an employer's open needs). */
export const needKeys = {
  all: ['recruitment-needs'] as const,
  list: (query: NeedQuery) => ['recruitment-needs', 'list', query] as const,
  detail: (id: string) => ['recruitment-needs', 'detail', id] as const,
  check: (title: string, description: string) => ['recruitment-needs', 'check', title, description] as const,
};

function useInvalidateNeeds() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: needKeys.all }),
      queryClient.invalidateQueries({ queryKey: employerKeys.all }),
    ]);
}

/** Needs with filters, and the number in each status. */
export function useNeedList(query: NeedQuery) {
  return useQuery({
    queryKey: needKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/recruitment-needs', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One need with its discrimination warnings and history. */
export function useNeed(needId: string) {
  return useQuery({
    queryKey: needKeys.detail(needId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/recruitment-needs/{needId}', { params: { path: { needId } }, signal })),
  });
}

export function useCreateNeed() {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: (body: NeedCreateBody) => unwrap(api.POST('/api/recruitment-needs', { body })),
    onSuccess: () => void invalidate(),
  });
}

export function usePatchNeed(needId: string) {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: (body: NeedPatchBody) =>
      unwrap(api.PATCH('/api/recruitment-needs/{needId}', { params: { path: { needId } }, body })),
    onSuccess: () => void invalidate(),
  });
}

/** Opens, marks presented, fills or closes a need (with a closing reason), or reopens it. */
export function useChangeNeedStatus(needId: string) {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: (body: NeedStatusBody) =>
      unwrap(api.POST('/api/recruitment-needs/{needId}/status', { params: { path: { needId } }, body })),
    onSuccess: () => void invalidate(),
  });
}

/**
 * The discrimination check of a title and description as they are being written (the caller
 * debounces): nothing is stored. Answers are kept, so going back to an earlier text asks nothing.
 */
export function useNeedTextCheck(title: string, description: string) {
  return useQuery({
    queryKey: needKeys.check(title, description),
    queryFn: ({ signal }) =>
      unwrap(api.POST('/api/recruitment-needs/check-text', { body: { title, description }, signal })),
    enabled: title.trim() !== '' || description.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
