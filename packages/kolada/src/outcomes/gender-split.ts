// Kolada splits some of the unit's KPIs by legal gender (T/K/M); which ones is `is_divided_by_gender`
// in kpis-labour-market.json. The split values are the same KPI computed over the women's and the
// men's periods only: "andel (%) av de kvinnor som avslutats", not a share of all exits.

import {
  calculateOutcomeKpis,
  calculateOutcomeKpisFromGroups,
  type OutcomeGroups,
  type OutcomeKpiId,
  type OutcomeKpiReport,
  type OutcomeKpiValue,
} from './calculate-outcome-kpis.ts';
import type { IsoDate } from './calendar.ts';
import type { EnrolmentPeriod, KoladaGenderCode } from './types.ts';

/** The outcome KPIs Kolada divides by gender (kpis-labour-market.json: is_divided_by_gender = 1). */
export const GENDER_DIVIDED_KPIS: readonly OutcomeKpiId[] = [
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
  'U40800',
  'U40803',
];

export interface GenderSplitReport extends OutcomeKpiReport {
  /** K and M values of the gender-divided KPIs; people of unknown gender are only in the total. */
  byGender: Record<KoladaGenderCode, Partial<Record<OutcomeKpiId, OutcomeKpiValue>>>;
}

/**
 * `calculateOutcomeKpis` for the total (T) and, for the KPIs Kolada divides by gender, for women (K)
 * and men (M). Throws RangeError like calculateOutcomeKpis.
 */
export function calculateOutcomeKpisByGender(
  periods: readonly EnrolmentPeriod[],
  range: { from: IsoDate; to: IsoDate },
): GenderSplitReport {
  const total = calculateOutcomeKpis(periods, range);
  const split = (gender: KoladaGenderCode) => {
    const report = calculateOutcomeKpis(
      periods.filter((p) => p.gender === gender),
      range,
    );
    return Object.fromEntries(GENDER_DIVIDED_KPIS.map((id) => [id, report.kpis[id]]));
  };
  return { ...total, byGender: { K: split('K'), M: split('M') } };
}

/**
 * The same from grouped counts per gender (a database's GROUP BY with gender as a key); people of
 * unknown gender in `unknown`. The total is the three together (a person has one gender).
 */
export function calculateOutcomeKpisByGenderFromGroups(
  groups: Record<KoladaGenderCode | 'unknown', OutcomeGroups>,
  range: { from: IsoDate; to: IsoDate },
): GenderSplitReport {
  const parts = [groups.K, groups.M, groups.unknown];
  const total = calculateOutcomeKpisFromGroups(
    {
      exits: parts.flatMap((g) => g.exits),
      referrals: parts.flatMap((g) => g.referrals),
      referredPersons: parts.reduce((n, g) => n + g.referredPersons, 0),
      participants: parts.flatMap((g) => g.participants),
    },
    range,
  );
  const split = (gender: KoladaGenderCode) => {
    const report = calculateOutcomeKpisFromGroups(groups[gender], range);
    return Object.fromEntries(GENDER_DIVIDED_KPIS.map((id) => [id, report.kpis[id]]));
  };
  return { ...total, byGender: { K: split('K'), M: split('M') } };
}

/**
 * Legal gender from a personnummer or samordningsnummer (10 or 12 digits, YYMMDDNNNC or
 * YYYYMMDDNNNC): the second-to-last digit is odd for men, even for women (Skatteverket, SKV 704).
 * Null for anything else, and for the fictitious födelsenummer 000 of demo and test data, which
 * Skatteverket never assigns and which therefore carries no gender.
 */
export function legalGenderOf(personnummer: string): KoladaGenderCode | null {
  const digits = personnummer.replace(/\D/g, '');
  if (digits.length !== 10 && digits.length !== 12) return null;
  if (digits.slice(-4, -1) === '000') return null;
  const digit = Number(digits[digits.length - 2]);
  return digit % 2 === 1 ? 'M' : 'K';
}
