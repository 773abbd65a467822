// The unit's own values for Kolada's labour-market KPIs, computed from its enrolment periods the
// way the KPI texts define them. Choices where the texts leave room are marked "Choice:" and
// listed in README.md.
//
// Reporting period [from, to], both dates inclusive (normally a calendar year, "redovisningsåret").
//   - An exit is in the period when its exitDate is.
//   - A participant is "in" the period when one of their enrolment periods overlaps it
//     (enrolledAt ≤ to and not exited before from).
//   - A referral (anvisning) is in the period when its enrolledAt is.

import { addMonths, ageOn, type IsoDate, laterOf, parseDate } from './calendar.ts';
import {
  classifyExit,
  type ExitReason,
  KOLADA_EXIT_CATEGORIES,
  type KoladaExitCategory,
} from './classify-exit.ts';
import type { EducationLevel, EnrolmentExit, EnrolmentPeriod, ReferralSource } from './types.ts';

export const OUTCOME_KPI_IDS = [
  // Results at exit: counts A–E, shares A–E, share A+B.
  'U40450',
  'U40451',
  'U40452',
  'U40453',
  'U40454',
  'U40406',
  'U40409',
  'U40412',
  'U40415',
  'U40418',
  'U40455',
  // Participants and referrals.
  'U40800',
  'U40803',
  'U40806',
  'U40807',
  'U40808',
  'U40809',
  'U40810',
  'U40824',
  // Age.
  'U40811',
  'U40812',
  // Education.
  'U40813',
  'U40814',
  'U40815',
  'U40816',
  'U40827',
  // Time without work before enrolment.
  'U40817',
  'U40818',
  'U40819',
  'U40835',
  // Time in the unit for those who exited.
  'U40820',
  'U40821',
  'U40822',
  'U40823',
] as const;
export type OutcomeKpiId = (typeof OUTCOME_KPI_IDS)[number];

export interface OutcomeKpiValue {
  kpi: OutcomeKpiId;
  unit: 'count' | 'percent';
  /** The count, or the percentage with one decimal; null when there is nothing to divide by. */
  value: number | null;
  numerator: number;
  /** What the percentage is of; null for counts. */
  denominator: number | null;
}

export interface OutcomeKpiReport {
  from: IsoDate;
  to: IsoDate;
  kpis: Record<OutcomeKpiId, OutcomeKpiValue>;
  exits: {
    total: number;
    byCategory: Record<KoladaExitCategory, number>;
    /** Exits per classification rule (classifyExit's reason): "how was this counted". */
    byReason: Partial<Record<ExitReason, number>>;
    /** Exits counted as E while they wait for verification (job held a month?) or details. */
    pendingVerification: number;
  };
  participants: {
    total: number;
    /** Participants without a recorded education level (in the denominator, in no bucket). */
    educationUnknown: number;
  };
  referrals: number;
}

/** Category → KPI ids (count, share). */
const EXIT_KPIS: Record<KoladaExitCategory, [OutcomeKpiId, OutcomeKpiId]> = {
  A: ['U40450', 'U40406'],
  B: ['U40451', 'U40409'],
  C: ['U40452', 'U40412'],
  D: ['U40453', 'U40415'],
  E: ['U40454', 'U40418'],
};

const REFERRAL_KPIS: Record<ReferralSource, OutcomeKpiId> = {
  arbetsformedlingen: 'U40806',
  forsakringskassan: 'U40807',
  self: 'U40808',
  socialtjansten: 'U40809',
  other: 'U40810',
  // U40824 is its own answer; these referrals are not also counted under U40806 or U40809.
  arbetsformedlingen_with_socialtjansten: 'U40824',
};

const EDUCATION_KPIS: Record<EducationLevel, OutcomeKpiId> = {
  post_secondary: 'U40813',
  upper_secondary: 'U40814',
  compulsory: 'U40815',
  incomplete_compulsory: 'U40816',
  foreign_not_validated: 'U40827',
};

/** Percentage with one decimal, from integers so that 1/3 → 33.3 exactly as a person would round. */
export function percent(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator * 1000) / denominator) / 10;
}

/** U40817–U40819, U40835: "kortare än 6", "mellan 6-24", "mer än 24" months; 6 and 24 are in 6–24. */
function withoutWorkKpi(months: number | null): OutcomeKpiId {
  if (months === null) return 'U40835';
  if (months < 6) return 'U40817';
  if (months <= 24) return 'U40818';
  return 'U40819';
}

/**
 * U40820–U40823: time from enrolment to exit — shorter than 3 months, 3 to (not incl.) 6, 6 to 24
 * inclusive, more than 24 months. Months are calendar months (same day of month).
 */
function durationKpi(enrolledAt: IsoDate, exitDate: IsoDate): DurationKpiId {
  if (exitDate < addMonths(enrolledAt, 3)) return 'U40820';
  if (exitDate < addMonths(enrolledAt, 6)) return 'U40821';
  if (exitDate <= addMonths(enrolledAt, 24)) return 'U40822';
  return 'U40823';
}

function validate(periods: readonly EnrolmentPeriod[]): void {
  periods.forEach((p, i) => {
    parseDate(p.enrolledAt, `periods[${i}].enrolledAt`);
    parseDate(p.birthDate, `periods[${i}].birthDate`);
    if (p.exit) {
      parseDate(p.exit.exitDate, `periods[${i}].exit.exitDate`);
      if (p.exit.exitDate < p.enrolledAt) throw new RangeError(`periods[${i}]: exit before enrolment`);
    }
    if (p.monthsWithoutWork !== null && !(p.monthsWithoutWork >= 0)) {
      throw new RangeError(`periods[${i}].monthsWithoutWork must be ≥ 0 or null`);
    }
  });
}

/** U40820–U40823, the time-in-unit KPIs. */
export type DurationKpiId = 'U40820' | 'U40821' | 'U40822' | 'U40823';

/**
 * The periods reduced to what the KPIs count, so that the same totals can come from rows or from
 * a database's GROUP BY (each group with its count). `calculateOutcomeKpisFromGroups` turns them
 * into the report; `groupOutcomes` makes them from periods.
 */
export interface OutcomeGroups {
  /** Exits with exitDate in the period: the exit as recorded and its time-in-unit KPI. */
  exits: Array<{ exit: EnrolmentExit; duration: DurationKpiId; count: number }>;
  /** Referrals (periods enrolled in the period) by source. */
  referrals: Array<{ referralSource: ReferralSource; count: number }>;
  /** Distinct persons among the referrals (U40803). */
  referredPersons: number;
  /** Participants, each person once by their latest period overlapping the period. */
  participants: Array<{
    /** 24 or younger on the day they are first a participant within the period. */
    young: boolean;
    educationLevel: EducationLevel | null;
    monthsWithoutWork: number | null;
    count: number;
  }>;
}

/** Periods → OutcomeGroups (every group of count 1). Throws RangeError like calculateOutcomeKpis. */
export function groupOutcomes(
  periods: readonly EnrolmentPeriod[],
  { from, to }: { from: IsoDate; to: IsoDate },
): OutcomeGroups {
  parseDate(from, 'from');
  parseDate(to, 'to');
  if (from > to) throw new RangeError('from must not be after to');
  validate(periods);
  // Choice: every exit counts, so a person who exits twice in the period counts twice ("deltagare
  // som avslutats" — each exit has its own result). U40820–U40823 are shares of these exits.
  const exits: OutcomeGroups['exits'] = [];
  for (const p of periods) {
    if (!p.exit || p.exit.exitDate < from || p.exit.exitDate > to) continue;
    exits.push({ exit: p.exit, duration: durationKpi(p.enrolledAt, p.exit.exitDate), count: 1 });
  }
  // Referrals (U40803, U40806–U40810, U40824): enrolments made in the period.
  // U40806…: "Dubbelräkning kan förekomma" — every referral counts. U40803: "Varje individ räknas bara en gång".
  const referred = new Set<string>();
  const referrals: OutcomeGroups['referrals'] = [];
  for (const p of periods) {
    if (p.enrolledAt < from || p.enrolledAt > to) continue;
    referred.add(p.personId);
    referrals.push({ referralSource: p.referralSource, count: 1 });
  }
  // Choice: a person with several periods overlapping the reporting period is described by the
  // latest of them (latest education level, time without work before that enrolment).
  const latestByPerson = new Map<string, EnrolmentPeriod>();
  for (const p of periods) {
    const overlaps = p.enrolledAt <= to && (!p.exit || p.exit.exitDate >= from);
    if (!overlaps) continue;
    const seen = latestByPerson.get(p.personId);
    // Two periods starting the same day: the one that ended later (an ongoing one last).
    const later = (a: EnrolmentPeriod, b: EnrolmentPeriod) =>
      a.enrolledAt > b.enrolledAt ||
      (a.enrolledAt === b.enrolledAt &&
        (a.exit?.exitDate ?? '9999-12-31') > (b.exit?.exitDate ?? '9999-12-31'));
    if (!seen || later(p, seen)) latestByPerson.set(p.personId, p);
  }
  const participants = [...latestByPerson.values()].map((p) => ({
    // Choice: age on the day the person is first a participant within the reporting period
    // (enrolment, or `from` for those enrolled earlier). Matches the units' routing by age (16–24 / 25+).
    young: ageOn(p.birthDate, laterOf(p.enrolledAt, from)) <= 24,
    educationLevel: p.educationLevel,
    monthsWithoutWork: p.monthsWithoutWork,
    count: 1,
  }));
  return { exits, referrals, referredPersons: referred.size, participants };
}

export function calculateOutcomeKpis(
  periods: readonly EnrolmentPeriod[],
  range: { from: IsoDate; to: IsoDate },
): OutcomeKpiReport {
  return calculateOutcomeKpisFromGroups(groupOutcomes(periods, range), range);
}

/**
 * The report from grouped counts (e.g. a database's GROUP BY over the same rules as
 * groupOutcomes). Each exit group is classified once with classifyExit. Throws RangeError on a
 * malformed range or a negative count.
 */
export function calculateOutcomeKpisFromGroups(
  groups: OutcomeGroups,
  { from, to }: { from: IsoDate; to: IsoDate },
): OutcomeKpiReport {
  parseDate(from, 'from');
  parseDate(to, 'to');
  const counts = new Map<OutcomeKpiId, number>(OUTCOME_KPI_IDS.map((id) => [id, 0]));
  const bump = (id: OutcomeKpiId, n: number) => counts.set(id, (counts.get(id) ?? 0) + n);
  const check = (n: number) => {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('a group count must be an integer ≥ 0');
    return n;
  };

  const byCategory: Record<KoladaExitCategory, number> = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  let exits = 0;
  let pendingVerification = 0;
  const byReason: Partial<Record<ExitReason, number>> = {};
  for (const g of groups.exits) {
    const n = check(g.count);
    const result = classifyExit(g.exit);
    exits += n;
    byCategory[result.category] += n;
    byReason[result.reason] = (byReason[result.reason] ?? 0) + n;
    if (result.status === 'pending_verification') pendingVerification += n;
    bump(g.duration, n);
  }

  let referrals = 0;
  for (const g of groups.referrals) {
    referrals += check(g.count);
    bump(REFERRAL_KPIS[g.referralSource], g.count);
  }
  const referred = { size: check(groups.referredPersons) };

  let educationUnknown = 0;
  let participantCount = 0;
  for (const g of groups.participants) {
    const n = check(g.count);
    participantCount += n;
    bump(g.young ? 'U40811' : 'U40812', n);
    if (g.educationLevel === null) educationUnknown += n;
    else bump(EDUCATION_KPIS[g.educationLevel], n);
    bump(withoutWorkKpi(g.monthsWithoutWork), n);
  }
  const participants = participantCount;

  // --- Assemble: counts and the percentages with their denominators.
  const count = (kpi: OutcomeKpiId, n: number): OutcomeKpiValue => ({
    kpi,
    unit: 'count',
    value: n,
    numerator: n,
    denominator: null,
  });
  const share = (kpi: OutcomeKpiId, n: number, of: number): OutcomeKpiValue => ({
    kpi,
    unit: 'percent',
    value: percent(n, of),
    numerator: n,
    denominator: of,
  });
  const of = (kpi: OutcomeKpiId) => counts.get(kpi) ?? 0;

  const kpis = {} as Record<OutcomeKpiId, OutcomeKpiValue>;
  for (const category of KOLADA_EXIT_CATEGORIES) {
    const [countKpi, shareKpi] = EXIT_KPIS[category];
    kpis[countKpi] = count(countKpi, byCategory[category]);
    kpis[shareKpi] = share(shareKpi, byCategory[category], exits);
  }
  // U40455: "börjat arbeta eller studera" — A + B of all exits, from the counts (not the rounded shares).
  kpis.U40455 = share('U40455', byCategory.A + byCategory.B, exits);
  kpis.U40800 = count('U40800', participants);
  kpis.U40803 = count('U40803', referred.size);
  for (const kpi of Object.values(REFERRAL_KPIS)) kpis[kpi] = share(kpi, of(kpi), referrals);
  for (const kpi of ['U40811', 'U40812'] as const) kpis[kpi] = share(kpi, of(kpi), participants);
  for (const kpi of Object.values(EDUCATION_KPIS)) kpis[kpi] = share(kpi, of(kpi), participants);
  for (const kpi of ['U40817', 'U40818', 'U40819', 'U40835'] as const)
    kpis[kpi] = share(kpi, of(kpi), participants);
  for (const kpi of ['U40820', 'U40821', 'U40822', 'U40823'] as const) kpis[kpi] = share(kpi, of(kpi), exits);

  return {
    from,
    to,
    kpis,
    exits: { total: exits, byCategory, byReason, pendingVerification },
    participants: { total: participants, educationUnknown },
    referrals,
  };
}
