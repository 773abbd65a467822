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
