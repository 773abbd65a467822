import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { CaseloadFilter, CaseloadScope } from '../../../api/types.ts';
import { participantKeys } from './keys.ts';

/** "Mina deltagare" or the unit's participants, with a quick filter and the count per filter. */
export function useCaseload(scope: CaseloadScope, filter: CaseloadFilter, unitId?: string) {
  return useQuery({
    queryKey: participantKeys.caseload(scope, filter, unitId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/participants/caseload', {
          params: { query: { scope, filter, ...(unitId ? { unitId } : {}) } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

/** Search by name or personnummer. The words go in a POST body: never in a URL or a log line. */
export function useParticipantSearch(query: string) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: participantKeys.search(trimmed),
    queryFn: ({ signal }) =>
      unwrap(
        api.POST('/api/participants/search', {
          // Exited participants are found too; the first 25 hits are shown.
          body: { query: trimmed, includeExited: true, limit: 25 },
          signal,
        }),
      ),
    enabled: trimmed.length >= 2,
    placeholderData: (previous) => previous,
    // Nothing personal lingers in the cache once the search box is cleared.
    gcTime: 0,
  });
}

/** The actor's units with their coaches. */
export function useCaseloadUnits() {
  return useQuery({
    queryKey: participantKeys.units,
    queryFn: ({ signal }) => unwrap(api.GET('/api/caseload/units', { signal })),
    staleTime: 5 * 60_000,
  });
}
