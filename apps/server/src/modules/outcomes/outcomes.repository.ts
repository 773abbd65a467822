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
import {
  AGE_BANDS,
  type ExitFields,
  type GroupDimension,
  lastMonthOf,
  type StatisticsGroups,
  WITHOUT_WORK,
} from './statistics-groups.ts';

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

type StatisticsRow =
  | { kind: 'month_exit'; dim: null; key: null; month: number; exit: SqlExit; n: number }
  | {
      kind: 'month_open';
      dim: null;
      key: null;
      month: number;
      exit: null;
      n: number;
      income: number;
      long_term: number;
    }
  | { kind: 'participants'; dim: null; key: null; month: null; exit: null; n: number }
  | { kind: 'group_exit'; dim: GroupDimension; key: string; month: null; exit: SqlExit; n: number }
  | { kind: 'group_persons'; dim: GroupDimension; key: string; month: null; exit: null; n: number }
  | { kind: 'employer'; dim: null; key: string | null; month: null; exit: null; n: number }
  | {
      kind: 'survival';
      dim: null;
      key: null;
      month: number;
      exit: null;
      n: number;
      days: number;
      event: boolean;
    };
interface SqlExit {
  category: string;
  kind: string | null;
  start: string | null;
  held: boolean | null;
  studies: string | null;
  eligible: boolean | null;
}
const exitFields = (e: SqlExit): ExitFields => ({
  category: e.category as ExitCategory,
  kind: e.kind as EmploymentKind | null,
  start: e.start,
  held: e.held,
  studiesKind: e.studies as StudyKind | null,
  eligible: e.eligible,
});

export const outcomesRepository = {
  /**
   * The Statistik page's counts from GROUP BYs in SQL, over the same rules as
   * statisticsGroupsFromRows (a test compares the two on random data): a few thousand rows at
   * most, whatever the number of enrolments. Periods overlapping year − 2 … year (the survival
   * curve follows the two earlier enrolment years' cohorts).
   */
  async statisticsGroups(
    db: Db,
    scope: { municipalityCode: string; unitIds: string[]; year: number; today: string },
  ): Promise<StatisticsGroups> {
    const out: StatisticsGroups = {
      monthExits: [],
      monthOpen: [],
      participants: 0,
      groupExits: [],
      groupParticipants: [],
      employers: [],
      survival: [],
    };
    if (scope.unitIds.length === 0) return out;
    const units = sql.join(
      scope.unitIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    const from = sql`${`${scope.year}-01-01`}::date`;
    const to = sql`${`${scope.year}-12-31`}::date`;
    const cohortsFrom = sql`${`${scope.year - 2}-01-01`}::date`;
    const lastMonth = lastMonthOf(scope.year, scope.today);
    const today = sql`${scope.today}::date`;
    // The day a cohort is followed to: today, or the year's end for a past year.
    const censor = sql`least(${today}, ${to})`;
    const exitDoc = sql`jsonb_build_object('category', exit_category, 'kind', exit_employment_kind,
      'start', exit_employment_start::text, 'held', exit_held_one_month, 'studies', exit_studies_kind,
      'eligible', exit_student_finance_eligible)`;
    const rows = await db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = off`);
      await tx.execute(sql`set local work_mem = '64MB'`);
      return rowsOf<StatisticsRow>(
        await tx.execute(sql`
          with s as materialized (
            select e.id, e.participant_id, e.unit_id, e.coach_id, e.enrolled_at, e.exit_date, e.exit_category,
              e.exit_employment_kind, e.exit_employment_start, e.exit_held_one_month, e.exit_studies_kind,
              e.exit_student_finance_eligible, e.education_level, e.months_without_work, e.income_support,
              coalesce(emp.name, e.exit_employer_name) as employer,
              e.enrolled_at <= ${to} and (e.exit_date is null or e.exit_date >= ${from}) as in_year,
              e.exit_date between ${from} and ${to} as exit_in_year,
              -- ageBand(): age on the first day in the year, in completed years (age() like ageOn).
              case when extract(year from age(greatest(e.enrolled_at, ${from}), p.birth_date)) <= 24 then ${AGE_BANDS[0]}
                   when extract(year from age(greatest(e.enrolled_at, ${from}), p.birth_date)) <= 34 then ${AGE_BANDS[1]}
                   when extract(year from age(greatest(e.enrolled_at, ${from}), p.birth_date)) <= 49 then ${AGE_BANDS[2]}
                   else ${AGE_BANDS[3]} end as age_band,
              -- withoutWorkBand(): Kolada's buckets (6 and 24 months in the middle one).
              case when e.months_without_work is null then ${WITHOUT_WORK[3]}
                   when e.months_without_work < 6 then ${WITHOUT_WORK[0]}
                   when e.months_without_work <= 24 then ${WITHOUT_WORK[1]}
                   else ${WITHOUT_WORK[2]} end as without_work
            from enrolment e
            join participant p on p.municipality_code = e.municipality_code and p.id = e.participant_id
            left join employer emp on emp.municipality_code = e.municipality_code and emp.id = e.exit_employer_id
            where e.municipality_code = ${scope.municipalityCode} and e.unit_id in (${units})
              and e.enrolled_at <= ${to} and (e.exit_date is null or e.exit_date >= ${cohortsFrom})),
          y as (select * from s where in_year),
          keyed as (
            select y.participant_id, y.exit_in_year, y.exit_category, y.exit_employment_kind, y.exit_employment_start,
              y.exit_held_one_month, y.exit_studies_kind, y.exit_student_finance_eligible, d.dim, d.key
            from y cross join lateral (values ('unit', y.unit_id::text), ('coach', coalesce(y.coach_id::text, '')),
              ('ageBand', y.age_band), ('education', coalesce(y.education_level, '')), ('withoutWork', y.without_work),
              ('incomeSupport', y.income_support::text)) d(dim, key)
            union all
            select y.participant_id, y.exit_in_year, y.exit_category, y.exit_employment_kind, y.exit_employment_start,
              y.exit_held_one_month, y.exit_studies_kind, y.exit_student_finance_eligible, 'interventionType',
              coalesce(i.type, '')
            from y left join (select distinct enrolment_id, type from intervention
                where municipality_code = ${scope.municipalityCode} and status <> 'cancelled') i on i.enrolment_id = y.id),
          days as (
            select m, least((make_date(${scope.year}, m, 1) + interval '1 month - 1 day')::date, ${today}) as day
            from generate_series(1, ${lastMonth}::int) m)
          select 'month_exit' as kind, null as dim, null as key, extract(month from exit_date)::int as month,
            ${exitDoc} as exit, count(*)::int as n, null::int as income, null::int as long_term, null::int as days, null::boolean as event
          from y where exit_in_year group by 4, 5
          union all
          -- Open on the month's last day (or today); long-term: months without work before + calendar months since ≥ 12.
          select 'month_open', null, null, d.m, null, count(distinct y.participant_id)::int,
            count(distinct y.participant_id) filter (where y.income_support)::int,
            count(distinct y.participant_id) filter (where y.months_without_work is not null and y.months_without_work
              + (extract(year from d.day)::int - extract(year from y.enrolled_at)::int) * 12
              + extract(month from d.day)::int - extract(month from y.enrolled_at)::int >= 12)::int, null, null
          from days d join y on y.enrolled_at <= d.day and (y.exit_date is null or y.exit_date >= d.day)
          group by d.m
          union all
          select 'participants', null, null, null, null, count(distinct participant_id)::int, null, null, null, null from y
          union all
          select 'group_exit', dim, key, null, jsonb_build_object('category', exit_category, 'kind', exit_employment_kind,
              'start', exit_employment_start::text, 'held', exit_held_one_month, 'studies', exit_studies_kind,
              'eligible', exit_student_finance_eligible), count(*)::int, null, null, null, null
          from keyed where exit_in_year group by dim, key, 5
          union all
          select 'group_persons', dim, key, null, null, count(distinct participant_id)::int, null, null, null, null
          from keyed group by dim, key
          union all
          select 'employer', null, employer, null, null, count(*)::int, null, null, null, null
          from y where exit_in_year and exit_category = 'work' group by employer
          union all
          -- Days to a job (a work exit that is not a municipal labour-market employment: its start, or the
          -- exit) or to censoring (another exit, or today), per enrolment-year cohort.
          select 'survival', null, null, extract(year from enrolled_at)::int, null, count(*)::int, null, null,
            greatest(0, (case when job and exit_employment_start is not null and exit_employment_start < stop
                              then exit_employment_start else stop end) - enrolled_at)::int,
            job
          from (select *, exit_category = 'work' and exit_employment_kind is distinct from 'municipal_labour_market'
                    and exit_date is not null and exit_date <= ${censor} as job,
                  case when exit_date is not null and exit_date <= ${censor} then exit_date else ${censor} end as stop
                from s where enrolled_at >= ${cohortsFrom} and enrolled_at <= ${censor}) c
          group by 4, 9, 10`),
      );
    });
    for (const r of rows) {
      switch (r.kind) {
        case 'month_exit':
          out.monthExits.push({ month: r.month, exit: exitFields(r.exit), count: r.n });
          break;
        case 'month_open':
          out.monthOpen.push({ month: r.month, active: r.n, incomeSupport: r.income, longTerm: r.long_term });
          break;
        case 'participants':
          out.participants = r.n;
          break;
        case 'group_exit':
          out.groupExits.push({ dimension: r.dim, key: r.key, exit: exitFields(r.exit), count: r.n });
          break;
        case 'group_persons':
          out.groupParticipants.push({ dimension: r.dim, key: r.key, persons: r.n });
          break;
        case 'employer':
          out.employers.push({ employer: r.key, count: r.n });
          break;
        case 'survival':
          out.survival.push({ cohort: r.month, days: r.days, event: r.event, count: r.n });
          break;
      }
    }
    out.monthOpen.sort((a, b) => a.month - b.month);
    return out;
  },

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
          from (select distinct on (participant_id) * from s
            order by participant_id, enrolled_at desc, coalesce(exit_date, date '9999-12-31') desc) latest
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
