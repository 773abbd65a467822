// Pure: enrolment rows → the Statistik page's figures. Every share is computed by the same KPI
// engine as Kolada's report (U40455 over the group's exits), so a figure here and in the yearly
// report never disagree. Groups of fewer than SUPPRESS_BELOW people are suppressed.

import {
  calculateOutcomeKpis,
  classifyExit,
  EDUCATION_LEVELS,
  type EnrolmentPeriod,
  educationLevelLabels,
  KOLADA_EXIT_CATEGORIES,
  type KoladaExitCategory,
  kaplanMeier,
  percent,
} from '@arbetsbro/kolada';
import { toEnrolmentPeriod } from './kolada-report.presenter.ts';
import type { NeedRow, OutcomePeriodRow } from './outcomes.repository.ts';

/** Groups (and shares) based on fewer people than this are not shown: no one can be recognised. */
export const SUPPRESS_BELOW = 5;

export interface MonthFigures {
  /** YYYY-MM. */
  month: string;
  exits: number;
  byCategory: Record<KoladaExitCategory, number>;
  /** U40455 over the month's exits, percent 0–100; null when suppressed or no exits. */
  workOrStudiesShare: number | null;
  /** U40455 from 1 January to the month's end (what the goal is followed against). */
  cumulativeShare: number | null;
  /** People enrolled on the month's last day (or today, for the current month). */
  active: number;
  /** Of them, people whose household had income support at enrolment. */
  incomeSupport: number;
  /** Of them, share without work ≥ 12 months (before enrolment + time enrolled), 0–100. */
  longTermShare: number | null;
}

export interface GroupRow {
  label: string;
  /** Null when suppressed (fewer than SUPPRESS_BELOW). */
  participants: number | null;
  exits: number | null;
  workOrStudies: number | null;
  /** Percent 0–100. */
  share: number | null;
  suppressed: boolean;
}

export interface Breakdown {
  key: 'unit' | 'coach' | 'ageBand' | 'education' | 'withoutWork' | 'incomeSupport' | 'interventionType';
  title: string;
  note: string | null;
  rows: GroupRow[];
}

export interface SurvivalCohort {
  /** The enrolment year. */
  cohort: string;
  /** People followed; null when fewer than SUPPRESS_BELOW (then no curve either). */
  observations: number | null;
  events: number;
  medianDays: number | null;
  steps: Array<{ days: number; survival: number; atRisk: number }>;
}

export interface EmployerRow {
  label: string;
  /** Exits to work with this employer; null when suppressed. */
  jobs: number | null;
  suppressed: boolean;
}

export interface NeedFigures {
  opened: number;
  filled: number;
  /** Median days from registration to filled, of the needs filled; null if none. */
  medianDaysToFill: number | null;
  byMonth: Array<{ month: string; opened: number; filled: number }>;
}

export interface StatisticsInput {
  rows: readonly OutcomePeriodRow[];
  needs: readonly NeedRow[];
  year: number;
  /** Today (YYYY-MM-DD): months after it are not shown; open periods are censored at it. */
  today: string;
  unitNames: ReadonlyMap<string, string>;
  staffNames: ReadonlyMap<string, string>;
  interventionTypeLabels: Readonly<Record<string, string>>;
}

const DAY_MS = 86_400_000;
const sum = (c: Record<KoladaExitCategory, number>) => c.A + c.B + c.C + c.D + c.E;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
const lastDay = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const monthsBetween = (a: string, b: string) =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

function ageOn(birth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5) ? years - 1 : years;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Rows of a group → its participants, exits and share into work or studies (suppressed when small). */
function groupRow(label: string, periods: EnrolmentPeriod[], range: { from: string; to: string }): GroupRow {
  const r = calculateOutcomeKpis(periods, range);
  const participants = r.participants.total;
  const exits = r.exits.total;
  if (participants < SUPPRESS_BELOW) {
    return { label, participants: null, exits: null, workOrStudies: null, share: null, suppressed: true };
  }
  const small = exits < SUPPRESS_BELOW;
  return {
    label,
    participants,
    exits: small ? null : exits,
    workOrStudies: small ? null : r.exits.byCategory.A + r.exits.byCategory.B,
    share: small ? null : r.kpis.U40455.value,
    suppressed: small,
  };
}

function breakdown(
  key: Breakdown['key'],
  title: string,
  note: string | null,
  items: Array<{ row: OutcomePeriodRow; period: EnrolmentPeriod }>,
  groupsOf: (row: OutcomePeriodRow, period: EnrolmentPeriod) => string[],
  range: { from: string; to: string },
  order?: readonly string[],
): Breakdown {
  const groups = new Map<string, EnrolmentPeriod[]>();
  for (const { row, period } of items) {
    for (const g of groupsOf(row, period)) {
      const list = groups.get(g);
      if (list) list.push(period);
      else groups.set(g, [period]);
    }
  }
  const labels = order
    ? order.filter((l) => groups.has(l))
    : [...groups.keys()].sort((a, b) => a.localeCompare(b, 'sv'));
  return { key, title, note, rows: labels.map((l) => groupRow(l, groups.get(l) ?? [], range)) };
}

const AGE_BANDS = ['16–24 år', '25–34 år', '35–49 år', '50 år och äldre'];
const ageBand = (age: number) =>
  age <= 24 ? AGE_BANDS[0]! : age <= 34 ? AGE_BANDS[1]! : age <= 49 ? AGE_BANDS[2]! : AGE_BANDS[3]!;
const WITHOUT_WORK = ['Kortare än 6 månader', '6–24 månader', 'Mer än 24 månader', 'Uppgift saknas'];
const withoutWork = (m: number | null) =>
  m === null ? WITHOUT_WORK[3]! : m < 6 ? WITHOUT_WORK[0]! : m <= 24 ? WITHOUT_WORK[1]! : WITHOUT_WORK[2]!;

/** The Statistik page for one year: months, groups, time to a job, needs. Pure. */
export function presentStatistics(input: StatisticsInput) {
  const { year, today } = input;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const range = { from, to };
  const items = input.rows.map((row) => ({ row, period: toEnrolmentPeriod(row) }));
  const periods = items.map((i) => i.period);
  const lastMonth = today < from ? 0 : today > to ? 12 : Number(today.slice(5, 7));

  // --- Month by month, in one pass: each exit classified once (classifyExit, as the KPI engine does).
  const monthExits = Array.from(
    { length: 12 },
    () => ({ A: 0, B: 0, C: 0, D: 0, E: 0 }) as Record<KoladaExitCategory, number>,
  );
  for (const { period } of items) {
    const exit = period.exit;
    if (!exit || exit.exitDate < from || exit.exitDate > to) continue;
    monthExits[Number(exit.exitDate.slice(5, 7)) - 1]![classifyExit(exit).category]++;
  }
  const monthly: MonthFigures[] = [];
  const soFar: Record<KoladaExitCategory, number> = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  for (let m = 1; m <= lastMonth; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    const end = lastDay(year, m);
    const day = end > today ? today : end;
    const byCategory = monthExits[m - 1]!;
    for (const c of KOLADA_EXIT_CATEGORIES) soFar[c] += byCategory[c];
    const exits = sum(byCategory);
    const exitsSoFar = sum(soFar);
    const persons = new Map<string, OutcomePeriodRow>();
    for (const { row } of items) {
      if (row.enrolled_at <= day && (row.exit_date === null || row.exit_date >= day))
        persons.set(row.participant_id, row);
    }
    const active = persons.size;
    let longTerm = 0;
    let incomeSupport = 0;
    for (const r of persons.values()) {
      if (r.income_support) incomeSupport++;
      if (r.months_without_work !== null && r.months_without_work + monthsBetween(r.enrolled_at, day) >= 12)
        longTerm++;
    }
    monthly.push({
      month,
      exits,
      byCategory: { ...byCategory },
      // U40455 for the month and for the year so far: (A + B) / exits, as the KPI engine computes it.
      workOrStudiesShare: exits >= SUPPRESS_BELOW ? percent(byCategory.A + byCategory.B, exits) : null,
      cumulativeShare: exitsSoFar >= SUPPRESS_BELOW ? percent(soFar.A + soFar.B, exitsSoFar) : null,
      active,
      incomeSupport,
      longTermShare: active >= SUPPRESS_BELOW ? percent(longTerm, active) : null,
    });
  }

  // --- Groups over the year.
  const inYear = items.filter(
    ({ row }) => row.enrolled_at <= to && (row.exit_date === null || row.exit_date >= from),
  );
  const startOf = (row: OutcomePeriodRow) => (row.enrolled_at > from ? row.enrolled_at : from);
  const breakdowns: Breakdown[] = [
    breakdown('unit', 'Enhet', null, inYear, (r) => [input.unitNames.get(r.unit_id) ?? 'Okänd enhet'], range),
    breakdown(
      'coach',
      'Coach',
      'Coachen som har perioden nu.',
      inYear,
      (r) => [r.coach_id ? (input.staffNames.get(r.coach_id) ?? 'Okänd') : 'Ingen coach'],
      range,
    ),
    breakdown(
      'ageBand',
      'Åldersgrupp',
      null,
      inYear,
      (r) => [ageBand(ageOn(r.birth_date, startOf(r)))],
      range,
      AGE_BANDS,
    ),
    breakdown(
      'education',
      'Utbildningsnivå',
      null,
      inYear,
      (r) => [
        r.education_level
          ? educationLevelLabels[r.education_level as keyof typeof educationLevelLabels]
          : 'Uppgift saknas',
      ],
      range,
      [...EDUCATION_LEVELS.map((l) => educationLevelLabels[l]), 'Uppgift saknas'],
    ),
    breakdown(
      'withoutWork',
      'Tid utan arbete före inskrivning',
      null,
      inYear,
      (r) => [withoutWork(r.months_without_work)],
      range,
      WITHOUT_WORK,
    ),
    breakdown(
      'incomeSupport',
      'Försörjningsstöd vid inskrivning',
      null,
      inYear,
      (r) => [r.income_support ? 'Med försörjningsstöd' : 'Utan försörjningsstöd'],
      range,
      ['Med försörjningsstöd', 'Utan försörjningsstöd'],
    ),
    breakdown(
      'interventionType',
      'Insatstyp',
      'En deltagare med flera typer av insatser räknas under var och en.',
      inYear,
      (r) =>
        r.intervention_types.length
          ? r.intervention_types.map((t) => input.interventionTypeLabels[t] ?? t)
          : ['Ingen insats registrerad'],
      range,
    ),
  ];

  // --- Exits to work by employer (the year's work exits, whatever Kolada category they end in).
  const jobs = new Map<string, number>();
  for (const { row } of inYear) {
    if (row.exit_category !== 'work' || !row.exit_date || row.exit_date < from || row.exit_date > to)
      continue;
    const label = row.exit_employer ?? 'Arbetsgivare ej angiven';
    jobs.set(label, (jobs.get(label) ?? 0) + 1);
  }
  const employers: EmployerRow[] = [...jobs.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv'))
    .map(([label, n]) =>
      n < SUPPRESS_BELOW ? { label, jobs: null, suppressed: true } : { label, jobs: n, suppressed: false },
    );

  // --- Time from enrolment to a job, per enrolment-year cohort (Kaplan–Meier, censored at other exits and today).
  const censorDay = today < to ? today : to;
  const survival: SurvivalCohort[] = [year - 2, year - 1, year].map((cohortYear) => {
    const cohort = items.filter(
      ({ row }) => row.enrolled_at.startsWith(String(cohortYear)) && row.enrolled_at <= censorDay,
    );
    const curve = kaplanMeier(
      cohort.map(({ row }) => {
        const job =
          row.exit_category === 'work' &&
          row.exit_employment_kind !== 'municipal_labour_market' &&
          row.exit_date !== null &&
          row.exit_date <= censorDay;
        const end = row.exit_date && row.exit_date <= censorDay ? row.exit_date : censorDay;
        const day = job
          ? row.exit_employment_start && row.exit_employment_start < end
            ? row.exit_employment_start
            : end
          : end;
        return { days: Math.max(0, daysBetween(row.enrolled_at, day)), event: job };
      }),
    );
    const suppressed = curve.observations < SUPPRESS_BELOW;
    return {
      cohort: String(cohortYear),
      observations: suppressed ? null : curve.observations,
      events: suppressed ? 0 : curve.events,
      medianDays: suppressed ? null : curve.medianDays,
      steps: suppressed
        ? []
        : curve.steps.map((s) => ({
            days: s.days,
            survival: Math.round(s.survival * 1000) / 1000,
            atRisk: s.atRisk,
          })),
    };
  });

  // --- Recruitment needs opened and filled.
  const needMonths = Array.from({ length: lastMonth }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const filledNeeds = input.needs.filter((n) => n.filled_on !== null);
  const needs: NeedFigures = {
    opened: input.needs.length,
    filled: filledNeeds.length,
    medianDaysToFill: median(filledNeeds.map((n) => daysBetween(n.opened_on, n.filled_on!))),
    byMonth: needMonths.map((month) => ({
      month,
      opened: input.needs.filter((n) => n.opened_on.startsWith(month)).length,
      filled: filledNeeds.filter((n) => n.filled_on!.startsWith(month)).length,
    })),
  };

  const yearReport = calculateOutcomeKpis(periods, range);
  return {
    year,
    suppressBelow: SUPPRESS_BELOW,
    summary: {
      participants: yearReport.participants.total,
      exits: yearReport.exits.total,
      workOrStudiesShare: yearReport.exits.total >= SUPPRESS_BELOW ? yearReport.kpis.U40455.value : null,
      byCategory: Object.fromEntries(
        KOLADA_EXIT_CATEGORIES.map((c) => [c, yearReport.exits.byCategory[c]]),
      ) as Record<KoladaExitCategory, number>,
      pendingVerification: yearReport.exits.pendingVerification,
    },
    monthly,
    breakdowns,
    employers,
    survival,
    needs,
  };
}

export type Statistics = ReturnType<typeof presentStatistics>;
