/**
 * Query keys shared between features. Everything a write to a case record (a participant, a
 * period, a plan, an intervention, a follow-up, …) may change is cached under `caseRecords`, so
 * that one invalidation after such a write refreshes the record and every list it shows up in,
 * "Min vecka" included.
 */
export const caseRecordKeys = {
  all: ['participants'] as const,
  reminders: (range: string) => ['participants', 'reminders', range] as const,
};
