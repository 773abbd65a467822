import type { StaffActor } from '../auth/actor.ts';

// Who may do what with case records (issue 4), in one place.
//
// - coach: reads and writes the participants of their own units ("Mina deltagare" = assigned to them);
//   may take an unassigned enrolment of their unit for themselves.
// - manager: reads everything in their units and reassigns coaches; does not write case notes.
// - admin: administers accounts and units — no access to case records.
// - liaison: no access to participant case records (pseudonymised matching views come later).
//
// Relationship rule: a record outside the actor's units answers 404, exactly like a record that
// does not exist, so that the API never confirms that a person is enrolled elsewhere. The attempt
// is still audited as access_denied. A role that has no access at all gets 403 (also audited).
// Two deliberate exceptions, both for coaches doing an intake: intake-check says whether a
// personnummer is already known (the new period must link to the same person), and an intake of a
// person with an open period anywhere in the municipality answers 409. Both are audited reads.
// A person's detail view shows all their periods (unit, dates, exit) to every unit they have been
// enrolled in ("hela vägen"); the records inside a period (plan, journal …) only to its own unit.

export type CaseAction = 'read' | 'write' | 'reassign';

const allowed: Record<StaffActor['role'], readonly CaseAction[]> = {
  coach: ['read', 'write', 'reassign'],
  manager: ['read', 'reassign'],
  admin: [],
  liaison: [],
};

export function roleMay(actor: StaffActor, action: CaseAction): boolean {
  return allowed[actor.role].includes(action);
}

export function inActorUnits(actor: StaffActor, unitId: string): boolean {
  return actor.unitIds.includes(unitId);
}

/** Adaptations (special-category data) are for the coaches of a unit the person is enrolled in. */
export function seesAdaptations(actor: StaffActor, unitIds: readonly string[]): boolean {
  return actor.role === 'coach' && unitIds.some((u) => inActorUnits(actor, u));
}

/**
 * A coach may only take an unassigned enrolment for themselves; a manager may assign any coach of
 * the enrolment's unit (or leave it unassigned).
 */
export function mayAssign(
  actor: StaffActor,
  currentCoachId: string | null,
  newCoachId: string | null,
): boolean {
  if (actor.role === 'manager') return true;
  if (actor.role === 'coach') return currentCoachId === null && newCoachId === actor.id;
  return false;
}

/** Employers are organisation data: every staff role that works with them. */
export function mayUseEmployers(actor: StaffActor): boolean {
  return actor.role === 'coach' || actor.role === 'manager' || actor.role === 'liaison';
}
