import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { FollowUpCancelBody, FollowUpCreateBody, FollowUpPatchBody } from '../../../api/types.ts';
import { participantKeys, useInvalidateCaseRecords } from './keys.ts';

export function useFollowUps(enrolmentId: string) {
  return useQuery({
    queryKey: participantKeys.followUps(enrolmentId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/enrolments/{enrolmentId}/follow-ups', { params: { path: { enrolmentId } }, signal }),
      ),
  });
}

export function useCreateFollowUp(enrolmentId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: FollowUpCreateBody) =>
      unwrap(
        api.POST('/api/enrolments/{enrolmentId}/follow-ups', { params: { path: { enrolmentId } }, body }),
      ),
    onSuccess: () => void invalidate(),
  });
}

/** Cancels a follow-up with the reason (it stays in the record, no longer due). */
export function useCancelFollowUp() {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: ({ id, ...body }: FollowUpCancelBody & { id: string }) =>
      unwrap(api.POST('/api/follow-ups/{followUpId}/cancel', { params: { path: { followUpId: id } }, body })),
    onSuccess: () => void invalidate(),
  });
}

/** Reschedules a follow-up, or marks it done with its outcome. */
export function usePatchFollowUp() {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: ({ id, ...body }: FollowUpPatchBody & { id: string }) =>
      unwrap(api.PATCH('/api/follow-ups/{followUpId}', { params: { path: { followUpId: id } }, body })),
    onSuccess: () => void invalidate(),
  });
}
