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

// One line of `arbetsbro import cases`: one enrolment period. Pure: validation without I/O, so
// that it is tested (and property-tested) without a database.

const date = z
  .string({ message: 'Ange ett datum (ÅÅÅÅ-MM-DD).' })
  .trim()
  .refine((s) => parseIsoDate(s) !== null, 'Datumet finns inte eller har fel form (ÅÅÅÅ-MM-DD).');

export const CaseLine = z
  .object({
    personnummer: z.string({ message: 'Personnummer saknas.' }),
    firstName: z.string({ message: 'Förnamn saknas.' }).trim().min(1, 'Förnamn saknas.').max(100),
    lastName: z.string({ message: 'Efternamn saknas.' }).trim().min(1, 'Efternamn saknas.').max(100),
    unit: z.string({ message: 'Enhet saknas.' }).trim().min(1, 'Enhet saknas.').max(200),
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
    coach: z.string().trim().min(1).max(100).nullable().optional(),
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
    return fail(reasons.join(' '));
  }
  const d = parsed.data;
  const pnr = parsePersonnummer(d.personnummer, { today });
  // The message never repeats the number: reports end up in terminals and logs.
  if (!pnr.ok) return fail(`personnummer: ${pnr.error.message}`);
  const birth = pnr.value.birthDate;
  if (d.enrolledAt > today) return fail('inskrivningsdatum: Datumet ligger i framtiden.');
  if (d.enrolledAt < birth) return fail('inskrivningsdatum: Datumet är före födelsedatum.');
  const implausible = implausibleAgeMessage(birth, d.enrolledAt);
  if (implausible) return fail(`personnummer: ${implausible}`);
  if (d.afRegisteredSince && d.afRegisteredSince > today)
    return fail('afRegisteredSince: Datumet ligger i framtiden.');
  const exit = d.exit;
  if (exit) {
    if (exit.date < d.enrolledAt) return fail('exit.date: Avslutet är före inskrivningen.');
    if (exit.date > today) return fail('exit.date: Avslutsdatum ligger i framtiden.');
    if (exit.category === 'work' && !exit.employment)
      return fail('exit.employment: Ett avslut till arbete behöver uppgifter om anställningen.');
    if (exit.category === 'studies' && !exit.studies)
      return fail('exit.studies: Ett avslut till studier behöver uppgifter om utbildningen.');
    if (exit.category !== 'work' && exit.employment)
      return fail('exit.employment: Anställning anges bara när avslutsorsaken är work.');
    if (exit.category !== 'studies' && exit.studies)
      return fail('exit.studies: Utbildning anges bara när avslutsorsaken är studies.');
    if (exit.employment) {
      if (exit.employment.startDate < d.enrolledAt)
        return fail('exit.employment.startDate: Anställningen började före inskrivningen.');
      if (exit.employment.heldOneMonth === true && addMonth(exit.employment.startDate) > today)
        return fail('exit.employment.heldOneMonth: En månad har inte gått sedan anställningen började.');
    }
  }
  return { ok: true, value: { line, data: d, pnr: pnr.value } };
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
  for (let i = 1; i < periods.length; i++) {
    const prev = periods[i - 1]!;
    const cur = periods[i]!;
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
