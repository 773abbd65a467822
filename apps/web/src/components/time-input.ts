// Times of day as people write them in Sweden: "9.30", "09:30", "kl. 9.30", "930", "9" — all read
// and sent as `HH:MM` (the API's form). "25.00" or "9.75" is a time that does not exist, and
// anything else is not a time; both are refused on the field.

export type TimeInput =
  | { kind: 'empty' }
  | { kind: 'time'; hhmm: string }
  /** Not written as hours and minutes at all. */
  | { kind: 'invalid'; problem: 'format' }
  /** Hours and minutes, but outside the day (25.00, 9.75, 24:00). */
  | { kind: 'invalid'; problem: 'impossible' };

export type TimeProblem = 'required' | 'format' | 'impossible';

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** "9.30", "9:30", "9,30", "9 30", "9h30" (hours 1–2 digits, minutes 2 digits). */
const SEPARATED = /^(\d{1,2})\s*[.:,h ]\s*(\d{2})$/;
/** "930", "0930" (3–4 digits), or hours alone: "9", "14". */
const COMPACT = /^(\d{1,2}?)(\d{2})$/;
const HOURS_ONLY = /^(\d{1,2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads the text of a time field. */
export function parseTimeInput(text: string): TimeInput {
  const cleaned = text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim()
    // "kl. 9.30", "klockan 9.30"
    .replace(/^(kl(ockan)?\.?)\s*/i, '');
  if (cleaned === '') return { kind: 'empty' };
  let hours: number;
  let minutes: number;
  const separated = SEPARATED.exec(cleaned);
  const hoursOnly = HOURS_ONLY.exec(cleaned);
  const compact = COMPACT.exec(cleaned);
  if (separated) {
    hours = Number(separated[1]);
    minutes = Number(separated[2]);
  } else if (hoursOnly) {
    hours = Number(hoursOnly[1]);
    minutes = 0;
  } else if (compact && compact[1] !== '') {
    hours = Number(compact[1]);
    minutes = Number(compact[2]);
  } else {
    return { kind: 'invalid', problem: 'format' };
  }
  if (hours > 23 || minutes > 59) return { kind: 'invalid', problem: 'impossible' };
  return { kind: 'time', hhmm: `${pad(hours)}:${pad(minutes)}` };
}

/** A time field's value for the API: `HH:MM`, null when empty and allowed to be, or the problem. */
export function readTimeInput(
  text: string | null | undefined,
  { required = false }: { required?: boolean } = {},
): { value: string | null; problem: TimeProblem | null } {
  const input = parseTimeInput(text ?? '');
  if (input.kind === 'time') return { value: input.hhmm, problem: null };
  if (input.kind === 'empty') return { value: null, problem: required ? 'required' : null };
  return { value: null, problem: input.problem };
}
