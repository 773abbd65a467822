import {
  implausibleAgeMessage,
  type Personnummer,
  parseIsoDate,
  parsePersonnummer,
} from '@arbetsbro/identity';
import {
  EDUCATION_LEVELS,
  EMPLOYMENT_KINDS,
  EXIT_CATEGORIES,
  REFERRAL_SOURCES,
  STUDY_KINDS,
} from '@arbetsbro/kolada';
import { z } from 'zod';
import { inputString } from '../../text/text-schemas.ts';

// One line of `arbetsbro import cases`: one enrolment period. Pure: validation without I/O, so
// that it is tested (and property-tested) without a database.

const date = z
  .string({ message: 'Ange ett datum (ÅÅÅÅ-MM-DD).' })
  .trim()
  .refine((s) => parseIsoDate(s) !== null, 'Datumet finns inte eller har fel form (ÅÅÅÅ-MM-DD).');

export const CaseLine = z
  .object({
    personnummer: z.string({ message: 'Personnummer saknas.' }),
    firstName: inputString().min(1, 'Förnamn saknas.').max(100),
    lastName: inputString().min(1, 'Efternamn saknas.').max(100),
    unit: inputString().min(1, 'Enhet saknas.').max(200),
    enrolledAt: date,
    referralSource: z.enum(REFERRAL_SOURCES, {
      message: `Okänd anvisning. Tillåtna värden: ${REFERRAL_SOURCES.join(', ')}.`,
    }),
    educationLevel: z
      .enum(EDUCATION_LEVELS, {
        message: `Okänd utbildningsnivå. Tillåtna värden: ${EDUCATION_LEVELS.join(', ')}.`,
      })
      .nullable(),
    monthsWithoutWork: z
      .number({ message: 'Månader utan arbete ska vara ett heltal (eller tomt).' })
      .int('Månader utan arbete ska vara ett heltal.')
      .min(0, 'Månader utan arbete kan inte vara negativt.')
      .max(600)
      .nullable(),
    incomeSupport: z.boolean({ message: 'incomeSupport ska vara true eller false.' }),
    afRegisteredSince: date.nullable().optional(),
    /** Optional: username of the coach in Arbetsbro. */
    coach: inputString().min(1).max(100).nullable().optional(),
    exit: z
      .object({
        date,
        category: z.enum(EXIT_CATEGORIES, {
          message: `Okänd avslutsorsak. Tillåtna värden: ${EXIT_CATEGORIES.join(', ')}.`,
        }),
        employment: z
          .object({
            kind: z.enum(EMPLOYMENT_KINDS, {
              message: `Okänd anställningsform. Tillåtna värden: ${EMPLOYMENT_KINDS.join(', ')}.`,
            }),
            startDate: date,
            heldOneMonth: z.boolean().nullable().optional(),
          })
          .nullable()
          .optional(),
        studies: z
          .object({
            kind: z.enum(STUDY_KINDS, {
              message: `Okänd studieform. Tillåtna värden: ${STUDY_KINDS.join(', ')}.`,
            }),
            studentFinanceEligible: z.boolean({
              message: 'studentFinanceEligible ska vara true eller false.',
            }),
          })
          .nullable()
          .optional(),
      })
      .nullable()
      .optional(),
  })
  .strict();
export type CaseLine = z.infer<typeof CaseLine>;

export interface ValidCaseLine {
  line: number;
  data: CaseLine;
  pnr: Personnummer;
}

export type LineResult = { ok: true; value: ValidCaseLine } | { ok: false; line: number; reason: string };

const fieldNames: Record<string, string> = {
  personnummer: 'personnummer',
  firstName: 'förnamn',
  lastName: 'efternamn',
  unit: 'enhet',
  enrolledAt: 'inskrivningsdatum',
};

/** Validates one parsed line (an object from JSONL, or a CSV/XLSX row turned into one). */
export function validateCaseLine(input: unknown, line: number, today: string): LineResult {
  const fail = (reason: string): LineResult => ({ ok: false, line, reason });
  const parsed = CaseLine.safeParse(input);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => {
      const path = i.path.join('.');
      const message = i.code === 'unrecognized_keys' ? `Okända fält: ${i.keys.join(', ')}.` : i.message;
      return path ? `${fieldNames[path] ?? path}: ${message}` : message;
    });
    // One run names every problem of the line: a wrong personnummer too, beside the shape's.
    const raw = (input as { personnummer?: unknown } | null)?.personnummer;
    if (typeof raw === 'string' && !reasons.some((r) => r.startsWith('personnummer:'))) {
      const number = parsePersonnummer(raw, { today });
      if (!number.ok) reasons.unshift(`personnummer: ${number.error.message}`);
    }
    return fail(reasons.join(' '));
  }
  const d = parsed.data;
  const pnr = parsePersonnummer(d.personnummer, { today });
  // The message never repeats the number: reports end up in terminals and logs.
  if (!pnr.ok) return fail(`personnummer: ${pnr.error.message}`);
  const problems = lineProblems(d, pnr.value.birthDate, today);
  if (problems.length > 0) return fail(problems.join(' '));
  return { ok: true, value: { line, data: d, pnr: pnr.value } };
}

/** Every rule of one line beyond its shape, each as "field: message". */
function lineProblems(d: CaseLine, birth: string, today: string): string[] {
  const problems: string[] = [];
  const add = (field: string, message: string) => problems.push(`${field}: ${message}`);
  if (d.enrolledAt > today) add('inskrivningsdatum', 'Datumet ligger i framtiden.');
  if (d.enrolledAt < birth) add('inskrivningsdatum', 'Datumet är före födelsedatum.');
  else {
    const implausible = implausibleAgeMessage(birth, d.enrolledAt);
    if (implausible) add('personnummer', implausible);
  }
  if (d.afRegisteredSince && d.afRegisteredSince > today)
    add('afRegisteredSince', 'Datumet ligger i framtiden.');
  const exit = d.exit;
  if (!exit) return problems;
  if (exit.date < d.enrolledAt) add('exit.date', 'Avslutet är före inskrivningen.');
  if (exit.date > today) add('exit.date', 'Avslutsdatum ligger i framtiden.');
  if (exit.category === 'work' && !exit.employment)
    add('exit.employment', 'Ett avslut till arbete behöver uppgifter om anställningen.');
  if (exit.category === 'studies' && !exit.studies)
    add('exit.studies', 'Ett avslut till studier behöver uppgifter om utbildningen.');
  if (exit.category !== 'work' && exit.employment)
    add('exit.employment', 'Anställning anges bara när avslutsorsaken är work.');
  if (exit.category !== 'studies' && exit.studies)
    add('exit.studies', 'Utbildning anges bara när avslutsorsaken är studies.');
  if (exit.employment) {
    if (exit.employment.startDate < d.enrolledAt)
      add('exit.employment.startDate', 'Anställningen började före inskrivningen.');
    if (exit.employment.heldOneMonth === true && addMonth(exit.employment.startDate) > today)
      add('exit.employment.heldOneMonth', 'En månad har inte gått sedan anställningen började.');
  }
  return problems;
}

function addMonth(iso: string): string {
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m, 1));
  const last = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, last));
  return next.toISOString().slice(0, 10);
}

/**
 * Rules across lines (and against what the database already holds) for one person: at most one
 * open period, and periods that do not overlap. Returns a reason per rejected line.
 */
export function checkPeriods(
  lines: ValidCaseLine[],
  existing: Array<{ enrolledAt: string; exitDate: string | null }>,
): Map<number, string> {
  const rejected = new Map<number, string>();
  const periods = [
    ...existing.map((e) => ({ line: 0, start: e.enrolledAt, end: e.exitDate })),
    ...lines.map((l) => ({ line: l.line, start: l.data.enrolledAt, end: l.data.exit?.date ?? null })),
  ].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.line - b.line));
  // Compare each period with the earlier one that reaches furthest (an open one reaches forever),
  // so that two periods inside a long one are both reported, not only the first.
  let reach = periods[0];
  for (let i = 1; i < periods.length; i++) {
    const prev = reach!;
    const cur = periods[i]!;
    if (prev.end !== null && (cur.end === null || cur.end > prev.end)) reach = cur;
    // A period that starts before (or on the day) the previous one ended overlaps it.
    if (prev.end === null || cur.start < prev.end || (cur.start === prev.start && cur.line !== prev.line)) {
      const victim = cur.line !== 0 ? cur : prev;
      const other = victim === cur ? prev : cur;
      if (victim.line === 0) continue;
      rejected.set(
        victim.line,
        other.line === 0
          ? 'Personen har redan en inskrivning i Arbetsbro som överlappar perioden (eller pågår).'
          : `Perioden överlappar raden ${other.line} för samma person (högst en pågående inskrivning, perioder får inte överlappa).`,
      );
    }
  }
  return rejected;
}
