import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type {
  IntakeBody,
  IntakeCheckBody,
  ParticipantPatchBody,
  ProfilePatchBody,
  ProfilePutBody,
} from '../../../api/types.ts';
import { participantKeys, useInvalidateCaseRecords } from './keys.ts';

/** One participant with their periods, as the coach (or manager) may see them. */
export function useParticipant(participantId: string) {
  return useQuery({
    queryKey: participantKeys.detail(participantId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/participants/{participantId}', { params: { path: { participantId } }, signal })),
  });
}

/** Intake: checks a personnummer as it is typed (valid? known person? which unit?). */
export function useIntakeCheck() {
  return useMutation({
    mutationFn: (body: IntakeCheckBody) => unwrap(api.POST('/api/participants/intake-check', { body })),
  });
}

/**
 * Intake: a new person, or a new period for a known one. With `handOver`, a referral to the unit
 * of the age rule: the answer is then `{ handedOver: true, unit }`, not a case file.
 */
export function useCreateParticipant() {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: IntakeBody) => unwrap(api.POST('/api/participants', { body })),
    onSuccess: () => void invalidate(),
  });
}

/** Name and contact details. */
export function usePatchParticipant(participantId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: ParticipantPatchBody) =>
      unwrap(api.PATCH('/api/participants/{participantId}', { params: { path: { participantId } }, body })),
    onSuccess: () => void invalidate(),
  });
}

/** The matching profile. */
export function usePutProfile(participantId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: ProfilePutBody) =>
      unwrap(
        api.PUT('/api/participants/{participantId}/profile', { params: { path: { participantId } }, body }),
      ),
    onSuccess: () => void invalidate(),
  });
}

/** One section of the matching profile: only the fields sent are changed (PATCH). */
export function usePatchProfile(participantId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: ProfilePatchBody) =>
      unwrap(
        api.PATCH('/api/participants/{participantId}/profile', { params: { path: { participantId } }, body }),
      ),
    onSuccess: () => void invalidate(),
  });
}
