import type { StaffRole } from '../db/schema/index.ts';

// Who may do what, in one table: area × role × relationship × action → a grant (with the fields
// the actor sees) or nothing (denied). `requireAccess` is the only reader of this table; the
// authorization-matrix test enumerates it.
//
// Relationships (decided by the access layer from the database, never by the caller):
// - current: the person's current period (the open one, else the newest) is in one of the actor's
//   units. For a period (and what is inside it: plan, interventions, journal, follow-ups): the
//   period is in the actor's units and so is the person's current period.
// - former: the person (or this period) was in the actor's units earlier but is now enrolled
//   elsewhere. Earlier periods stay readable for their own unit; nothing current (contact details,
//   profile, adaptations) and no writes.
// - unit: lists and look-ups bounded by the actor's units (caseload, search, Min vecka, intake).
// - municipality: organisation data of the actor's municipality (employers).
// Anything else is `none`: answered exactly like a record that does not exist (404).

export type Role = StaffRole;
export type Relationship = 'current' | 'former' | 'unit' | 'municipality';
/**
 * read; create (register something new); write (change or add to what exists); reassign (coach);
 * correct (put right what was entered wrongly, with a reason: an exit, a note, a follow-up);
 * correct_identity (a person's name and personnummer, with a reason).
 */
export type Action = 'read' | 'create' | 'write' | 'reassign' | 'correct' | 'correct_identity';

/**
 * What of a case file the actor sees. `periods: 'own_units'` shows only the periods of the actor's
 * units; adaptations are special-category data (GDPR art. 9).
 */
export interface CaseFields {
  contact: boolean;
  profile: boolean;
  adaptations: boolean;
  periods: 'all' | 'own_units';
}

/** An allowed action; for reads of people, which fields. */
export interface Grant {
  caseFields?: CaseFields;
  /** Matching lists: named people, or pseudonyms (`Kandidat K-…`) until consent. */
  names?: boolean;
}

export type Area =
  /** A person's case file: the person, their periods and everything recorded inside a period. */
  | 'case'
  /** Lists and look-ups over the actor's units: caseload, search, Min vecka, units and coaches. */
  | 'caseload'
  /** Intake of a new person or period, and the personnummer check before it. */
  | 'intake'
  /** The employer register: employers, workplaces, contact persons, contact log, agreements. */
  | 'employer'
  /** Recruitment needs (stored in taxonomy terms, read by the matching engine). */
  | 'recruitment_need'
  /** A need's shortlist and the presentations to its employer (people shown by consent only). */
  | 'shortlist'
  /** Candidates for a recruitment need among the actor's units. */
  | 'matching.candidates'
  /** Recruitment needs and alternative occupations for one person (reads their profile). */
  | 'matching.participant'
  /** Staff accounts, units and the municipality's settings: administrators only, no case content. */
  | 'administration'
  /** Outcome reports, statistics and goals of the actor's units: aggregates, small groups suppressed. */
  | 'statistics';

type ActionGrants = Partial<Record<Action, Grant>>;
export type PolicyTable = Record<Area, Partial<Record<Role, Partial<Record<Relationship, ActionGrants>>>>>;

const FULL_CASE: Grant = {
  caseFields: { contact: true, profile: true, adaptations: true, periods: 'all' },
};
/** Managers read their units' cases but not the adaptations (those are for the person's coach). */
const MANAGER_CASE: Grant = {
  caseFields: { contact: true, profile: true, adaptations: false, periods: 'all' },
};
const FORMER_CASE: Grant = {
  caseFields: { contact: false, profile: false, adaptations: false, periods: 'own_units' },
};
const ALLOW: Grant = {};

export const policy: PolicyTable = {
  case: {
    coach: {
      // A coach corrects an exit only for a while after it was recorded (correct-exit.ts).
      current: { read: FULL_CASE, write: ALLOW, reassign: ALLOW, correct: ALLOW },
      former: { read: FORMER_CASE },
    },
    manager: {
      current: { read: MANAGER_CASE, reassign: ALLOW, correct: ALLOW, correct_identity: ALLOW },
      former: { read: FORMER_CASE },
    },
  },
  caseload: {
    coach: { unit: { read: ALLOW } },
    manager: { unit: { read: ALLOW } },
  },
  intake: {
    coach: { unit: { read: ALLOW, write: ALLOW } },
  },
  // Liaisons and managers manage employers and needs; coaches read them, and may register a new
  // employer (where a placement starts) — the CRM itself (contacts, log, agreements) is the liaison's.
  employer: {
    coach: { municipality: { read: ALLOW, create: ALLOW } },
    manager: { municipality: { read: ALLOW, create: ALLOW, write: ALLOW } },
    liaison: { municipality: { read: ALLOW, create: ALLOW, write: ALLOW } },
  },
  recruitment_need: {
    coach: { municipality: { read: ALLOW } },
    manager: { municipality: { read: ALLOW, create: ALLOW, write: ALLOW } },
    liaison: { municipality: { read: ALLOW, create: ALLOW, write: ALLOW } },
  },
  // Coaches put their people on a shortlist and move them; liaisons and managers run the list and
  // present. Who is named on it is decided per entry: the person's coach and manager, or consent.
  shortlist: {
    coach: { municipality: { read: ALLOW, write: ALLOW } },
    manager: { municipality: { read: ALLOW, create: ALLOW, write: ALLOW } },
    liaison: { municipality: { read: ALLOW, create: ALLOW, write: ALLOW } },
  },
  'matching.candidates': {
    coach: { unit: { read: { names: true } } },
    manager: { unit: { read: { names: true } } },
    // Pseudonymised until the participant consents to share with a named employer.
    liaison: { unit: { read: { names: false } } },
  },
  'matching.participant': {
    coach: { current: { read: ALLOW } },
    manager: { current: { read: ALLOW } },
  },
  // The one area an administrator has: accounts, units, settings. Nothing here reads a case.
  administration: {
    admin: { municipality: { read: ALLOW, create: ALLOW, write: ALLOW } },
  },
  // Coaches follow their unit's results; the manager, who reports to the board, also sets the goals.
  statistics: {
    coach: { unit: { read: ALLOW } },
    manager: { unit: { read: ALLOW, write: ALLOW } },
  },
};

/** Reads of these areas are audited (personal data); employer reads are organisation data. */
export const AUDITED_READ_AREAS: ReadonlySet<Area> = new Set([
  'case',
  'shortlist',
  'caseload',
  'intake',
  'matching.candidates',
  'matching.participant',
  'statistics',
]);

/** The grant for one cell, or undefined (denied). */
export function decide(
  area: Area,
  role: Role,
  relationship: Relationship | 'none',
  action: Action,
): Grant | undefined {
  if (relationship === 'none') return undefined;
  return policy[area][role]?.[relationship]?.[action];
}

/** Whether the role may do the action in the area under any relationship (else 403, not 404). */
export function roleMayEver(area: Area, role: Role, action: Action): boolean {
  const byRelationship = policy[area][role];
  return byRelationship !== undefined && Object.values(byRelationship).some((a) => a?.[action]);
}

/** The 403 texts: what the role may not do, in the words of the area. */
export const forbiddenMessages: Record<Area, Partial<Record<Action, string>> & { read: string }> = {
  case: {
    read: 'Din roll ger inte åtkomst till deltagarnas akter.',
    write: 'Din roll får inte ändra i deltagarnas akter.',
    reassign: 'Din roll får inte fördela deltagare.',
    correct: 'Din roll får inte rätta uppgifter i deltagarnas akter.',
    correct_identity: 'Namn och personnummer rättas av enhetschefen.',
  },
  caseload: { read: 'Din roll ger inte åtkomst till deltagarnas akter.' },
  intake: {
    read: 'Din roll ger inte åtkomst till deltagarnas akter.',
    write: 'Din roll får inte ändra i deltagarnas akter.',
  },
  employer: {
    read: 'Din roll ger inte åtkomst till arbetsgivarregistret.',
    write: 'Arbetsgivarregistret sköts av företagskontakter och chefer. Din roll kan läsa det.',
  },
  recruitment_need: {
    read: 'Din roll ger inte åtkomst till rekryteringsbehoven.',
    create: 'Rekryteringsbehov läggs in av företagskontakter och chefer.',
    write: 'Rekryteringsbehov sköts av företagskontakter och chefer. Din roll kan läsa dem.',
  },
  shortlist: {
    read: 'Din roll ger inte åtkomst till kandidatlistor.',
    create: 'Presentationer för arbetsgivare görs av företagskontakter och chefer.',
  },
  'matching.candidates': { read: 'Din roll ger inte åtkomst till matchning.' },
  'matching.participant': { read: 'Din roll ger inte åtkomst till matchning.' },
  administration: { read: 'Konton, enheter och inställningar sköts av administratörer.' },
  statistics: {
    read: 'Din roll ger inte åtkomst till enhetens statistik.',
    write: 'Enhetens mål sätts av enhetschefen.',
  },
};

/** 403 for an action the relationship does not allow though the role has it elsewhere. */
export const formerRelationshipMessage =
  'Deltagaren är nu inskriven i en annan enhet. Tidigare perioder kan läsas men inte ändras.';

/**
 * Coach assignment, decided on the data: a coach may only take an unassigned period for
 * themselves; a manager may assign any coach of the period's unit (or leave it unassigned).
 */
export function mayAssign(
  role: Role,
  actorId: string,
  currentCoachId: string | null,
  newCoachId: string | null,
): boolean {
  if (role === 'manager') return true;
  if (role === 'coach') return currentCoachId === null && newCoachId === actorId;
  return false;
}

/**
 * Handing an intake over (a referral), decided on the data: a coach may enrol a person, without a
 * coach, only in the unit the age rule routes them to, and only when that is not one of their own
 * units (there they do the intake themselves). Nobody else hands over.
 */
export function mayHandOverIntake(
  role: Role,
  actorUnitIds: readonly string[],
  routedUnitId: string | null,
  unitId: string,
): boolean {
  return role === 'coach' && routedUnitId === unitId && !actorUnitIds.includes(unitId);
}
