import { ageAt } from '@arbetsbro/identity';
import { maskPersonnummer } from '../case/index.ts';
import type { CaseloadRow } from './caseload.repository.ts';
import type { ParticipantListItem } from './caseload.schemas.ts';

/** An enrolment counts as "new" for this many days after enrolment. */
export const NEW_ENROLMENT_DAYS = 14;

/** One list row: the personnummer masked, never in full. */
export function presentListItem(r: CaseloadRow, todayIso: string): ParticipantListItem {
  return {
    participantId: r.participant_id,
    enrolmentId: r.enrolment_id,
    personnummerMasked: maskPersonnummer(r.personnummer),
    firstName: r.first_name,
    lastName: r.last_name,
    age: ageAt(r.birth_date, todayIso),
    unitId: r.unit_id,
    unitName: r.unit_name,
    coach: r.coach_id ? { id: r.coach_id, displayName: r.coach_name ?? '' } : null,
    enrolledAt: r.enrolled_at,
    status: r.exit_date ? 'exited' : 'active',
    exitDate: r.exit_date,
    nextFollowUpDate: r.next_follow_up,
    overdueFollowUps: r.overdue_follow_ups,
    activeInterventions: r.active_interventions,
    pastDueInterventions: r.past_due_interventions ?? 0,
    needsExitVerification: r.needs_verification,
    hasMeetingToday: r.meetings_today > 0,
  };
}
