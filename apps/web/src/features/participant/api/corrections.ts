import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { ExitCorrectionBody, IdentityCorrectionBody } from '../../../api/types.ts';
import { participantKeys, useInvalidateCaseRecords } from './keys.ts';

/** What was corrected in the person's record: every change from → to, why and by whom. */
export function useCorrections(participantId: string) {
  return useQuery({
    queryKey: participantKeys.corrections(participantId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/participants/{participantId}/corrections', {
          params: { path: { participantId } },
          signal,
        }),
      ),
  });
}

/** Corrects a recorded exit, with the reason. */
export function useCorrectExit(enrolmentId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: ExitCorrectionBody) =>
      unwrap(
        api.POST('/api/enrolments/{enrolmentId}/exit/correction', {
          params: { path: { enrolmentId } },
          body,
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

/** Corrects a person's name or personnummer (manager), with the reason. */
export function useCorrectIdentity(participantId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: IdentityCorrectionBody) =>
      unwrap(
        api.POST('/api/participants/{participantId}/identity-correction', {
          params: { path: { participantId } },
          body,
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}
