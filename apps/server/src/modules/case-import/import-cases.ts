import { randomUUID } from 'node:crypto';
import { todayInSweden } from '@arbetsbro/identity';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { coachAssignment, enrolment, participant, staffUser, unit } from '../../db/schema/index.ts';
import { type Actor, systemActor } from '../auth/index.ts';
import { followUpRepository } from '../follow-up/index.ts';
import { checkPeriods, type ValidCaseLine, validateCaseLine } from './case-line.ts';
import type { RawLine } from './read-case-file.ts';

// `arbetsbro import cases`: every line validated, then all of it in one transaction or nothing.
// Speed: lookups in chunks (personnummer IN (...)), and the wide rows inserted 5,000 at a time as one
// JSON parameter (jsonb_to_recordset) — no per-line round trip.

/** Rows per lookup (ANY) and per multi-row INSERT of the narrow tables. */
const CHUNK = 1000;

export interface ImportReport {
  dryRun: boolean;
  imported: boolean;
  lines: number;
  rejected: Array<{ line: number; reason: string }>;
  newPersons: number;
  reenrolments: number;
  enrolments: number;
  exits: number;
  /** Job exits whose one-month verification follow-up was created (still to be verified). */
  verificationFollowUps: number;
  unitsCreated: string[];
  milliseconds: number;
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class ImportRejected extends Error {
  constructor(readonly report: ImportReport) {
    super(`${report.rejected.length} rader avvisades`);
  }
}

export async function importCases(
  ctx: AppContext,
  rawLines: RawLine[],
  options: { dryRun?: boolean; actor?: Actor } = {},
): Promise<ImportReport> {
  const started = performance.now();
  const municipalityCode = ctx.config.municipality.code;
  const actor = options.actor ?? systemActor(municipalityCode, 'import.cases');
  const dryRun = options.dryRun ?? false;
  const today = todayInSweden(ctx.clock());
  const rejected: ImportReport['rejected'] = [];
  const valid: ValidCaseLine[] = [];
  for (const raw of rawLines) {
    if ('error' in raw) {
      rejected.push({ line: raw.line, reason: raw.error });
      continue;
    }
    const result = validateCaseLine(raw.value, raw.line, today);
    if (result.ok) valid.push(result.value);
    else rejected.push({ line: result.line, reason: result.reason });
  }

  const db = ctx.db;
  // What the database already knows: units, coaches, persons and their periods.
  const units = await db.select().from(unit).where(eq(unit.municipalityCode, municipalityCode));
  const unitByName = new Map(units.map((u) => [u.name.trim().toLowerCase(), u]));
  const coaches = await db
    .select({ id: staffUser.id, username: staffUser.username, role: staffUser.role })
    .from(staffUser)
    .where(eq(staffUser.municipalityCode, municipalityCode));
  const coachByUsername = new Map(coaches.map((c) => [c.username.toLowerCase(), c]));
  const numbers = [...new Set(valid.map((v) => v.pnr.normalized))];
  const persons = new Map<string, { id: string }>();
  for (const part of chunks(numbers)) {
    const rows = await db
      .select({ id: participant.id, personnummer: participant.personnummer })
      .from(participant)
      .where(
        and(eq(participant.municipalityCode, municipalityCode), inArray(participant.personnummer, part)),
      );
    for (const r of rows) persons.set(r.personnummer, { id: r.id });
  }
  const existingPeriods = new Map<string, Array<{ enrolledAt: string; exitDate: string | null }>>();
  const personIds = [...persons.values()].map((p) => p.id);
  for (const part of chunks(personIds)) {
    const rows = await db
      .select({
        participantId: enrolment.participantId,
        enrolledAt: enrolment.enrolledAt,
        exitDate: enrolment.exitDate,
      })
      .from(enrolment)
      .where(and(eq(enrolment.municipalityCode, municipalityCode), inArray(enrolment.participantId, part)));
    for (const r of rows) {
      const list = existingPeriods.get(r.participantId) ?? [];
      list.push({ enrolledAt: r.enrolledAt, exitDate: r.exitDate });
      existingPeriods.set(r.participantId, list);
    }
  }

  // Coach usernames must exist and be coaches.
  const accepted: ValidCaseLine[] = [];
  for (const v of valid) {
    const username = v.data.coach?.toLowerCase();
    if (username) {
      const c = coachByUsername.get(username);
      if (c?.role !== 'coach') {
        rejected.push({
          line: v.line,
          reason: `coach: Det finns ingen coach med användarnamnet "${v.data.coach}".`,
        });
        continue;
      }
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
    const person = persons.get(number);
    const problems = checkPeriods(lines, person ? (existingPeriods.get(person.id) ?? []) : []);
    for (const [line, reason] of problems) rejected.push({ line, reason });
  }
  rejected.sort((a, b) => a.line - b.line);

  const unitsCreated = [
    ...new Map(
      accepted
        .map((v) => v.data.unit.trim())
        .filter((name) => !unitByName.has(name.toLowerCase()))
        .map((name) => [name.toLowerCase(), name]),
    ).values(),
  ];
  const newPersonNumbers = new Set(numbers.filter((n) => !persons.has(n)));
  const report: ImportReport = {
    dryRun,
    imported: false,
    lines: rawLines.length,
    rejected,
    newPersons: newPersonNumbers.size,
    reenrolments: accepted.filter((v) => persons.has(v.pnr.normalized)).length,
    enrolments: accepted.length,
    exits: accepted.filter((v) => v.data.exit).length,
    verificationFollowUps: 0,
    unitsCreated,
    milliseconds: 0,
  };
  if (rejected.length > 0) {
    report.milliseconds = Math.round(performance.now() - started);
    throw new ImportRejected(report);
  }
  if (dryRun) {
    report.verificationFollowUps = accepted.filter(
      (v) =>
        v.data.exit?.employment &&
        v.data.exit.employment.kind !== 'municipal_labour_market' &&
        (v.data.exit.employment.heldOneMonth ?? null) === null,
    ).length;
    report.milliseconds = Math.round(performance.now() - started);
    return report;
  }

  const now = ctx.clock();
  await db.transaction(async (tx) => {
    for (const name of unitsCreated) {
      const [created] = await tx.insert(unit).values({ municipalityCode, name, createdAt: now }).returning();
      unitByName.set(name.toLowerCase(), created!);
    }
    // New persons: the first line of each (by enrolment date) gives the name.
    const personRows: PersonRow[] = [];
    const sortedLines = [...accepted].sort((a, b) => (a.data.enrolledAt < b.data.enrolledAt ? -1 : 1));
    for (const v of sortedLines) {
      if (persons.has(v.pnr.normalized)) continue;
      const id = randomUUID();
      persons.set(v.pnr.normalized, { id });
      personRows.push({
        id,
        personnummer: v.pnr.normalized,
        personnummer_kind: v.pnr.kind,
        birth_date: v.pnr.birthDate,
        first_name: v.data.firstName,
        last_name: v.data.lastName,
      });
    }
    for (const part of chunks(personRows, 5000))
      await insertParticipants(tx as Db, municipalityCode, now, part);

    const enrolmentRows: EnrolmentRow[] = [];
    const assignmentRows: Array<typeof coachAssignment.$inferInsert> = [];
    for (const v of accepted) {
      const d = v.data;
      const id = randomUUID();
      const coachId = d.coach ? coachByUsername.get(d.coach.toLowerCase())!.id : null;
      const job = d.exit?.employment ?? null;
      const studies = d.exit?.studies ?? null;
      enrolmentRows.push({
        id,
        participant_id: persons.get(v.pnr.normalized)!.id,
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
      if (coachId) assignmentRows.push({ municipalityCode, enrolmentId: id, coachId, fromAt: now });
    }
    for (const part of chunks(enrolmentRows, 5000))
      await insertEnrolments(tx as Db, municipalityCode, now, part);
    for (const part of chunks(assignmentRows)) await tx.insert(coachAssignment).values(part);
    // Job exits not yet verified get their one-month follow-up, as when a coach registers one.
    report.verificationFollowUps = await followUpRepository.createMissingVerifications(
      tx as Db,
      municipalityCode,
    );
    // One audit record for the import (ids of people are in the rows themselves, not repeated here).
    await ctx.audit.record(tx, actor, {
      action: 'create',
      entityType: 'enrolment',
      reason: 'import.cases',
      details: {
        enrolments: report.enrolments,
        newPersons: report.newPersons,
        reenrolments: report.reenrolments,
        unitsCreated: unitsCreated.length,
      },
    });
  });
  report.imported = true;
  report.milliseconds = Math.round(performance.now() - started);
  return report;
}

interface PersonRow {
  id: string;
  personnummer: string;
  personnummer_kind: string;
  birth_date: string;
  first_name: string;
  last_name: string;
}

interface EnrolmentRow {
  id: string;
  participant_id: string;
  unit_id: string;
  coach_id: string | null;
  enrolled_at: string;
  referral_source: string;
  education_level: string | null;
  months_without_work: number | null;
  income_support: boolean;
  af_registered_since: string | null;
  exit_date: string | null;
  exit_category: string | null;
  exit_employment_kind: string | null;
  exit_employment_start: string | null;
  exit_held_one_month: boolean | null;
  exit_studies_kind: string | null;
  exit_student_finance_eligible: boolean | null;
}

const EMPTY_PROFILE = JSON.stringify({
  occupations: [],
  wishedOccupations: [],
  interests: [],
  skills: [],
  licences: [],
  languages: [],
  educations: [],
});

// Many rows as ONE JSON parameter, expanded by jsonb_to_recordset: the server parses one value
// instead of tens of thousands of bind parameters (much faster than multi-row VALUES on PGlite).
async function insertParticipants(db: Db, municipalityCode: string, now: Date, rows: PersonRow[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into participant (municipality_code, id, personnummer, personnummer_kind, birth_date, first_name,
      last_name, profile, created_at, updated_at)
    select ${municipalityCode}, x.id, x.personnummer, x.personnummer_kind, x.birth_date, x.first_name, x.last_name,
      ${EMPTY_PROFILE}::jsonb, ${now}, ${now}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, personnummer text,
      personnummer_kind text, birth_date date, first_name text, last_name text)`);
}

async function insertEnrolments(db: Db, municipalityCode: string, now: Date, rows: EnrolmentRow[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into enrolment (municipality_code, id, participant_id, unit_id, coach_id, enrolled_at, referral_source,
      education_level, months_without_work, income_support, af_registered_since, exit_date, exit_category,
      exit_employment_kind, exit_employment_start, exit_held_one_month, exit_studies_kind,
      exit_student_finance_eligible, imported_at, created_at, updated_at)
    select ${municipalityCode}, x.id, x.participant_id, x.unit_id, x.coach_id, x.enrolled_at, x.referral_source,
      x.education_level, x.months_without_work, x.income_support, x.af_registered_since, x.exit_date,
      x.exit_category, x.exit_employment_kind, x.exit_employment_start, x.exit_held_one_month,
      x.exit_studies_kind, x.exit_student_finance_eligible, ${now}, ${now}, ${now}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, participant_id uuid, unit_id uuid,
      coach_id uuid, enrolled_at date, referral_source text, education_level text, months_without_work integer,
      income_support boolean, af_registered_since date, exit_date date, exit_category text,
      exit_employment_kind text, exit_employment_start date, exit_held_one_month boolean,
      exit_studies_kind text, exit_student_finance_eligible boolean)`);
}
