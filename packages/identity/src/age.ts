import { type IsoDate, requireIsoDate } from './calendar-date.ts';

/**
 * Age in completed years on `date`. Someone born on 29 February becomes a year older on
 * 1 March in a non-leap year (the birthday has not been reached on 28 February).
 */
export function ageAt(birthDate: IsoDate, date: IsoDate): number {
  const birth = requireIsoDate(birthDate, 'birthDate');
  const on = requireIsoDate(date, 'date');
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  const age = on.year - birth.year - (beforeBirthday ? 1 : 0);
  if (age < 0) throw new RangeError('date is before birthDate');
  return age;
}

/**
 * The ages a municipal labour-market unit serves, in completed years: from 15 (the end of
 * compulsory school; the municipal activity responsibility starts at 16) to 70 (past the
 * pension age the right to stay in employment ends at 69, LAS 32 a §). Outside it a birth date is
 * almost certainly a mistyped century or a wrong `+` separator.
 */
export const LABOUR_MARKET_AGES = { min: 15, max: 70 } as const;

/**
 * A message when the age on `date` lies outside LABOUR_MARKET_AGES, else null. The message says
 * the age and why, never the number.
 */
export function implausibleAgeMessage(birthDate: IsoDate, date: IsoDate): string | null {
  const age = ageAt(birthDate, date);
  if (age >= LABOUR_MARKET_AGES.min && age <= LABOUR_MARKET_AGES.max) return null;
  const range = `${LABOUR_MARKET_AGES.min}–${LABOUR_MARKET_AGES.max} år`;
  return age > LABOUR_MARKET_AGES.max
    ? `Personen skulle vara ${age} år, vilket arbetsmarknadsenheten inte tar emot (${range}). Kontrollera århundradet och skiljetecknet (+ betyder 100 år eller äldre).`
    : `Personen skulle vara ${age} år, vilket arbetsmarknadsenheten inte tar emot (${range}). Kontrollera födelsedatumet.`;
}
