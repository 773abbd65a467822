// Dates as people type and paste them into a form: the field is plain text (not <input
// type="date">), so what was typed stays in the field and is never replaced by today's date or
// dropped when it is not a date. ISO 8601 `YYYY-MM-DD` is the format; the year-month-day order is
// also read with other separators (2025.03.14, 2025/3/14, 2025 03 14, pasted en dashes) and
// without any (20250314), and turned into `YYYY-MM-DD`. Anything else is refused with a reason.

/** What the text in a date field is. */
export type DateInput =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Not in the year-month-day form at all ("14/3", "i morgon"). */
  | { kind: 'invalid'; problem: 'format' }
  /** In the right form but not in the calendar (2025-02-31, 2025-13-01). */
  | { kind: 'invalid'; problem: 'impossible' };

export type DateProblem = 'required' | 'format' | 'impossible';

/** Hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus, small and full-width hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Zero-width space/joiners, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SEPARATED = /^(\d{4})[-./ ]+(\d{1,2})[-./ ]+(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year in the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Reads the text of a date field. */
export function parseDateInput(text: string): DateInput {
  // NFKC turns full-width digits (２０２５) into plain ones; every space variant becomes a space.
  const cleaned = text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return { kind: 'empty' };
  const match = SEPARATED.exec(cleaned) ?? COMPACT.exec(cleaned);
  if (!match) return { kind: 'invalid', problem: 'format' };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { kind: 'invalid', problem: 'impossible' };
  }
  return { kind: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/**
 * A date field's value for the API: the ISO date, null when empty and allowed to be, or the
 * problem to show on the field.
 */
export function readDateInput(
  text: string | null | undefined,
  { required = false }: { required?: boolean } = {},
): { value: string | null; problem: DateProblem | null } {
  const input = parseDateInput(text ?? '');
  if (input.kind === 'date') return { value: input.iso, problem: null };
  if (input.kind === 'empty') return { value: null, problem: required ? 'required' : null };
  return { value: null, problem: input.problem };
}
