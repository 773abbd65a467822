import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { coachAssignment, enrolment, participant, staffUser, unit } from '../../db/schema/index.ts';

// The case import's SQL: what the database already knows, and bulk inserts of the plan.

/** Rows per lookup (IN) and per multi-row INSERT of the narrow tables. */
const CHUNK = 1000;
/** Wide rows per JSON parameter. */
const WIDE_CHUNK = 5000;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type KnownUnit = typeof unit.$inferSelect;

/** What an import is checked against: units, staff, and the people (with their periods) it names. */
export interface KnownState {
  /** By lower-cased, trimmed name. */
  unitByName: Map<string, KnownUnit>;
  /** By lower-cased username. */
  staffByUsername: Map<string, { id: string; role: string }>;
  /** Person id by normalised personnummer. */
  personByNumber: Map<string, string>;
  /** Periods by person id. */
  periodsByPerson: Map<string, Array<{ enrolledAt: string; exitDate: string | null }>>;
}

export interface NewPersonRow {
  id: string;
  personnummer: string;
  personnummer_kind: string;
  birth_date: string;
  first_name: string;
  last_name: string;
}

export interface NewEnrolmentRow {
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

export const caseImportRepository = {
  /** Looks up everything the file refers to, in chunks (no per-line round trip). */
  async knownState(db: Db, municipalityCode: string, numbers: readonly string[]): Promise<KnownState> {
    const units = await db.select().from(unit).where(eq(unit.municipalityCode, municipalityCode));
    const staff = await db
      .select({ id: staffUser.id, username: staffUser.username, role: staffUser.role })
      .from(staffUser)
      .where(eq(staffUser.municipalityCode, municipalityCode));
    const personByNumber = new Map<string, string>();
    for (const part of chunks(numbers)) {
      const rows = await db
        .select({ id: participant.id, personnummer: participant.personnummer })
        .from(participant)
        .where(
          and(eq(participant.municipalityCode, municipalityCode), inArray(participant.personnummer, part)),
        );
      for (const r of rows) personByNumber.set(r.personnummer, r.id);
    }
    const periodsByPerson: KnownState['periodsByPerson'] = new Map();
    for (const part of chunks([...personByNumber.values()])) {
      const rows = await db
        .select({
          participantId: enrolment.participantId,
          enrolledAt: enrolment.enrolledAt,
          exitDate: enrolment.exitDate,
        })
        .from(enrolment)
        .where(and(eq(enrolment.municipalityCode, municipalityCode), inArray(enrolment.participantId, part)));
      for (const r of rows) {
        const list = periodsByPerson.get(r.participantId) ?? [];
        list.push({ enrolledAt: r.enrolledAt, exitDate: r.exitDate });
        periodsByPerson.set(r.participantId, list);
      }
    }
    return {
      unitByName: new Map(units.map((u) => [u.name.normalize('NFC').trim().toLowerCase(), u])),
      staffByUsername: new Map(staff.map((s) => [s.username.toLowerCase(), { id: s.id, role: s.role }])),
      personByNumber,
      periodsByPerson,
    };
  },

  async insertUnits(db: Db, municipalityCode: string, names: readonly string[], now: Date) {
    if (names.length === 0) return [];
    return db
      .insert(unit)
      .values(names.map((name) => ({ municipalityCode, name, createdAt: now })))
      .returning();
  },

  // Many rows as ONE JSON parameter, expanded by jsonb_to_recordset: the server parses one value
  // instead of tens of thousands of bind parameters (much faster than multi-row VALUES on PGlite).
  async insertParticipants(db: Db, municipalityCode: string, now: Date, rows: readonly NewPersonRow[]) {
    for (const part of chunks(rows, WIDE_CHUNK))
      await db.execute(sql`
        insert into participant (municipality_code, id, personnummer, personnummer_kind, birth_date, first_name,
          last_name, profile, created_at, updated_at)
        select ${municipalityCode}, x.id, x.personnummer, x.personnummer_kind, x.birth_date, x.first_name,
          x.last_name, ${EMPTY_PROFILE}::jsonb, ${now}, ${now}
        from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as x(id uuid, personnummer text,
          personnummer_kind text, birth_date date, first_name text, last_name text)`);
  },

  async insertEnrolments(db: Db, municipalityCode: string, now: Date, rows: readonly NewEnrolmentRow[]) {
    for (const part of chunks(rows, WIDE_CHUNK))
      await db.execute(sql`
        insert into enrolment (municipality_code, id, participant_id, unit_id, coach_id, enrolled_at,
          referral_source, education_level, months_without_work, income_support, af_registered_since, exit_date,
          exit_category, exit_employment_kind, exit_employment_start, exit_held_one_month, exit_studies_kind,
          exit_student_finance_eligible, imported_at, created_at, updated_at)
        select ${municipalityCode}, x.id, x.participant_id, x.unit_id, x.coach_id, x.enrolled_at,
          x.referral_source, x.education_level, x.months_without_work, x.income_support, x.af_registered_since,
          x.exit_date, x.exit_category, x.exit_employment_kind, x.exit_employment_start, x.exit_held_one_month,
          x.exit_studies_kind, x.exit_student_finance_eligible, ${now}, ${now}, ${now}
        from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as x(id uuid, participant_id uuid, unit_id uuid,
          coach_id uuid, enrolled_at date, referral_source text, education_level text,
          months_without_work integer, income_support boolean, af_registered_since date, exit_date date,
          exit_category text, exit_employment_kind text, exit_employment_start date,
          exit_held_one_month boolean, exit_studies_kind text, exit_student_finance_eligible boolean)`);
  },

  async insertAssignments(db: Db, rows: ReadonlyArray<typeof coachAssignment.$inferInsert>) {
    for (const part of chunks(rows)) await db.insert(coachAssignment).values(part);
  },
};
