import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import { caseRecordKeys } from '../../../api/query-keys.ts';
import { matchingKeys, needRootKey } from './keys.ts';
import type { ConsentBody, PlacementBody, ShortlistStatus } from './types.ts';

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: matchingKeys.all }),
      // A presentation marks the need "kandidater presenterade"; a hire fills it.
      queryClient.invalidateQueries({ queryKey: needRootKey }),
    ]);
}

/** A write to the person's record: the record, its period and every list it shows up in. */
function useInvalidateCase() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: caseRecordKeys.all }),
      queryClient.invalidateQueries({ queryKey: needRootKey }),
    ]);
}

/** A need's shortlist: entries (named or pseudonymised per entry), protected count, presentations. */
export function useShortlist(needId: string) {
  return useQuery({
    queryKey: matchingKeys.shortlist(needId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/recruitment-needs/{needId}/shortlist', { params: { path: { needId } }, signal })),
  });
}

export function useAddToShortlist() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      needId,
      participantId,
      note,
    }: {
      needId: string;
      participantId: string;
      note?: string | null;
    }) =>
      unwrap(
        api.POST('/api/recruitment-needs/{needId}/shortlist', {
          params: { path: { needId } },
          body: { participantId, note: note ?? null },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useChangeEntryStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      entryId,
      version,
      status,
      reason,
    }: {
      entryId: string;
      version: number;
      status: ShortlistStatus;
      reason: string | null;
    }) =>
      unwrap(
        api.PATCH('/api/shortlist-entries/{entryId}', {
          params: { path: { entryId } },
          body: { version, status, reason },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

/** A person's consents, in force and withdrawn. */
export function useConsents(participantId: string, enabled = true) {
  return useQuery({
    queryKey: matchingKeys.consents(participantId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/participants/{participantId}/consents', {
          params: { path: { participantId } },
          signal,
        }),
      ),
    enabled,
  });
}

export function useRecordConsent() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ConsentBody) => unwrap(api.POST('/api/consents', { body })),
    onSuccess: () => void invalidate(),
  });
}

export function useWithdrawConsent() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (consentId: string) =>
      unwrap(api.POST('/api/consents/{consentId}/withdraw', { params: { path: { consentId } } })),
    onSuccess: () => void invalidate(),
  });
}

export function useCreatePresentation(needId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { entryIds: string[]; expiresInDays: number }) =>
      unwrap(
        api.POST('/api/recruitment-needs/{needId}/presentations', { params: { path: { needId } }, body }),
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useRevokePresentation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (presentationId: string) =>
      unwrap(
        api.POST('/api/presentations/{presentationId}/revoke', { params: { path: { presentationId } } }),
      ),
    onSuccess: () => void invalidate(),
  });
}

/** A placement registered by staff (through a need, or made outside the system): the same effects. */
export function useRegisterPlacement() {
  const invalidate = useInvalidateCase();
  return useMutation({
    mutationFn: (body: PlacementBody) => unwrap(api.POST('/api/placements', { body })),
    onSuccess: () => void invalidate(),
  });
}

/** Marks or unmarks protected personal data on the person. */
export function useSetProtectedIdentity(participantId: string) {
  const invalidate = useInvalidateCase();
  return useMutation({
    mutationFn: (protectedIdentity: boolean) =>
      unwrap(
        api.PUT('/api/participants/{participantId}/protected-identity', {
          params: { path: { participantId } },
          body: { protectedIdentity },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}
