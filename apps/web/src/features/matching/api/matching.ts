import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { NeedView } from '../../../api/types.ts';
import { isMatchableStatus, needInput } from '../explain.ts';
import { matchingKeys } from './keys.ts';
import type { AllocationQuery, RecruitmentNeedInput } from './types.ts';

/** Ranked candidates for a stored need, with the explanation (named or pseudonymised by role). */
export function useCandidates(needId: string, top: number, enabled = true) {
  return useQuery({
    queryKey: matchingKeys.candidates(needId, top),
    queryFn: ({ signal }) => unwrap(api.POST('/api/matching/candidates', { body: { needId, top }, signal })),
    enabled,
  });
}

/**
 * The people of one scope of the caseload (a coach's own, or one unit), as a set of ids: the
 * candidates list filters on it. The API ranks candidates only by need, so these filters are
 * applied here on the list it returned.
 */
export function useCaseloadIds(scope: 'mine' | 'unit' | null, unitId: string | null) {
  return useQuery({
    queryKey: matchingKeys.caseloadIds(scope ?? '', unitId ?? ''),
    queryFn: async ({ signal }) => {
      const ids = new Set<string>();
      const limit = 500;
      for (let offset = 0; offset < 5000; offset += limit) {
        const page = await unwrap(
          api.GET('/api/participants/caseload', {
            params: {
              query: {
                scope: scope ?? 'unit',
                ...(unitId ? { unitId } : {}),
                limit,
                offset,
              },
            },
            signal,
          }),
        );
        for (const item of page.items) if (item.status === 'active') ids.add(item.participantId);
        if (page.items.length < limit) break;
      }
      return ids;
    },
    enabled: scope !== null,
    staleTime: 60_000,
  });
}

/** Open stored needs (open, or candidates presented): what matching works on. */
export function useOpenNeeds(enabled = true) {
  return useQuery({
    queryKey: matchingKeys.openNeeds,
    queryFn: async ({ signal }) => {
      const [open, presented] = await Promise.all(
        (['open', 'presented'] as const).map((status) =>
          unwrap(api.GET('/api/recruitment-needs', { params: { query: { status, limit: 500 } }, signal })),
        ),
      );
      return [...(open?.items ?? []), ...(presented?.items ?? [])].filter((n) => isMatchableStatus(n.status));
    },
    enabled,
  });
}

/**
 * The best open needs for one person. The server ranks needs sent as values, so the open stored
 * needs are read first and sent as the values the index holds for them.
 */
export function useNeedsForParticipant(
  participantId: string,
  needs: readonly NeedView[] | undefined,
  top = 10,
) {
  const inputs: RecruitmentNeedInput[] = (needs ?? []).flatMap((n) => {
    const input = needInput(n);
    return input ? [input] : [];
  });
  return useQuery({
    queryKey: [...matchingKeys.needsFor(participantId), top, inputs.map((n) => n.id).join(',')],
    queryFn: ({ signal }) =>
      unwrap(
        api.POST('/api/matching/participants/{participantId}/needs', {
          params: { path: { participantId } },
          body: { needs: inputs.slice(0, 500), top },
          signal,
        }),
      ),
    enabled: inputs.length > 0,
  });
}

/** Other occupations the person could move into, with the skills missing and what closes them. */
export function useAlternatives(participantId: string, enabled = true) {
  return useQuery({
    queryKey: matchingKeys.alternatives(participantId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/matching/participants/{participantId}/alternatives', {
          params: { path: { participantId } },
          signal,
        }),
      ),
    enabled,
  });
}

/** The exact allocation over all open needs (recomputed on request, so a mutation). */
export function useAllocation() {
  return useMutation({
    mutationFn: (body: AllocationQuery) => unwrap(api.POST('/api/matching/allocation', { body })),
  });
}

/** My notifications (the coach is told when their person is put on a list or answered for). */
export function useNotifications() {
  return useQuery({
    queryKey: matchingKeys.notifications,
    queryFn: ({ signal }) => unwrap(api.GET('/api/notifications', { signal })),
  });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/notifications/read')),
    onSuccess: (list) => queryClient.setQueryData(matchingKeys.notifications, list),
  });
}
