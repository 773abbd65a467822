// Organisationsnummer: employers' ids (Bolagsverket, Skatteverket; lagen om identitetsbeteckning
// för juridiska personer m.fl.).
//
//   GNXXXX-XXXC   10 digits, Luhn check digit like a personnummer.
//   - Legal persons: the third digit is 2 or more (so it can never be read as a birth month);
//     the first digit is the group (2 state/region/municipality, 5 aktiebolag, 7 ekonomisk
//     förening, 8 ideell förening/stiftelse, 9 handels-/kommanditbolag, …).
//   - Skatteverket's 12-digit form prefixes legal persons with 16 (16NNNNNNNNNN); accepted.
//   - A sole trader (enskild näringsidkare) has no number of its own: Bolagsverket and
//     Skatteverket use the owner's personnummer as the organisationsnummer. We accept it and say
//     so (kind 'sole_trader'); the value is then a personnummer and must be handled as one
//     (personal data, not shown to people who may not see it).

import type { IsoDate } from './calendar-date.ts';
import { isLuhnValid } from './luhn.ts';
import { plainNumberText } from './number-text.ts';
import { type PersonnummerErrorCode, parsePersonnummer } from './personnummer.ts';
import type { ParseResult } from './result.ts';

export interface Organisationsnummer {
  /** Legal person: 10 digits. Sole trader: the owner's normalized 12-digit personnummer. */
  normalized: string;
  kind: 'legal_person' | 'sole_trader';
  /** Display form: NNNNNN-NNNN (a sole trader's as YYMMDD-NNNN, the way Bolagsverket shows it). */
  display: string;
  /** First digit for a legal person (the organisation group); undefined for a sole trader. */
  group?: number;
}

export type OrganisationsnummerErrorCode = 'empty' | 'format' | 'checksum' | PersonnummerErrorCode;

export const organisationsnummerMessages: Partial<Record<OrganisationsnummerErrorCode, string>> = {
  empty: 'Ange ett organisationsnummer.',
  format: 'Organisationsnumret ska ha 10 siffror, till exempel NNNNNN-NNNN.',
  checksum: 'Kontrollsiffran stämmer inte. Kontrollera att alla siffror är rätt.',
};

export interface ParseOrganisationsnummerOptions {
  /** Today's date in Sweden: needed to read a sole trader's 10-digit personnummer. */
  today: IsoDate;
}

const LEGAL_PERSON = /^(?:16)?(\d{6})-?(\d{4})$/;

function fail(code: 'empty' | 'format' | 'checksum'): ParseResult<never, OrganisationsnummerErrorCode> {
  return { ok: false, error: { code, message: organisationsnummerMessages[code]! } };
}

export function parseOrganisationsnummer(
  input: string,
  options: ParseOrganisationsnummerOptions,
): ParseResult<Organisationsnummer, OrganisationsnummerErrorCode> {
  const text = typeof input === 'string' ? plainNumberText(input) : '';
  if (text === '') return fail(typeof input === 'string' || input == null ? 'empty' : 'format');

  const legal = LEGAL_PERSON.exec(text);
  const digits = legal ? `${legal[1]}${legal[2]}` : '';
  // Third digit ≥ 2: a legal person. Otherwise the digits are a date: a sole trader.
  if (legal && Number(digits[2]) >= 2) {
    if (!isLuhnValid(digits)) return fail('checksum');
    return {
      ok: true,
      value: {
        normalized: digits,
        kind: 'legal_person',
        display: `${digits.slice(0, 6)}-${digits.slice(6)}`,
        group: Number(digits[0]),
      },
    };
  }

  const person = parsePersonnummer(text, { today: options.today });
  if (!person.ok) {
    // "Datumet finns inte" would puzzle someone typing a company's number.
    if (person.error.code === 'format') return fail('format');
    return person;
  }
  const n = person.value.normalized;
  return {
    ok: true,
    value: { normalized: n, kind: 'sole_trader', display: `${n.slice(2, 8)}-${n.slice(8)}` },
  };
}
