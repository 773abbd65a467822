// Calendar dates as 'YYYY-MM-DD' strings: what personnummer encode and what the rest of
// Arbetsbro stores. No Date objects, so no time zone can shift a birth date by a day.

export type IsoDate = string;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parses 'YYYY-MM-DD'; null when the text is not a date that exists. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = { year: Number(y), month: Number(m), day: Number(d) };
  return isValidCalendarDate(date.year, date.month, date.day) ? date : null;
}

/** Like parseIsoDate, but a malformed date is a programming error, not user input. */
export function requireIsoDate(text: string, name: string): CalendarDate {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`${name} must be a date as YYYY-MM-DD`);
  return date;
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// sv-SE formats as YYYY-MM-DD. Built once: constructing a DateTimeFormat costs far more than
// formatting with it, and servers ask for today's date several times per request.
const swedishDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Sweden (Europe/Stockholm), the date personnummer and ages are judged by. */
export function todayInSweden(now: Date): IsoDate {
  return swedishDate.format(now);
}
