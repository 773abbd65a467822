import { randomUUID } from 'node:crypto';
import type { KnownState, KnownUnit, NewEnrolmentRow, NewPersonRow } from './case-import.repository.ts';
import { checkPeriods, type ValidCaseLine } from './case-line.ts';

// Pure: from validated lines and what the database knows to what will be written — or to the
// lines that must be rejected. No I/O, so that the whole decision is testable without a database.

export interface CaseImportPlan {
  /** Lines refused against the database (unknown coach, overlapping or second open period). */
  rejected: Array<{ line: number; reason: string }>;
  accepted: ValidCaseLine[];
  unitsToCreate: string[];
  newPersonNumbers: Set<string>;
  reenrolments: number;
  exits: number;
  /** Job exits not verified yet: each gets its one-month follow-up. */
  unverifiedJobExits: number;
}

/** Checks the valid lines against the database's state. */
export function planCaseImport(valid: readonly ValidCaseLine[], known: KnownState): CaseImportPlan {
  const rejected: CaseImportPlan['rejected'] = [];
  const accepted: ValidCaseLine[] = [];
  // Coach usernames must exist and be coaches.
  for (const v of valid) {
    const username = v.data.coach?.toLowerCase();
    if (username && known.staffByUsername.get(username)?.role !== 'coach') {
      rejected.push({
        line: v.line,
        reason: `coach: Det finns ingen coach med användarnamnet "${v.data.coach}".`,
      });
      continue;
    }
    accepted.push(v);
  }
  // Periods per person: at most one open, none overlapping (also against the database).
  const byPerson = new Map<string, ValidCaseLine[]>();
  for (const v of accepted) {
    const list = byPerson.get(v.pnr.normalized) ?? [];
    list.push(v);
    byPerson.set(v.pnr.normalized, list);
  }
  for (const [number, lines] of byPerson) {
    const personId = known.personByNumber.get(number);
    const existing = personId ? (known.periodsByPerson.get(personId) ?? []) : [];
    for (const [line, reason] of checkPeriods(lines, existing)) rejected.push({ line, reason });
  }
  const unitsToCreate = [
    ...new Map(
      accepted
        .map((v) => v.data.unit.trim())
        .filter((name) => !known.unitByName.has(name.toLowerCase()))
        .map((name) => [name.toLowerCase(), name]),
    ).values(),
  ];
  const numbers = new Set(valid.map((v) => v.pnr.normalized));
  return {
    rejected,
    accepted,
    unitsToCreate,
    newPersonNumbers: new Set([...numbers].filter((n) => !known.personByNumber.has(n))),
    reenrolments: accepted.filter((v) => known.personByNumber.has(v.pnr.normalized)).length,
    exits: accepted.filter((v) => v.data.exit).length,
    unverifiedJobExits: accepted.filter(
      (v) =>
        v.data.exit?.employment &&
        v.data.exit.employment.kind !== 'municipal_labour_market' &&
        (v.data.exit.employment.heldOneMonth ?? null) === null,
    ).length,
  };
}

/** The rows to insert, with new ids: the first line of a new person (by enrolment date) names them. */
export function caseImportRows(
  accepted: readonly ValidCaseLine[],
  known: KnownState,
  createdUnits: readonly KnownUnit[],
) {
  const unitByName = new Map(known.unitByName);
  for (const u of createdUnits) unitByName.set(u.name.trim().toLowerCase(), u);
  const personByNumber = new Map(known.personByNumber);
  const persons: NewPersonRow[] = [];
  for (const v of [...accepted].sort((a, b) => (a.data.enrolledAt < b.data.enrolledAt ? -1 : 1))) {
    if (personByNumber.has(v.pnr.normalized)) continue;
    const id = randomUUID();
    personByNumber.set(v.pnr.normalized, id);
    persons.push({
      id,
      personnummer: v.pnr.normalized,
      personnummer_kind: v.pnr.kind,
      birth_date: v.pnr.birthDate,
      first_name: v.data.firstName,
      last_name: v.data.lastName,
    });
  }
  const enrolments: NewEnrolmentRow[] = [];
  const assignments: Array<{ enrolmentId: string; coachId: string }> = [];
  for (const v of accepted) {
    const d = v.data;
    const id = randomUUID();
    const coachId = d.coach ? known.staffByUsername.get(d.coach.toLowerCase())!.id : null;
    const job = d.exit?.employment ?? null;
    const studies = d.exit?.studies ?? null;
    enrolments.push({
      id,
      participant_id: personByNumber.get(v.pnr.normalized)!,
      unit_id: unitByName.get(d.unit.trim().toLowerCase())!.id,
      coach_id: coachId,
      enrolled_at: d.enrolledAt,
      referral_source: d.referralSource,
      education_level: d.educationLevel,
      months_without_work: d.monthsWithoutWork,
      income_support: d.incomeSupport,
      af_registered_since: d.afRegisteredSince ?? null,
      exit_date: d.exit?.date ?? null,
      exit_category: d.exit?.category ?? null,
      exit_employment_kind: job?.kind ?? null,
      exit_employment_start: job?.startDate ?? null,
      exit_held_one_month: job?.heldOneMonth ?? null,
      exit_studies_kind: studies?.kind ?? null,
      exit_student_finance_eligible: studies?.studentFinanceEligible ?? null,
    });
    if (coachId) assignments.push({ enrolmentId: id, coachId });
  }
  return { persons, enrolments, assignments };
}
