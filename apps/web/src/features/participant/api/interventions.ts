import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { InterventionCreateBody, InterventionPatchBody } from '../../../api/types.ts';
import { participantKeys, useInvalidateCaseRecords } from './keys.ts';

export function useInterventions(enrolmentId: string) {
  return useQuery({
    queryKey: participantKeys.interventions(enrolmentId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/enrolments/{enrolmentId}/interventions', { params: { path: { enrolmentId } }, signal }),
      ),
  });
}

export function useCreateIntervention(enrolmentId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: InterventionCreateBody) =>
      unwrap(
        api.POST('/api/enrolments/{enrolmentId}/interventions', { params: { path: { enrolmentId } }, body }),
      ),
    onSuccess: () => void invalidate(),
  });
}

/** Changes an intervention (its status, in the list). */
export function usePatchIntervention() {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: ({ id, ...body }: InterventionPatchBody & { id: string }) =>
      unwrap(
        api.PATCH('/api/interventions/{interventionId}', { params: { path: { interventionId: id } }, body }),
      ),
    onSuccess: () => void invalidate(),
  });
}
