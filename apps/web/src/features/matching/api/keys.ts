import { caseRecordKeys } from '../../../api/query-keys.ts';

/**
 * The matching loop's cache keys. What shows people (candidates, a person's needs, shortlists,
 * consents) sits under the shared case-record root, so that a write to a case record refreshes it
 * too; needs themselves stay under the recruitment needs' own root.
 */
export const matchingKeys = {
  all: [...caseRecordKeys.all, 'matching'] as const,
  candidates: (needId: string, top: number, filters: object = {}) =>
    [...caseRecordKeys.all, 'matching', 'candidates', needId, top, filters] as const,
  needsFor: (participantId: string) =>
    [...caseRecordKeys.all, 'matching', 'needs-for', participantId] as const,
  alternatives: (participantId: string) =>
    [...caseRecordKeys.all, 'matching', 'alternatives', participantId] as const,
  shortlist: (needId: string) => [...caseRecordKeys.all, 'matching', 'shortlist', needId] as const,
  consents: (participantId: string) =>
    [...caseRecordKeys.all, 'matching', 'consents', participantId] as const,
  openNeeds: ['recruitment-needs', 'matching-open'] as const,
  notifications: ['notifications'] as const,
};

/** The recruitment needs' root (features/recruitment-need): a presentation or placement moves a need. */
export const needRootKey = ['recruitment-needs'] as const;
