// Pure: enrolment rows → the Statistik page's figures. Every share is computed by the same KPI
// engine as Kolada's report (U40455 over the group's exits), so a figure here and in the yearly
// report never disagree. Groups of fewer than SUPPRESS_BELOW people are suppressed.

import {
  classifyExit,
  EDUCATION_LEVELS,
  type EducationLevel,
  educationLevelLabels,
  KOLADA_EXIT_CATEGORIES,
  type KoladaExitCategory,
  kaplanMeier,
  percent,
} from '@arbetsbro/kolada';
import type { NeedRow } from './outcomes.repository.ts';
import {
  AGE_BANDS,
  daysBetween,
  type ExitFields,
  exitOf,
  type GroupDimension,
  lastMonthOf,
  type StatisticsGroups,
  WITHOUT_WORK,
} from './statistics-groups.ts';

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
  key: GroupDimension;
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
  groups: StatisticsGroups;
  needs: readonly NeedRow[];
  year: number;
  /** Today (YYYY-MM-DD): months after it are not shown. */
  today: string;
  unitNames: ReadonlyMap<string, string>;
  staffNames: ReadonlyMap<string, string>;
  interventionTypeLabels: Readonly<Record<string, string>>;
}

const ZERO = (): Record<KoladaExitCategory, number> => ({ A: 0, B: 0, C: 0, D: 0, E: 0 });
const sum = (c: Record<KoladaExitCategory, number>) => c.A + c.B + c.C + c.D + c.E;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

const TITLES: Record<GroupDimension, { title: string; note: string | null }> = {
  unit: { title: 'Enhet', note: null },
  coach: { title: 'Coach', note: 'Coachen som har perioden nu.' },
  ageBand: { title: 'Åldersgrupp', note: null },
  education: { title: 'Utbildningsnivå', note: null },
  withoutWork: { title: 'Tid utan arbete före inskrivning', note: null },
  incomeSupport: { title: 'Försörjningsstöd vid inskrivning', note: null },
  interventionType: {
    title: 'Insatstyp',
    note: 'En deltagare med flera typer av insatser räknas under var och en.',
  },
};
const DIMENSIONS = Object.keys(TITLES) as GroupDimension[];

/** The Statistik page for one year from its groups (SQL or rows): months, groups, time to a job, needs. Pure. */
export function presentStatistics(input: StatisticsInput) {
  const { year, today, groups } = input;
  // Each distinct recorded exit is classified once (classifyExit, as the KPI engine does).
  const classified = new Map<string, ReturnType<typeof classifyExit>>();
  const classify = (fields: ExitFields) => {
    const key = JSON.stringify(fields);
    let result = classified.get(key);
    if (!result) {
      result = classifyExit(exitOf(fields, `${year}-12-31`));
      classified.set(key, result);
    }
    return result;
  };

  // --- Month by month.
  const monthExits = Array.from({ length: 12 }, ZERO);
  let pendingVerification = 0;
  for (const g of groups.monthExits) {
    const result = classify(g.exit);
    monthExits[g.month - 1]![result.category] += g.count;
    if (result.status === 'pending_verification') pendingVerification += g.count;
  }
  const open = new Map(groups.monthOpen.map((o) => [o.month, o]));
  const monthly: MonthFigures[] = [];
  const soFar = ZERO();
  for (let m = 1; m <= lastMonthOf(year, today); m++) {
    const byCategory = monthExits[m - 1]!;
    for (const c of KOLADA_EXIT_CATEGORIES) soFar[c] += byCategory[c];
    const exits = sum(byCategory);
    const exitsSoFar = sum(soFar);
    const o = open.get(m) ?? { active: 0, incomeSupport: 0, longTerm: 0 };
    monthly.push({
      month: `${year}-${String(m).padStart(2, '0')}`,
      exits,
      byCategory: { ...byCategory },
      // U40455 for the month and for the year so far: (A + B) / exits, as the KPI engine computes it.
      workOrStudiesShare: exits >= SUPPRESS_BELOW ? percent(byCategory.A + byCategory.B, exits) : null,
      cumulativeShare: exitsSoFar >= SUPPRESS_BELOW ? percent(soFar.A + soFar.B, exitsSoFar) : null,
      active: o.active,
      incomeSupport: o.incomeSupport,
      longTermShare: o.active >= SUPPRESS_BELOW ? percent(o.longTerm, o.active) : null,
    });
  }
  const year_ = ZERO();
  for (const byCategory of monthExits) for (const c of KOLADA_EXIT_CATEGORIES) year_[c] += byCategory[c];

  // --- Groups over the year: participants (distinct persons), exits, share into work or studies.
  const label = (dimension: GroupDimension, key: string): string => {
    switch (dimension) {
      case 'unit':
        return input.unitNames.get(key) ?? 'Okänd enhet';
      case 'coach':
        return key ? (input.staffNames.get(key) ?? 'Okänd') : 'Ingen coach';
      case 'education':
        return key ? (educationLevelLabels[key as EducationLevel] ?? key) : 'Uppgift saknas';
      case 'incomeSupport':
        return key === 'true' ? 'Med försörjningsstöd' : 'Utan försörjningsstöd';
      case 'interventionType':
        return key ? (input.interventionTypeLabels[key] ?? key) : 'Ingen insats registrerad';
      default:
        return key;
    }
  };
  const order: Partial<Record<GroupDimension, readonly string[]>> = {
    ageBand: AGE_BANDS,
    education: [...EDUCATION_LEVELS.map((l) => educationLevelLabels[l]), 'Uppgift saknas'],
    withoutWork: WITHOUT_WORK,
    incomeSupport: ['Med försörjningsstöd', 'Utan försörjningsstöd'],
  };
  const breakdowns: Breakdown[] = DIMENSIONS.map((dimension) => {
    const byLabel = new Map<string, { persons: number; exits: Record<KoladaExitCategory, number> }>();
    const entry = (l: string) => {
      let e = byLabel.get(l);
      if (!e) {
        e = { persons: 0, exits: ZERO() };
        byLabel.set(l, e);
      }
      return e;
    };
    for (const g of groups.groupParticipants)
      if (g.dimension === dimension) entry(label(dimension, g.key)).persons += g.persons;
    for (const g of groups.groupExits)
      if (g.dimension === dimension)
        entry(label(dimension, g.key)).exits[classify(g.exit).category] += g.count;
    const wanted = order[dimension];
    const labels = wanted
      ? wanted.filter((l) => byLabel.has(l))
      : [...byLabel.keys()].sort((a, b) => a.localeCompare(b, 'sv'));
    const rows = labels.map((l): GroupRow => {
      const { persons, exits: byCategory } = byLabel.get(l)!;
      const exits = sum(byCategory);
      if (persons < SUPPRESS_BELOW)
        return {
          label: l,
          participants: null,
          exits: null,
          workOrStudies: null,
          share: null,
          suppressed: true,
        };
      const small = exits < SUPPRESS_BELOW;
      return {
        label: l,
        participants: persons,
        exits: small ? null : exits,
        workOrStudies: small ? null : byCategory.A + byCategory.B,
        share: small ? null : percent(byCategory.A + byCategory.B, exits),
        suppressed: small,
      };
    });
    return { key: dimension, ...TITLES[dimension], rows };
  });

  // --- Exits to work by employer (the year's work exits, whatever Kolada category they end in).
  const jobs = new Map<string, number>();
  for (const g of groups.employers) {
    const l = g.employer ?? 'Arbetsgivare ej angiven';
    jobs.set(l, (jobs.get(l) ?? 0) + g.count);
  }
  const employers: EmployerRow[] = [...jobs.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv'))
    .map(([l, n]) =>
      n < SUPPRESS_BELOW
        ? { label: l, jobs: null, suppressed: true }
        : { label: l, jobs: n, suppressed: false },
    );

  // --- Time from enrolment to a job per enrolment-year cohort (Kaplan–Meier, censored at other exits and today).
  const survival: SurvivalCohort[] = [year - 2, year - 1, year].map((cohortYear) => {
    const curve = kaplanMeier(groups.survival.filter((o) => o.cohort === cohortYear));
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
  const needMonths = Array.from(
    { length: lastMonthOf(year, today) },
    (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`,
  );
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

  const exits = sum(year_);
  return {
    year,
    suppressBelow: SUPPRESS_BELOW,
    summary: {
      participants: groups.participants,
      exits,
      workOrStudiesShare: exits >= SUPPRESS_BELOW ? percent(year_.A + year_.B, exits) : null,
      byCategory: year_,
      pendingVerification,
    },
    monthly,
    breakdowns,
    employers,
    survival,
    needs,
  };
}

export type Statistics = ReturnType<typeof presentStatistics>;
