import { useQueryClient } from '@tanstack/react-query';
import { caseRecordKeys } from '../../../api/query-keys.ts';
import type { CaseloadFilter, CaseloadScope } from '../../../api/types.ts';

/** The participant feature's cache keys; all under the shared case-record root. */
export const participantKeys = {
  all: caseRecordKeys.all,
  caseload: (scope: CaseloadScope, filter: CaseloadFilter, unitId: string | undefined) =>
    [...caseRecordKeys.all, 'caseload', scope, filter, unitId ?? ''] as const,
  search: (query: string) => [...caseRecordKeys.all, 'search', query] as const,
  detail: (id: string) => [...caseRecordKeys.all, 'detail', id] as const,
  plan: (enrolmentId: string) => [...caseRecordKeys.all, 'plan', enrolmentId] as const,
  planVersion: (enrolmentId: string, n: number) => [...caseRecordKeys.all, 'plan', enrolmentId, n] as const,
  interventions: (enrolmentId: string) => [...caseRecordKeys.all, 'interventions', enrolmentId] as const,
  journal: (enrolmentId: string) => [...caseRecordKeys.all, 'journal', enrolmentId] as const,
  followUps: (enrolmentId: string) => [...caseRecordKeys.all, 'follow-ups', enrolmentId] as const,
  corrections: (participantId: string) => [...caseRecordKeys.all, 'corrections', participantId] as const,
  units: [...caseRecordKeys.all, 'units'] as const,
  employers: [...caseRecordKeys.all, 'employers'] as const,
};

/** After a write: the record and every list it shows up in. */
export function useInvalidateCaseRecords() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: caseRecordKeys.all });
}
