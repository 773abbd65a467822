// Fictitious personnummer for demo and test data.
//
// Choice: födelsenummer 000. Skatteverket assigns födelsenummer 001–999 only ("Födelsenumret
// (tre siffror) är något av talen 001 till 999", Skatteverkets rättsliga vägledning; hence
// "499 för kvinnor och 500 för män" per birth date). A number with födelsenummer 000 and a
// correct check digit therefore has the right shape, passes every Luhn check, encodes a real
// birth date — and can never belong to anybody. isFictitious() recognises it by rule, so demo
// data can be told apart (and refused in production with allowFictitious: false).
//
// Rejected alternatives:
// - Födelsenummer 98x/99x "for tests": NOT safe. Until 1990 födelsenummer starting with 9
//   (93–99) were given to people who immigrated; since 1990 födelsenummer are drawn from one
//   national series. Real people hold such numbers.
// - Skatteverket's published testpersonnummer: safe (reserved, never assigned), but they are a
//   fixed list (spread over many födelsenummer) that we would have to ship; it cannot be
//   generated for an arbitrary birth date nor recognised by rule.
//
// Limit: one fictitious personnummer (and one samordningsnummer) per birth date. Demo data
// needing many people must spread birth dates (ages 16–64 give ~17,900 distinct dates).

import { formatIsoDate, type IsoDate, requireIsoDate } from './calendar-date.ts';
import { luhnCheckDigit } from './luhn.ts';
import { FICTITIOUS_SERIAL, type PersonnummerKind } from './personnummer.ts';

/** A source of uniform numbers in [0, 1), like Math.random; pass a seeded one for reproducible data. */
export type Rng = () => number;

export interface FictitiousOptions {
  /** The birth date to encode, YYYY-MM-DD. When absent, one is drawn between minAge and maxAge. */
  birthDate?: IsoDate;
  kind?: PersonnummerKind;
  /** Needed when birthDate is absent: the date ages are counted from. */
  today?: IsoDate;
  /** Age range for a drawn birth date (inclusive); default 16–64, the units' participants. */
  minAge?: number;
  maxAge?: number;
}

const DAY_MS = 86_400_000;

function drawBirthDate(rng: Rng, today: IsoDate, minAge: number, maxAge: number): IsoDate {
  if (!(minAge >= 0 && maxAge >= minAge)) throw new RangeError('need 0 <= minAge <= maxAge');
  const t = requireIsoDate(today, 'today');
  // Born after today minus (maxAge + 1) years and on or before today minus minAge years.
  const earliest = Date.UTC(t.year - maxAge - 1, t.month - 1, t.day) + DAY_MS;
  const latest = Date.UTC(t.year - minAge, t.month - 1, t.day);
  const days = Math.round((latest - earliest) / DAY_MS);
  const picked = new Date(earliest + Math.floor(rng() * (days + 1)) * DAY_MS);
  return formatIsoDate({
    year: picked.getUTCFullYear(),
    month: picked.getUTCMonth() + 1,
    day: picked.getUTCDate(),
  });
}

/** A fictitious number in normalized 12-digit form (YYYYMMDD000C). */
export function fictitiousPersonnummer(rng: Rng, options: FictitiousOptions = {}): string {
  let birthDate = options.birthDate;
  if (birthDate === undefined) {
    if (options.today === undefined) throw new RangeError('give birthDate or today');
    birthDate = drawBirthDate(rng, options.today, options.minAge ?? 16, options.maxAge ?? 64);
  }
  const birth = requireIsoDate(birthDate, 'birthDate');
  if (birth.year < 1800 || birth.year > 2099) throw new RangeError('birthDate must be in 1800–2099');
  const day = options.kind === 'samordningsnummer' ? birth.day + 60 : birth.day;
  const payload = `${String(birth.year).slice(2)}${String(birth.month).padStart(2, '0')}${String(day).padStart(2, '0')}${FICTITIOUS_SERIAL}`;
  return `${String(birth.year).slice(0, 2)}${payload}${luhnCheckDigit(payload)}`;
}

/** True when the number (any accepted form) has the fictitious födelsenummer 000. */
export function isFictitious(input: string): boolean {
  if (typeof input !== 'string') return false;
  const digits = input.trim().replace(/[-+ ]/, '');
  return /^(\d{2})?\d{6}\d{4}$/.test(digits) && digits.slice(-4, -1) === FICTITIOUS_SERIAL;
}
