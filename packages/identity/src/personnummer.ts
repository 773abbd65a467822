// Personnummer and samordningsnummer (Skatteverket, folkbokföringslagen 18 §, 18 a §).
//
//   [CC]YYMMDD[-+]NNNC   CC century (12-digit form), NNN födelsenummer, C Luhn check digit
//
// - Samordningsnummer: the day is the birth day + 60 (61–91).
// - The 10-digit form has no century. The separator tells it: '-' under 100, '+' from the
//   year the person turns 100 ("det år en person fyller 100 år"). So the rule is by calendar
//   year, not by birthday: with '-' the birth year is within the 99 years before this year
//   (or this year), with '+' it is 100–199 years back. Without a separator we assume '-'.
// - The 12-digit form carries the century (18, 19 or 20); the separator is then ignored.
// - Error messages never repeat the number: they end up in logs and on screens.

import {
  type CalendarDate,
  formatIsoDate,
  type IsoDate,
  isValidCalendarDate,
  requireIsoDate,
} from './calendar-date.ts';
import { isLuhnValid } from './luhn.ts';
import { describeCharacter, oddCharacter, plainNumberText } from './number-text.ts';
import type { ParseResult } from './result.ts';

export type PersonnummerKind = 'personnummer' | 'samordningsnummer';

export interface Personnummer {
  /** Twelve digits, YYYYMMDDNNNC: the form to store and compare. */
  normalized: string;
  kind: PersonnummerKind;
  /** The birth date (for a samordningsnummer the day without the +60). */
  birthDate: IsoDate;
  /** True for Arbetsbro's demo numbers (födelsenummer 000, never assigned) — see fictitious.ts. */
  fictitious: boolean;
}

export type PersonnummerErrorCode =
  | 'empty'
  | 'format'
  | 'century'
  | 'date'
  | 'future'
  | 'checksum'
  | 'fictitious'
  | 'character';

export const personnummerMessages: Record<PersonnummerErrorCode, string> = {
  empty: 'Ange ett personnummer eller samordningsnummer.',
  format: 'Personnumret ska ha 10 eller 12 siffror, till exempel ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN.',
  century: 'Ett personnummer med 12 siffror ska börja med 18, 19 eller 20.',
  date: 'Datumet finns inte. Kontrollera födelsedatumet (i ett samordningsnummer är dagen ökad med 60).',
  future: 'Födelsedatumet ligger i framtiden.',
  checksum: 'Kontrollsiffran stämmer inte. Kontrollera att alla siffror är rätt.',
  fictitious: 'Numret är ett påhittat testnummer och tillhör ingen verklig person.',
  character: 'Personnumret innehåller ett tecken som inte hör dit.',
};

export interface ParsePersonnummerOptions {
  /** Today's date in Sweden, YYYY-MM-DD (see todayInSweden): resolves the century. */
  today: IsoDate;
  /** Accept Arbetsbro's fictitious demo numbers (födelsenummer 000). Default true. */
  allowFictitious?: boolean;
}

// 10 or 12 digits, optional separator between date and födelsenummer (a space is read as '-').
const PATTERN = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+ ]?)(\d{3})(\d)$/;

/** The födelsenummer reserved for fictitious numbers; Skatteverket assigns only 001–999. */
export const FICTITIOUS_SERIAL = '000';

function fail(code: PersonnummerErrorCode): ParseResult<never, PersonnummerErrorCode> {
  return { ok: false, error: { code, message: personnummerMessages[code] } };
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The full birth year for a two-digit year, by the separator rule described at the top. */
function resolveYear(yy: number, separator: string, todayYear: number): number {
  const hundredPlus = separator === '+';
  const newest = hundredPlus ? todayYear - 100 : todayYear;
  // The latest year ending in yy that is not after `newest`.
  return newest - ((((newest - yy) % 100) + 100) % 100);
}

export function parsePersonnummer(
  input: string,
  options: ParsePersonnummerOptions,
): ParseResult<Personnummer, PersonnummerErrorCode> {
  const today = requireIsoDate(options.today, 'today');
  // Guard against non-strings from loosely typed callers (JSON, spreadsheets).
  const text = typeof input === 'string' ? plainNumberText(input) : '';
  if (text === '') return fail(typeof input === 'string' || input == null ? 'empty' : 'format');
  const match = PATTERN.exec(text);
  if (!match) {
    const odd = oddCharacter(text);
    if (!odd) return fail('format');
    // Name the character (never the number): "innehåller «/» (U+002F)".
    return {
      ok: false,
      error: {
        code: 'character',
        message: `Personnumret innehåller ${describeCharacter(odd)}, som inte hör till ett personnummer. Skriv det som ÅÅÅÅMMDD-NNNN.`,
      },
    };
  }
  const [, cc, yy, mm, dd, separator = '', serial = '', check = ''] = match;

  let year: number;
  if (cc !== undefined) {
    if (cc !== '18' && cc !== '19' && cc !== '20') return fail('century');
    year = Number(cc + yy);
  } else {
    year = resolveYear(Number(yy), separator, today.year);
  }

  const month = Number(mm);
  const encodedDay = Number(dd);
  const kind: PersonnummerKind = encodedDay > 60 ? 'samordningsnummer' : 'personnummer';
  const day = kind === 'samordningsnummer' ? encodedDay - 60 : encodedDay;
  if (!isValidCalendarDate(year, month, day)) return fail('date');

  const tenDigits = `${yy}${mm}${dd}${serial}${check}`;
  if (!isLuhnValid(tenDigits)) return fail('checksum');

  const birth = { year, month, day };
  if (compareDates(birth, today) > 0) return fail('future');

  const fictitious = serial === FICTITIOUS_SERIAL;
  if (fictitious && options.allowFictitious === false) return fail('fictitious');

  return {
    ok: true,
    value: {
      normalized: `${String(year).slice(0, 2)}${tenDigits}`,
      kind,
      birthDate: formatIsoDate(birth),
      fictitious,
    },
  };
}

/** Display form of a normalized number: YYYYMMDD-NNNN. */
export function formatPersonnummer(normalized: string): string {
  if (!/^\d{12}$/.test(normalized)) throw new RangeError('expected a normalized 12-digit personnummer');
  return `${normalized.slice(0, 8)}-${normalized.slice(8)}`;
}
