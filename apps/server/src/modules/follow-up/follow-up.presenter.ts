import type { FollowUpRow } from './follow-up.repository.ts';
import type { FollowUpView } from './follow-up.schemas.ts';

/** One follow-up as the API shows it; `overdue` relative to `todayIso` (YYYY-MM-DD, Sweden). */
export function presentFollowUp(
  row: FollowUpRow,
  participantId: string,
  employerName: string | null,
  todayIso: string,
): FollowUpView {
  return {
    id: row.id,
    enrolmentId: row.enrolmentId,
    participantId,
    version: row.version,
    kind: row.kind,
    with: row.with,
    dueDate: row.dueDate,
    dueTime: row.dueTime,
    employer: row.employerId ? { id: row.employerId, name: employerName ?? '' } : null,
    interventionId: row.interventionId,
    purpose: row.purpose,
    done: row.doneAt !== null,
    doneAt: row.doneAt ? row.doneAt.toISOString() : null,
    outcome: row.outcome,
    jobHeld: row.jobHeld,
    overdue: row.doneAt === null && row.cancelledAt === null && row.dueDate < todayIso,
    cancelled: row.cancelledAt !== null,
    cancelReason: row.cancelReason,
    createdAt: row.createdAt.toISOString(),
  };
}
