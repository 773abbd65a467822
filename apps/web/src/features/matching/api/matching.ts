import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { NeedView } from '../../../api/types.ts';
import { isMatchableStatus, needInput } from '../explain.ts';
import { matchingKeys } from './keys.ts';
import type { AllocationQuery, RecruitmentNeedInput } from './types.ts';

/** The server-side filters of the candidates list (all optional). */
export interface CandidateFilters {
  unitId?: string;
  mine?: boolean;
  readyWithinWeeks?: number;
  maxCommuteKm?: number;
}

/**
 * Ranked candidates for a stored need, with the explanation (named or pseudonymised by role),
 * filtered by the server before the top is taken (unit, my people, readiness, commute).
 */
export function useCandidates(needId: string, top: number, filters: CandidateFilters = {}, enabled = true) {
  return useQuery({
    queryKey: matchingKeys.candidates(needId, top, filters),
    queryFn: ({ signal }) =>
      unwrap(api.POST('/api/matching/candidates', { body: { needId, top, ...filters }, signal })),
    enabled,
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
