import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { PlanPutBody } from '../../../api/types.ts';
import { participantKeys, useInvalidateCaseRecords } from './keys.ts';

/** The current plan and the list of its saved versions. */
export function usePlan(enrolmentId: string) {
  return useQuery({
    queryKey: participantKeys.plan(enrolmentId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/enrolments/{enrolmentId}/plan', { params: { path: { enrolmentId } }, signal })),
  });
}

/** One saved version, fetched when it is opened; versions never change. */
export function usePlanVersion(enrolmentId: string, n: number | null) {
  return useQuery({
    queryKey: participantKeys.planVersion(enrolmentId, n ?? 0),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/enrolments/{enrolmentId}/plan/versions/{n}', {
          params: { path: { enrolmentId, n: n ?? 0 } },
          signal,
        }),
      ),
    enabled: n !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Records that the participant agreed to version `n` (each version is agreed on its own). */
export function useAgreePlan(enrolmentId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: ({ n, agreedAt }: { n: number; agreedAt: string }) =>
      unwrap(
        api.POST('/api/enrolments/{enrolmentId}/plan/versions/{n}/agreement', {
          params: { path: { enrolmentId, n } },
          body: { agreedAt },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

/** Saves the plan as a new version. */
export function usePutPlan(enrolmentId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: PlanPutBody) =>
      unwrap(api.PUT('/api/enrolments/{enrolmentId}/plan', { params: { path: { enrolmentId } }, body })),
    onSuccess: () => void invalidate(),
  });
}
