import type {
  DurationKpiId,
  EducationLevel,
  EmploymentKind,
  ExitCategory,
  KoladaGenderCode,
  OutcomeGroups,
  ReferralSource,
  StudyKind,
} from '@arbetsbro/kolada';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.ts';
import {
  type GoalDirection,
  outcomeGoal,
  outcomeGoalChange,
  staffUser,
  unit,
} from '../../db/schema/index.ts';

/**
 * One enrolment period as the outcome statistics read it: no name, no personnummer (the legal
 * gender is derived in SQL from its second-to-last digit), dates as YYYY-MM-DD text.
 */
export interface OutcomePeriodRow {
  id: string;
  participant_id: string;
  unit_id: string;
  coach_id: string | null;
  enrolled_at: string;
  referral_source: string;
  education_level: string | null;
  months_without_work: number | null;
  income_support: boolean;
  birth_date: string;
  /** 'K' or 'M' (juridiskt kön), from the personnummer (legalGenderOf); null for fictitious numbers. */
  gender: 'K' | 'M' | null;
  exit_date: string | null;
  exit_category: string | null;
  exit_employment_kind: string | null;
  exit_employment_start: string | null;
  exit_held_one_month: boolean | null;
  exit_studies_kind: string | null;
  exit_student_finance_eligible: boolean | null;
  /** The employer of a work exit: the register's name, else the name typed at the exit. */
  exit_employer: string | null;
  /** Distinct intervention types of the period (arbetsträning, utbildning, …). */
  intervention_types: string[];
}

export interface NeedRow {
  id: string;
  /** Date the need was registered. */
  opened_on: string;
  /** Date it was first marked filled, null if not (yet). */
  filled_on: string | null;
  status: string;
}

export interface GoalRow {
  id: string;
  unitId: string;
  kpiId: string;
  year: number;
  target: number;
  direction: GoalDirection;
  version: number;
  updatedAt: Date;
}

export interface GoalChangeRow {
  goalId: string;
  changedAt: Date;
  changedBy: string | null;
  fromTarget: number | null;
  toTarget: number;
  fromDirection: GoalDirection | null;
  toDirection: GoalDirection;
  reason: string;
}

const goalColumns = {
  id: outcomeGoal.id,
  unitId: outcomeGoal.unitId,
  kpiId: outcomeGoal.kpiId,
  year: outcomeGoal.year,
  target: outcomeGoal.target,
  direction: outcomeGoal.direction,
  version: outcomeGoal.version,
  updatedAt: outcomeGoal.updatedAt,
};

// legalGenderOf in SQL: odd second-to-last digit M, even K; födelsenummer 000 (fictitious) none.
const GENDER = sql`case when substr(p.personnummer, 11, 1) ~ '^[0-9]$' and substr(p.personnummer, 9, 3) <> '000'
  then case when substr(p.personnummer, 11, 1)::int % 2 = 1 then 'M' else 'K' end end`;

type GenderKey = KoladaGenderCode | 'unknown';
const genderKey = (g: string | null): GenderKey => (g === 'K' || g === 'M' ? g : 'unknown');

export const outcomesRepository = {
  /**
   * The yearly report's counts straight from a GROUP BY, per legal gender, over the same rules as
   * groupOutcomes in @arbetsbro/kolada (a test compares the two on random data): exits by their
   * recorded fields and time in the unit, referrals by source, and each participant once by the
   * latest period overlapping [from, to]. A few hundred rows whatever the number of enrolments.
   */
  async outcomeGroups(
    db: Db,
    scope: { municipalityCode: string; unitIds: string[]; from: string; to: string },
  ): Promise<Record<GenderKey, OutcomeGroups>> {
    const out: Record<GenderKey, OutcomeGroups> = {
      K: { exits: [], referrals: [], referredPersons: 0, participants: [] },
      M: { exits: [], referrals: [], referredPersons: 0, participants: [] },
      unknown: { exits: [], referrals: [], referredPersons: 0, participants: [] },
    };
    if (scope.unitIds.length === 0) return out;
    const units = sql.join(
      scope.unitIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    const from = sql`${scope.from}::date`;
    const to = sql`${scope.to}::date`;
    const rows = await db.transaction(async (tx) => {
      // One pass: the period's enrolments joined once to their person (materialized), then the three
      // counts over it. No JIT (it costs more than it saves here); the sort for "latest period per
      // person" in memory.
      await tx.execute(sql`set local jit = off`);
      await tx.execute(sql`set local work_mem = '64MB'`);
      return rowsOf<{
        kind: 'exit' | 'referral' | 'participant';
        gender: string | null;
        doc: Record<string, unknown>;
        n: number;
        persons: number | null;
      }>(
        await tx.execute(sql`
          with s as materialized (
            select e.participant_id, e.enrolled_at, e.exit_date, e.exit_category, e.exit_employment_kind,
              e.exit_employment_start, e.exit_held_one_month, e.exit_studies_kind, e.exit_student_finance_eligible,
              e.referral_source, e.education_level, e.months_without_work, ${GENDER} as gender,
              -- Age on the first day they are a participant in the period: age() counts completed years, like ageOn.
              extract(year from age(greatest(e.enrolled_at, ${from}), p.birth_date)) <= 24 as young
            from enrolment e
            join participant p on p.municipality_code = e.municipality_code and p.id = e.participant_id
            where e.municipality_code = ${scope.municipalityCode} and e.unit_id in (${units})
              and e.enrolled_at <= ${to} and (e.exit_date is null or e.exit_date >= ${from}))
          -- Exits in the period. Time in the unit in calendar months: date + interval keeps the day or
          -- takes the month's last (31 Jan + 3 months = 30 Apr), like addMonths.
          select 'exit' as kind, gender, jsonb_build_object('category', exit_category, 'kind', exit_employment_kind,
              'start', min(exit_employment_start)::text, 'held', exit_held_one_month, 'studies', exit_studies_kind,
              'eligible', exit_student_finance_eligible, 'duration',
              case when exit_date < enrolled_at + interval '3 months' then 'U40820'
                   when exit_date < enrolled_at + interval '6 months' then 'U40821'
                   when exit_date <= enrolled_at + interval '24 months' then 'U40822'
                   else 'U40823' end) as doc,
            count(*)::int as n, null::int as persons
          from s where exit_date between ${from} and ${to}
          group by gender, exit_category, exit_employment_kind, (exit_employment_start is null), exit_held_one_month,
            exit_studies_kind, exit_student_finance_eligible,
            case when exit_date < enrolled_at + interval '3 months' then 'U40820'
                 when exit_date < enrolled_at + interval '6 months' then 'U40821'
                 when exit_date <= enrolled_at + interval '24 months' then 'U40822'
                 else 'U40823' end
          union all
          -- Referrals (enrolments in the period) by source; the row without a source has the distinct persons.
          select 'referral', gender, jsonb_build_object('source', referral_source), count(*)::int,
            count(distinct participant_id)::int
          from s where enrolled_at >= ${from}
          group by grouping sets ((gender, referral_source), (gender))
          union all
          -- Participants: each person once, by their latest period overlapping the period.
          select 'participant', gender, jsonb_build_object('young', young, 'education', education_level,
              'months', months_without_work), count(*)::int, null
          from (select distinct on (participant_id) * from s order by participant_id, enrolled_at desc) latest
          group by gender, young, education_level, months_without_work`),
      );
    });
    for (const r of rows) {
      const g = out[genderKey(r.gender)];
      const d = r.doc;
      if (r.kind === 'exit') {
        const kind = d.kind as EmploymentKind | null;
        const start = d.start as string | null;
        const studies = d.studies as StudyKind | null;
        const eligible = d.eligible as boolean | null;
        g.exits.push({
          exit: {
            exitDate: scope.to,
            category: d.category as ExitCategory,
            // As toEnrolmentPeriod reads a row: employment only with kind and start, studies only with both fields.
            ...(kind && start
              ? { employment: { kind, startDate: start, heldOneMonth: d.held as boolean | null } }
              : {}),
            ...(studies && eligible !== null
              ? { studies: { kind: studies, studentFinanceEligible: eligible } }
              : {}),
          },
          duration: d.duration as DurationKpiId,
          count: r.n,
        });
      } else if (r.kind === 'referral') {
        if (d.source === null) g.referredPersons = r.persons ?? 0;
        else g.referrals.push({ referralSource: d.source as ReferralSource, count: r.n });
      } else {
        g.participants.push({
          young: d.young as boolean,
          educationLevel: d.education as EducationLevel | null,
          monthsWithoutWork: d.months as number | null,
          count: r.n,
        });
      }
    }
    return out;
  },

  /**
   * Periods of the units that overlap [from, to] (enrolled on or before `to`, not exited before
   * `from`): everything the yearly report and the Statistik page need, in one pass.
   */
  async periods(
    db: Db,
    scope: {
      municipalityCode: string;
      unitIds: string[];
      from: string;
      to: string;
      /** The periods' intervention types (the Statistik page's group); the report needs none. */
      withInterventions?: boolean;
    },
  ): Promise<OutcomePeriodRow[]> {
    if (scope.unitIds.length === 0) return [];
    const units = sql.join(
      scope.unitIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    const interventions = scope.withInterventions ? sql`coalesce(iv.types, '{}')` : sql`'{}'::text[]`;
    const interventionJoin = scope.withInterventions
      ? sql`left join (select i.enrolment_id, array_agg(distinct i.type) as types from intervention i
            where i.municipality_code = ${scope.municipalityCode} and i.status <> 'cancelled'
            group by i.enrolment_id) iv on iv.enrolment_id = e.id`
      : sql``;
    // One scan over the period's enrolments: a report query, where PostgreSQL's JIT compilation
    // costs more (≈ 2 s at a million enrolments) than it saves, so it is off for this statement.
    const result = await db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = off`);
      return tx.execute(sql`
      select e.id, e.participant_id, e.unit_id, e.coach_id,
        e.enrolled_at::text as enrolled_at, e.referral_source, e.education_level, e.months_without_work,
        e.income_support, p.birth_date::text as birth_date,
        -- legalGenderOf in SQL: födelsenummer 000 (fictitious, demo and test data) has no gender.
        case when substr(p.personnummer, 11, 1) ~ '^[0-9]$' and substr(p.personnummer, 9, 3) <> '000'
          then case when substr(p.personnummer, 11, 1)::int % 2 = 1 then 'M' else 'K' end end as gender,
        e.exit_date::text as exit_date, e.exit_category, e.exit_employment_kind,
        e.exit_employment_start::text as exit_employment_start, e.exit_held_one_month,
        e.exit_studies_kind, e.exit_student_finance_eligible,
        coalesce(emp.name, e.exit_employer_name) as exit_employer,
        ${interventions} as intervention_types
      from enrolment e
      join participant p on p.municipality_code = e.municipality_code and p.id = e.participant_id
      left join employer emp on emp.municipality_code = e.municipality_code and emp.id = e.exit_employer_id
      ${interventionJoin}
      where e.municipality_code = ${scope.municipalityCode}
        and e.unit_id in (${units})
        and e.enrolled_at <= ${scope.to}::date
        and (e.exit_date is null or e.exit_date >= ${scope.from}::date)`);
    });
    return rowsOf<OutcomePeriodRow>(result);
  },

  /** Open follow-ups past their date in the units' open periods, today. */
  async overdueFollowUps(db: Db, scope: { municipalityCode: string; unitIds: string[]; today: string }) {
    if (scope.unitIds.length === 0) return 0;
    const units = sql.join(
      scope.unitIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    const result = await db.execute(sql`
      select count(*)::int as n from follow_up f
      join enrolment e on e.municipality_code = f.municipality_code and e.id = f.enrolment_id
      where f.municipality_code = ${scope.municipalityCode} and e.unit_id in (${units})
        and f.done_at is null and f.cancelled_at is null and f.due_date < ${scope.today}::date`);
    return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
  },

  /** Recruitment needs registered in [from, to] with the day each was first marked filled. */
  async needs(db: Db, scope: { municipalityCode: string; from: string; to: string }): Promise<NeedRow[]> {
    const result = await db.execute(sql`
      select n.id, (n.created_at at time zone 'Europe/Stockholm')::date::text as opened_on, n.status,
        (select min(ev.at at time zone 'Europe/Stockholm')::date::text from recruitment_need_event ev
          where ev.municipality_code = n.municipality_code and ev.need_id = n.id and ev.to_status = 'filled') as filled_on
      from recruitment_need n
      where n.municipality_code = ${scope.municipalityCode}
        and (n.created_at at time zone 'Europe/Stockholm')::date between ${scope.from}::date and ${scope.to}::date`);
    return rowsOf<NeedRow>(result);
  },

  async unitNames(db: Db, municipalityCode: string): Promise<Map<string, string>> {
    const rows = await db
      .select({ id: unit.id, name: unit.name })
      .from(unit)
      .where(eq(unit.municipalityCode, municipalityCode));
    return new Map(rows.map((r) => [r.id, r.name]));
  },

  async staffNames(db: Db, municipalityCode: string): Promise<Map<string, string>> {
    const rows = await db
      .select({ id: staffUser.id, name: staffUser.displayName })
      .from(staffUser)
      .where(eq(staffUser.municipalityCode, municipalityCode));
    return new Map(rows.map((r) => [r.id, r.name]));
  },

  async goals(
    db: Db,
    scope: { municipalityCode: string; unitIds: string[]; year: number },
  ): Promise<GoalRow[]> {
    if (scope.unitIds.length === 0) return [];
    return db
      .select(goalColumns)
      .from(outcomeGoal)
      .where(
        and(
          eq(outcomeGoal.municipalityCode, scope.municipalityCode),
          inArray(outcomeGoal.unitId, scope.unitIds),
          eq(outcomeGoal.year, scope.year),
        ),
      )
      .orderBy(asc(outcomeGoal.kpiId));
  },

  async goal(db: Db, municipalityCode: string, key: { unitId: string; kpiId: string; year: number }) {
    const [row] = await db
      .select(goalColumns)
      .from(outcomeGoal)
      .where(
        and(
          eq(outcomeGoal.municipalityCode, municipalityCode),
          eq(outcomeGoal.unitId, key.unitId),
          eq(outcomeGoal.kpiId, key.kpiId),
          eq(outcomeGoal.year, key.year),
        ),
      );
    return row ?? null;
  },

  async changes(db: Db, municipalityCode: string, goalIds: string[]): Promise<GoalChangeRow[]> {
    if (goalIds.length === 0) return [];
    return db
      .select({
        goalId: outcomeGoalChange.goalId,
        changedAt: outcomeGoalChange.changedAt,
        changedBy: staffUser.displayName,
        fromTarget: outcomeGoalChange.fromTarget,
        toTarget: outcomeGoalChange.toTarget,
        fromDirection: outcomeGoalChange.fromDirection,
        toDirection: outcomeGoalChange.toDirection,
        reason: outcomeGoalChange.reason,
      })
      .from(outcomeGoalChange)
      .leftJoin(
        staffUser,
        and(
          eq(staffUser.municipalityCode, outcomeGoalChange.municipalityCode),
          eq(staffUser.id, outcomeGoalChange.changedById),
        ),
      )
      .where(
        and(
          eq(outcomeGoalChange.municipalityCode, municipalityCode),
          inArray(outcomeGoalChange.goalId, goalIds),
        ),
      )
      .orderBy(asc(outcomeGoalChange.changedAt));
  },

  async insertGoal(
    tx: Db,
    municipalityCode: string,
    values: { unitId: string; kpiId: string; year: number; target: number; direction: GoalDirection },
    by: string,
    now: Date,
  ) {
    const [row] = await tx
      .insert(outcomeGoal)
      .values({ municipalityCode, ...values, updatedById: by, updatedAt: now })
      .onConflictDoNothing()
      .returning(goalColumns);
    return row ?? null;
  },

  /** Null when the version no longer matches (someone else changed the goal). */
  async updateGoal(
    tx: Db,
    municipalityCode: string,
    id: string,
    version: number,
    values: { target: number; direction: GoalDirection },
    by: string,
    now: Date,
  ) {
    const [row] = await tx
      .update(outcomeGoal)
      .set({ ...values, version: sql`${outcomeGoal.version} + 1`, updatedById: by, updatedAt: now })
      .where(
        and(
          eq(outcomeGoal.municipalityCode, municipalityCode),
          eq(outcomeGoal.id, id),
          eq(outcomeGoal.version, version),
        ),
      )
      .returning(goalColumns);
    return row ?? null;
  },

  async insertChange(
    tx: Db,
    municipalityCode: string,
    change: Omit<GoalChangeRow, 'changedBy' | 'changedAt'> & { changedById: string; changedAt: Date },
  ) {
    await tx.insert(outcomeGoalChange).values({ municipalityCode, ...change });
  },
};
