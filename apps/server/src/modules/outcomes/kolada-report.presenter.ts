// Pure: enrolment rows → Kolada's labour-market KPIs for a year, with "how was this counted" for
// each KPI (which rule, how many exits under each rule). The rules themselves live in
// @arbetsbro/kolada (classify-exit.ts, calculate-outcome-kpis.ts); this file only words them.

import {
  calculateOutcomeKpisByGenderFromGroups,
  type EducationLevel,
  type EmploymentKind,
  type EnrolmentPeriod,
  type ExitCategory,
  type ExitReason,
  exitReasonMessages,
  GENDER_DIVIDED_KPIS,
  type KoladaExitCategory,
  type KoladaGenderCode,
  OUTCOME_KPI_IDS,
  type OutcomeGroups,
  type OutcomeKpiId,
  type ReferralSource,
  type StudyKind,
} from '@arbetsbro/kolada';
import type { OutcomePeriodRow } from './outcomes.repository.ts';

/** Short Swedish names of the unit's KPIs (Kolada's full titles are in the imported definitions). */
export const kpiNames: Record<OutcomeKpiId, string> = {
  U40450: 'A. Börjat arbeta, antal',
  U40451: 'B. Börjat studera, antal',
  U40452: 'C. Överförts till annan myndighet, antal',
  U40453: 'D. Slutförda uppdrag, antal',
  U40454: 'E. Övrigt, antal',
  U40406: 'A. Börjat arbeta, andel (%)',
  U40409: 'B. Börjat studera, andel (%)',
  U40412: 'C. Överförts till annan myndighet, andel (%)',
  U40415: 'D. Slutförda uppdrag, andel (%)',
  U40418: 'E. Övrigt, andel (%)',
  U40455: 'Börjat arbeta eller studera, andel (%)',
  U40800: 'Deltagare, antal',
  U40803: 'Anvisade deltagare, antal',
  U40806: 'Anvisade av Arbetsförmedlingen, andel (%)',
  U40807: 'Anvisade av Försäkringskassan, andel (%)',
  U40808: 'Kommit på eget initiativ, andel (%)',
  U40809: 'Anvisade av socialtjänsten, andel (%)',
  U40810: 'Anvisade av annan instans, andel (%)',
  U40824: 'Anvisade av Arbetsförmedlingen i samverkan med socialtjänsten, andel (%)',
  U40811: '24 år eller yngre, andel (%)',
  U40812: '25 år eller äldre, andel (%)',
  U40813: 'Eftergymnasial utbildning, andel (%)',
  U40814: 'Gymnasial utbildning, andel (%)',
  U40815: 'Högst grundskola, andel (%)',
  U40816: 'Ej fullgjord grundskola, andel (%)',
  U40827: 'Ej validerad utbildning, andel (%)',
  U40817: 'Utan arbete kortare än 6 månader före inskrivning, andel (%)',
  U40818: 'Utan arbete 6–24 månader före inskrivning, andel (%)',
  U40819: 'Utan arbete mer än 24 månader före inskrivning, andel (%)',
  U40835: 'Uppgift saknas om tid utan arbete, andel (%)',
  U40820: 'Avslutade inom 3 månader, andel (%)',
  U40821: 'Avslutade efter 3–6 månader, andel (%)',
  U40822: 'Avslutade efter 6–24 månader, andel (%)',
  U40823: 'Avslutade efter mer än 24 månader, andel (%)',
};

const EXIT_RULE =
  'Avslut med avslutsdatum under perioden. Varje avslut räknas, även om samma person avslutas två gånger.';
const PARTICIPANT_RULE =
  'Personer med en inskrivning som pågick någon gång under perioden; varje person räknas en gång och beskrivs av sin senaste inskrivning.';
const REFERRAL_RULE =
  'Inskrivningar under perioden (inskrivningsdatum = anvisningsdatum), efter vem som anvisade. Samma person kan räknas flera gånger.';
const DURATION_RULE = 'Avslut under perioden, efter tiden från inskrivning till avslut i kalendermånader.';

/** Why each KPI counts what it counts: the rule, in the words of Kolada's definitions. */
export const kpiRules: Record<OutcomeKpiId, string> = {
  U40450: `${EXIT_RULE} Arbete räknas först när anställningen varat en sammanhängande månad; kommunal arbetsmarknadsanställning räknas inte som arbete.`,
  U40451: `${EXIT_RULE} Studier räknas bara när utbildningen ger rätt till studiemedel.`,
  U40452: `${EXIT_RULE} Överförd till annan myndighet.`,
  U40453: `${EXIT_RULE} Slutfört uppdrag.`,
  U40454: `${EXIT_RULE} Allt som inte är A, B, C eller D, även arbete som väntar på uppföljning.`,
  U40406: 'Andel av periodens avslut som är A. Börjat arbeta.',
  U40409: 'Andel av periodens avslut som är B. Börjat studera.',
  U40412: 'Andel av periodens avslut som är C.',
  U40415: 'Andel av periodens avslut som är D.',
  U40418: 'Andel av periodens avslut som är E.',
  U40455: '(A + B) delat med alla avslut under perioden, räknat på antalen (inte på avrundade andelar).',
  U40800: PARTICIPANT_RULE,
  U40803: 'Personer som skrevs in under perioden; varje person räknas en gång.',
  U40806: REFERRAL_RULE,
  U40807: REFERRAL_RULE,
  U40808: REFERRAL_RULE,
  U40809: REFERRAL_RULE,
  U40810: REFERRAL_RULE,
  U40824: `${REFERRAL_RULE} Räknas bara här, inte också under Arbetsförmedlingen eller socialtjänsten.`,
  U40811: `${PARTICIPANT_RULE} Ålder den dag personen först är deltagare under perioden.`,
  U40812: `${PARTICIPANT_RULE} Ålder den dag personen först är deltagare under perioden.`,
  U40813: `${PARTICIPANT_RULE} Deltagare utan registrerad utbildningsnivå ingår i nämnaren.`,
  U40814: `${PARTICIPANT_RULE} Deltagare utan registrerad utbildningsnivå ingår i nämnaren.`,
  U40815: `${PARTICIPANT_RULE} Deltagare utan registrerad utbildningsnivå ingår i nämnaren.`,
  U40816: `${PARTICIPANT_RULE} Deltagare utan registrerad utbildningsnivå ingår i nämnaren.`,
  U40827: `${PARTICIPANT_RULE} Deltagare utan registrerad utbildningsnivå ingår i nämnaren.`,
  U40817: `${PARTICIPANT_RULE} Tid utan arbete före inskrivningen, i månader.`,
  U40818: `${PARTICIPANT_RULE} 6 och 24 månader räknas hit.`,
  U40819: `${PARTICIPANT_RULE} Tid utan arbete före inskrivningen, i månader.`,
  U40835: `${PARTICIPANT_RULE} Tiden utan arbete är inte registrerad.`,
  U40820: DURATION_RULE,
  U40821: DURATION_RULE,
  U40822: DURATION_RULE,
  U40823: DURATION_RULE,
};

const REASON_CATEGORY: Record<ExitReason, KoladaExitCategory> = {
  work_held_one_month: 'A',
  studies_eligible_for_student_finance: 'B',
  transferred_to_other_authority: 'C',
  assignment_completed: 'D',
  work_pending_verification: 'E',
  work_did_not_hold: 'E',
  municipal_labour_market_employment: 'E',
  work_details_missing: 'E',
  studies_not_eligible_for_student_finance: 'E',
  studies_details_missing: 'E',
  other: 'E',
};

const EXIT_KPI_CATEGORIES: Partial<Record<OutcomeKpiId, KoladaExitCategory[]>> = {
  U40450: ['A'],
  U40406: ['A'],
  U40451: ['B'],
  U40409: ['B'],
  U40452: ['C'],
  U40412: ['C'],
  U40453: ['D'],
  U40415: ['D'],
  U40454: ['E'],
  U40418: ['E'],
  U40455: ['A', 'B'],
};

/** A row the database gave → the KPI engine's period (internal ids only). */
export function toEnrolmentPeriod(row: OutcomePeriodRow): EnrolmentPeriod {
  const exit = row.exit_date
    ? {
        exitDate: row.exit_date,
        category: row.exit_category as ExitCategory,
        ...(row.exit_employment_kind && row.exit_employment_start
          ? {
              employment: {
                kind: row.exit_employment_kind as EmploymentKind,
                startDate: row.exit_employment_start,
                heldOneMonth: row.exit_held_one_month,
              },
            }
          : {}),
        ...(row.exit_studies_kind && row.exit_student_finance_eligible !== null
          ? {
              studies: {
                kind: row.exit_studies_kind as StudyKind,
                studentFinanceEligible: row.exit_student_finance_eligible,
              },
            }
          : {}),
      }
    : null;
  return {
    personId: row.participant_id,
    enrolledAt: row.enrolled_at,
    birthDate: row.birth_date,
    referralSource: row.referral_source as ReferralSource,
    educationLevel: row.education_level as EducationLevel | null,
    monthsWithoutWork: row.months_without_work,
    exit,
    gender: row.gender,
  };
}

export interface KpiFigure {
  value: number | null;
  numerator: number;
  denominator: number | null;
}

export interface KoladaReportKpi extends KpiFigure {
  id: OutcomeKpiId;
  name: string;
  unit: 'count' | 'percent';
  /** Women and men, for the KPIs Kolada divides by gender. */
  byGender: { K: KpiFigure; M: KpiFigure } | null;
  /** How it was counted: the rule, and for exit KPIs the exits under each classification rule. */
  rule: string;
  counted: Array<{ label: string; count: number }>;
}

export interface KoladaReport {
  year: number;
  from: string;
  to: string;
  kpis: KoladaReportKpi[];
  exits: { total: number; byCategory: Record<KoladaExitCategory, number>; pendingVerification: number };
  participants: number;
  /** Participants whose gender could not be read from the personnummer (in T only). */
  genderUnknown: number;
}

const figure = (v: { value: number | null; numerator: number; denominator: number | null }): KpiFigure => ({
  value: v.value,
  numerator: v.numerator,
  denominator: v.denominator,
});

/**
 * Kolada's yearly values from the grouped counts per gender (outcomesRepository.outcomeGroups),
 * with "how was this counted" per KPI.
 */
export function presentKoladaReport(
  groups: Record<KoladaGenderCode | 'unknown', OutcomeGroups>,
  year: number,
): KoladaReport {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const report = calculateOutcomeKpisByGenderFromGroups(groups, { from, to });
  const byReason = report.exits.byReason;
  const gendered = new Set<OutcomeKpiId>(GENDER_DIVIDED_KPIS);
  const kpis = OUTCOME_KPI_IDS.map((id): KoladaReportKpi => {
    const value = report.kpis[id];
    const categories = EXIT_KPI_CATEGORIES[id];
    const counted = categories
      ? (Object.entries(byReason) as Array<[ExitReason, number]>)
          .filter(([reason]) => categories.includes(REASON_CATEGORY[reason]))
          .map(([reason, count]) => ({ label: exitReasonMessages[reason], count }))
      : [];
    const k = report.byGender.K[id];
    const m = report.byGender.M[id];
    return {
      id,
      name: kpiNames[id],
      unit: value.unit,
      ...figure(value),
      byGender: gendered.has(id) && k && m ? { K: figure(k), M: figure(m) } : null,
      rule: kpiRules[id],
      counted,
    };
  });
  return {
    year,
    from,
    to,
    kpis,
    exits: {
      total: report.exits.total,
      byCategory: report.exits.byCategory,
      pendingVerification: report.exits.pendingVerification,
    },
    participants: report.participants.total,
    genderUnknown: groups.unknown.participants.reduce((n, g) => n + g.count, 0),
  };
}

/** The report as Kolada's survey takes it: `{ "U40450": 12, "U40455": 51.3, … }` (totals). */
export function koladaValues(report: KoladaReport): Record<string, number | null> {
  return Object.fromEntries(report.kpis.map((k) => [k.id, k.value]));
}
