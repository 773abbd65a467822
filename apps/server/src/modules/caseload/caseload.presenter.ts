import { ageAt } from '@arbetsbro/identity';
import { maskPersonnummer } from '../case/index.ts';
import type { CaseloadRow } from './caseload.repository.ts';
import { CASELOAD_FILTERS, type CaseloadFilter, type ParticipantListItem } from './caseload.schemas.ts';

/** An enrolment counts as "new" for this many days after enrolment. */
export const NEW_ENROLMENT_DAYS = 14;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The quick filters, one predicate each (the counts use the same predicates). */
export function filterPredicates(todayIso: string, actorId: string, mine: boolean) {
  const newSince = addDays(todayIso, -NEW_ENROLMENT_DAYS);
  const active = (r: CaseloadRow) => r.exit_date === null;
  const own = (r: CaseloadRow) => !mine || r.coach_id === actorId;
  const predicates: Record<CaseloadFilter, (r: CaseloadRow) => boolean> = {
    all: (r) => own(r) && active(r),
    // Unassigned ones are nobody's: shown from the actor's units whatever the scope.
    unassigned: (r) => active(r) && r.coach_id === null,
    new: (r) => own(r) && active(r) && r.enrolled_at >= newSince,
    follow_up_overdue: (r) => own(r) && r.overdue_follow_ups > 0,
    no_active_intervention: (r) => own(r) && active(r) && r.active_interventions === 0,
    exit_needs_verification: (r) => own(r) && r.needs_verification,
    meetings_today: (r) => own(r) && r.meetings_today > 0,
  };
  return predicates;
}

/** Count per quick filter. */
export function countByFilter(rows: readonly CaseloadRow[], predicates: ReturnType<typeof filterPredicates>) {
  return Object.fromEntries(CASELOAD_FILTERS.map((f) => [f, rows.filter(predicates[f]).length])) as Record<
    CaseloadFilter,
    number
  >;
}

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
    needsExitVerification: r.needs_verification,
    hasMeetingToday: r.meetings_today > 0,
  };
}
