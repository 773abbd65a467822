import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { CoachAssignmentBody, EnrolmentPatchBody, ExitBody } from '../../../api/types.ts';
import { useInvalidateCaseRecords } from './keys.ts';

/** Corrects the facts registered at intake. */
export function usePatchEnrolment(enrolmentId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: EnrolmentPatchBody) =>
      unwrap(api.PATCH('/api/enrolments/{enrolmentId}', { params: { path: { enrolmentId } }, body })),
    onSuccess: () => void invalidate(),
  });
}

/** Assigns, reassigns or removes the coach (a coach may take an unassigned participant). */
export function useAssignCoach(enrolmentId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: CoachAssignmentBody) =>
      unwrap(api.PUT('/api/enrolments/{enrolmentId}/coach', { params: { path: { enrolmentId } }, body })),
    onSuccess: () => void invalidate(),
  });
}

/** Closes the period with its exit (Kolada's categories). */
export function useExit(enrolmentId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: ExitBody) =>
      unwrap(api.POST('/api/enrolments/{enrolmentId}/exit', { params: { path: { enrolmentId } }, body })),
    onSuccess: () => void invalidate(),
  });
}
