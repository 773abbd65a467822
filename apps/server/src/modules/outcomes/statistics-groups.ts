// What the Statistik page counts, as groups with counts: from a GROUP BY in SQL
// (outcomesRepository.statisticsGroups) at scale, or from rows here (the reference the SQL is
// tested against). presentStatistics turns either into the page.

import type { EmploymentKind, EnrolmentExit, ExitCategory, StudyKind } from '@arbetsbro/kolada';
import type { OutcomePeriodRow } from './outcomes.repository.ts';

/** The seven groupings of the page; the key is the unit's or coach's id, a code or a label. */
export type GroupDimension =
  | 'unit'
  | 'coach'
  | 'ageBand'
  | 'education'
  | 'withoutWork'
  | 'incomeSupport'
  | 'interventionType';

/** An exit as recorded (the columns classifyExit reads). */
export interface ExitFields {
  category: ExitCategory;
  kind: EmploymentKind | null;
  start: string | null;
  held: boolean | null;
  studiesKind: StudyKind | null;
  eligible: boolean | null;
}

export interface StatisticsGroups {
  /** The year's exits by month (1–12). */
  monthExits: Array<{ month: number; exit: ExitFields; count: number }>;
  /** Open periods on each month's last day (or today), months up to today. */
  monthOpen: Array<{ month: number; active: number; incomeSupport: number; longTerm: number }>;
  /** Distinct persons with a period overlapping the year. */
  participants: number;
  groupExits: Array<{ dimension: GroupDimension; key: string; exit: ExitFields; count: number }>;
  /** Distinct persons per group among the periods overlapping the year. */
  groupParticipants: Array<{ dimension: GroupDimension; key: string; persons: number }>;
  /** The year's exits to work by employer (null: not given). */
  employers: Array<{ employer: string | null; count: number }>;
  /** Enrolment-year cohorts: days to a job (event) or to censoring. */
  survival: Array<{ cohort: number; days: number; event: boolean; count: number }>;
}

export const AGE_BANDS = ['16–24 år', '25–34 år', '35–49 år', '50 år och äldre'] as const;
export const WITHOUT_WORK = [
  'Kortare än 6 månader',
  '6–24 månader',
  'Mer än 24 månader',
  'Uppgift saknas',
] as const;
/** Age band of an age in completed years (SQL: the same bounds in statisticsGroups). */
export const ageBand = (age: number) =>
  age <= 24 ? AGE_BANDS[0] : age <= 34 ? AGE_BANDS[1] : age <= 49 ? AGE_BANDS[2] : AGE_BANDS[3];
/** Kolada's buckets of months without work before enrolment (U40817–U40819, U40835). */
export const withoutWorkBand = (m: number | null) =>
  m === null ? WITHOUT_WORK[3] : m < 6 ? WITHOUT_WORK[0] : m <= 24 ? WITHOUT_WORK[1] : WITHOUT_WORK[2];

/** As toEnrolmentPeriod reads a row: employment only with kind and start, studies only with both fields. */
export function exitOf(fields: ExitFields, exitDate: string): EnrolmentExit {
  return {
    exitDate,
    category: fields.category,
    ...(fields.kind && fields.start
      ? { employment: { kind: fields.kind, startDate: fields.start, heldOneMonth: fields.held } }
      : {}),
    ...(fields.studiesKind && fields.eligible !== null
      ? { studies: { kind: fields.studiesKind, studentFinanceEligible: fields.eligible } }
      : {}),
  };
}

const DAY_MS = 86_400_000;
/** Days from a to b (YYYY-MM-DD). */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
/** The month's last day, YYYY-MM-DD (month 1–12). */
export const lastDay = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const monthsBetween = (a: string, b: string) =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
/** Completed years (born 29 Feb: a year older on 1 Mar), like ageOn in @arbetsbro/kolada. */
function ageOn(birth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** The last month (1–12) the page shows for the year: up to today's month, 0 before the year. */
export function lastMonthOf(year: number, today: string): number {
  const from = `${year}-01-01`;
  return today < from ? 0 : today > `${year}-12-31` ? 12 : Number(today.slice(5, 7));
}

/** The groups from rows (periods overlapping year − 2 … year, with intervention types). Pure. */
export function statisticsGroupsFromRows(
  rows: readonly OutcomePeriodRow[],
  { year, today }: { year: number; today: string },
): StatisticsGroups {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const fieldsOf = (r: OutcomePeriodRow): ExitFields => ({
    category: r.exit_category as ExitCategory,
    kind: r.exit_employment_kind as EmploymentKind | null,
    start: r.exit_employment_start,
    held: r.exit_held_one_month,
    studiesKind: r.exit_studies_kind as StudyKind | null,
    eligible: r.exit_student_finance_eligible,
  });
  const exitInYear = (r: OutcomePeriodRow) =>
    r.exit_date !== null && r.exit_date >= from && r.exit_date <= to;
  const inYear = rows.filter((r) => r.enrolled_at <= to && (r.exit_date === null || r.exit_date >= from));

  const monthOpen: StatisticsGroups['monthOpen'] = [];
  for (let m = 1; m <= lastMonthOf(year, today); m++) {
    const end = lastDay(year, m);
    const day = end > today ? today : end;
    const open = inYear.filter((r) => r.enrolled_at <= day && (r.exit_date === null || r.exit_date >= day));
    // People, not periods; a person counts as with income support or long-term unemployed when
    // any of their open periods says so.
    const persons = (test: (r: OutcomePeriodRow) => boolean) =>
      new Set(open.filter(test).map((r) => r.participant_id)).size;
    monthOpen.push({
      month: m,
      active: persons(() => true),
      incomeSupport: persons((r) => r.income_support),
      longTerm: persons(
        (r) =>
          r.months_without_work !== null && r.months_without_work + monthsBetween(r.enrolled_at, day) >= 12,
      ),
    });
  }

  const keysOf = (r: OutcomePeriodRow): Array<[GroupDimension, string]> => [
    ['unit', r.unit_id],
    ['coach', r.coach_id ?? ''],
    ['ageBand', ageBand(ageOn(r.birth_date, r.enrolled_at > from ? r.enrolled_at : from))],
    ['education', r.education_level ?? ''],
    ['withoutWork', withoutWorkBand(r.months_without_work)],
    ['incomeSupport', String(r.income_support)],
    ...(r.intervention_types.length ? r.intervention_types : ['']).map((t): [GroupDimension, string] => [
      'interventionType',
      t,
    ]),
  ];
  const groupExits: StatisticsGroups['groupExits'] = [];
  const persons = new Map<string, Set<string>>();
  for (const r of inYear) {
    for (const [dimension, key] of keysOf(r)) {
      const k = `${dimension}\u0000${key}`;
      if (!persons.has(k)) persons.set(k, new Set());
      persons.get(k)!.add(r.participant_id);
      if (exitInYear(r)) groupExits.push({ dimension, key, exit: fieldsOf(r), count: 1 });
    }
  }

  const censorDay = today < to ? today : to;
  const survival: StatisticsGroups['survival'] = [];
  for (const r of rows) {
    const cohort = Number(r.enrolled_at.slice(0, 4));
    if (cohort < year - 2 || cohort > year || r.enrolled_at > censorDay) continue;
    const job =
      r.exit_category === 'work' &&
      r.exit_employment_kind !== 'municipal_labour_market' &&
      r.exit_date !== null &&
      r.exit_date <= censorDay;
    const end = r.exit_date && r.exit_date <= censorDay ? r.exit_date : censorDay;
    const day =
      job && r.exit_employment_start && r.exit_employment_start < end ? r.exit_employment_start : end;
    survival.push({ cohort, days: Math.max(0, daysBetween(r.enrolled_at, day)), event: job, count: 1 });
  }

  return {
    monthExits: inYear
      .filter(exitInYear)
      .map((r) => ({ month: Number(r.exit_date!.slice(5, 7)), exit: fieldsOf(r), count: 1 })),
    monthOpen,
    participants: new Set(inYear.map((r) => r.participant_id)).size,
    groupExits,
    groupParticipants: [...persons.entries()].map(([k, set]) => {
      const [dimension, key] = k.split('\u0000') as [GroupDimension, string];
      return { dimension, key, persons: set.size };
    }),
    employers: inYear
      .filter((r) => r.exit_category === 'work' && exitInYear(r))
      .map((r) => ({ employer: r.exit_employer, count: 1 })),
    survival,
  };
}
