import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { JournalAmendBody, JournalCreateBody } from '../../../api/types.ts';
import { participantKeys, useInvalidateCaseRecords } from './keys.ts';

export function useJournal(enrolmentId: string) {
  return useQuery({
    queryKey: participantKeys.journal(enrolmentId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/enrolments/{enrolmentId}/journal', { params: { path: { enrolmentId } }, signal })),
  });
}

export function useCreateJournalEntry(enrolmentId: string) {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: (body: JournalCreateBody) =>
      unwrap(api.POST('/api/enrolments/{enrolmentId}/journal', { params: { path: { enrolmentId } }, body })),
    onSuccess: () => void invalidate(),
  });
}

/** Amends one's own note with a reason; the original stays in the correction history. */
export function useAmendJournalEntry() {
  const invalidate = useInvalidateCaseRecords();
  return useMutation({
    mutationFn: ({ entryId, ...body }: JournalAmendBody & { entryId: string }) =>
      unwrap(api.PATCH('/api/journal/{entryId}', { params: { path: { entryId } }, body })),
    onSuccess: () => void invalidate(),
  });
}
