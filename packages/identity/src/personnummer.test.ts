import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, isValidCalendarDate } from './calendar-date.ts';
import { luhnCheckDigit } from './luhn.ts';
import { formatPersonnummer, parsePersonnummer } from './personnummer.ts';

const today = '2026-11-23';

function parse(input: string, on = today) {
  return parsePersonnummer(input, { today: on });
}

/** Builds the 10 checksummed digits for a date, encoded day and födelsenummer. */
function tenDigits(year: number, month: number, encodedDay: number, serial: number): string {
  const payload = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(encodedDay).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
  return `${payload}${luhnCheckDigit(payload)}`;
}

// A birth date between 1827 and `today`'s year, as numbers.
const birthDateArb = (maxYear: number) =>
  fc
    .record({
      year: fc.integer({ min: 1827, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .filter(({ year, month, day }) => isValidCalendarDate(year, month, day));

describe('parsePersonnummer — examples', () => {
  it('reads the common written forms of one number to the same value', () => {
    for (const form of [
      '811218-9876',
      '8112189876',
      '19811218-9876',
      '198112189876',
      ' 811218-9876 ',
      '811218 9876',
    ]) {
      expect(parse(form)).toEqual({
        ok: true,
        value: {
          normalized: '198112189876',
          kind: 'personnummer',
          birthDate: '1981-12-18',
          fictitious: false,
        },
      });
    }
    expect(parse('640823-3234')).toMatchObject({ ok: true, value: { birthDate: '1964-08-23' } });
  });

  it('reads a samordningsnummer (day + 60) and gives the real birth date', () => {
    expect(parse('701063-2391')).toEqual({
      ok: true,
      value: {
        normalized: '197010632391',
        kind: 'samordningsnummer',
        birthDate: '1970-10-03',
        fictitious: false,
      },
    });
  });

  it('uses + for people in or past the year they turn 100', () => {
    expect(parse('121212+1212')).toMatchObject({
      ok: true,
      value: { normalized: '191212121212', birthDate: '1912-12-12' },
    });
    expect(parse('121212-1212')).toMatchObject({
      ok: true,
      value: { normalized: '201212121212', birthDate: '2012-12-12' },
    });
  });

  it('resolves the century by calendar year, as Skatteverket switches the separator', () => {
    // Turning 100 in 2026 (birthday still to come): '+' already, so '-' means born 2026 — in the future.
    const digits = tenDigits(26, 12, 1, 123);
    expect(parse(`${digits.slice(0, 6)}+${digits.slice(6)}`)).toMatchObject({
      ok: true,
      value: { birthDate: '1926-12-01' },
    });
    expect(parse(`${digits.slice(0, 6)}-${digits.slice(6)}`)).toMatchObject({
      ok: false,
      error: { code: 'future' },
    });
    // Born earlier this year: a baby.
    const baby = tenDigits(26, 1, 15, 123);
    expect(parse(baby)).toMatchObject({ ok: true, value: { birthDate: '2026-01-15' } });
  });

  it('knows leap years per century: 29 February 2000 exists, 1900 does not', () => {
    const d = tenDigits(0, 2, 29, 234);
    expect(parse(d)).toMatchObject({ ok: true, value: { birthDate: '2000-02-29' } });
    expect(parse(`${d.slice(0, 6)}+${d.slice(6)}`)).toMatchObject({
      ok: false,
      error: { code: 'date', message: expect.stringMatching(/^Datumet finns inte/) },
    });
    expect(parse(`19${d}`)).toMatchObject({ ok: false, error: { code: 'date' } });
  });

  it('explains each problem in Swedish without repeating the number', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['', 'empty', /Ange/],
      ['12345', 'format', /10 eller 12 siffror/],
      ['811218--9876', 'format', /10 eller 12 siffror/],
      ['81121-89876', 'format', /10 eller 12 siffror/],
      ['17811218-9876', 'century', /18, 19 eller 20/],
      ['811318-9876', 'date', /Datumet finns inte/],
      ['811200-9876', 'date', /Datumet finns inte/],
      ['811218-9875', 'checksum', /^Kontrollsiffran stämmer inte/],
      [`20${tenDigits(27, 1, 1, 1)}`, 'future', /framtiden/],
    ];
    for (const [input, code, message] of cases) {
      const result = parse(input);
      expect(result, input).toMatchObject({
        ok: false,
        error: { code, message: expect.stringMatching(message) },
      });
      if (!result.ok && input.length > 4) expect(result.error.message).not.toContain(input.slice(0, 6));
    }
  });

  it('can refuse fictitious numbers (födelsenummer 000)', () => {
    const digits = tenDigits(90, 5, 17, 0);
    expect(parse(digits)).toMatchObject({ ok: true, value: { fictitious: true } });
    expect(parsePersonnummer(digits, { today, allowFictitious: false })).toMatchObject({
      ok: false,
      error: { code: 'fictitious' },
    });
  });

  it('answers non-text input with an error instead of throwing', () => {
    expect(parse(12 as unknown as string)).toMatchObject({ ok: false, error: { code: 'format' } });
    expect(parse(undefined as unknown as string)).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('refuses a malformed today (a programming error, not user input)', () => {
    expect(() => parsePersonnummer('811218-9876', { today: '2026-13-01' })).toThrow(RangeError);
  });

  it('formats a normalized number for display', () => {
    expect(formatPersonnummer('198112189876')).toBe('19811218-9876');
    expect(() => formatPersonnummer('8112189876')).toThrow(RangeError);
  });
});

describe('parsePersonnummer — properties', () => {
  const todayArb = birthDateArb(2090)
    .filter(({ year }) => year >= 1990)
    .map(formatIsoDate);

  it('any valid 12-digit number parses to its own birth date, kind and digits', () => {
    fc.assert(
      fc.property(
        birthDateArb(2026),
        fc.integer({ min: 0, max: 999 }),
        fc.boolean(),
        ({ year, month, day }, serial, coordination) => {
          fc.pre(formatIsoDate({ year, month, day }) <= today);
          const digits = `${String(year).slice(0, 2)}${tenDigits(year, month, coordination ? day + 60 : day, serial)}`;
          const result = parse(digits);
          expect(result).toEqual({
            ok: true,
            value: {
              normalized: digits,
              kind: coordination ? 'samordningsnummer' : 'personnummer',
              birthDate: formatIsoDate({ year, month, day }),
              fictitious: serial === 0,
            },
          });
        },
      ),
    );
  });

  it('10-digit forms (with the right separator) and the 12-digit form normalise to the same value', () => {
    fc.assert(
      fc.property(
        todayArb,
        birthDateArb(2090),
        fc.integer({ min: 0, max: 999 }),
        (on, { year, month, day }, serial) => {
          const birth = formatIsoDate({ year, month, day });
          const onYear = Number(on.slice(0, 4));
          fc.pre(birth <= on && year > onYear - 200);
          const ten = tenDigits(year, month, day, serial);
          const twelve = parse(`${String(year).slice(0, 2)}${ten}`, on);
          expect(twelve.ok).toBe(true);
          const short =
            onYear - year >= 100
              ? [`${ten.slice(0, 6)}+${ten.slice(6)}`]
              : [ten, `${ten.slice(0, 6)}-${ten.slice(6)}`];
          for (const form of short) expect(parse(form, on)).toEqual(twelve);
        },
      ),
    );
  });

  it('changing any single checksummed digit makes a valid number invalid (Luhn)', () => {
    fc.assert(
      fc.property(
        birthDateArb(2026),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        ({ year, month, day }, serial, position, delta) => {
          fc.pre(formatIsoDate({ year, month, day }) <= today);
          const ten = tenDigits(year, month, day, serial);
          const changed = `${ten.slice(0, position)}${(Number(ten[position]) + delta) % 10}${ten.slice(position + 1)}`;
          // The century is not part of the checksum, so the change is made in the ten digits.
          expect(parse(`${String(year).slice(0, 2)}${changed}`).ok).toBe(false);
        },
      ),
    );
  });

  it('samordningsnummer days are 61–91 (a real day + 60); 32–60 and 92–99 are no dates', () => {
    fc.assert(
      fc.property(birthDateArb(2026), fc.integer({ min: 1, max: 999 }), ({ year, month, day }, serial) => {
        fc.pre(formatIsoDate({ year, month, day }) <= today);
        const cc = String(year).slice(0, 2);
        const result = parse(`${cc}${tenDigits(year, month, day + 60, serial)}`);
        expect(result).toMatchObject({
          ok: true,
          value: { kind: 'samordningsnummer', birthDate: formatIsoDate({ year, month, day }) },
        });
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2025 }),
        fc.integer({ min: 1, max: 12 }),
        fc.oneof(fc.integer({ min: 32, max: 60 }), fc.integer({ min: 92, max: 99 }), fc.constant(0)),
        fc.integer({ min: 1, max: 999 }),
        (year, month, encodedDay, serial) => {
          const result = parse(`${String(year).slice(0, 2)}${tenDigits(year, month, encodedDay, serial)}`);
          expect(result).toMatchObject({ ok: false, error: { code: 'date' } });
        },
      ),
    );
  });

  it('a samordningsnummer day beyond the month (e.g. 30 February + 60) is no date', () => {
    expect(parse(`19${tenDigits(1999, 2, 90, 123)}`)).toMatchObject({ ok: false, error: { code: 'date' } });
    expect(parse(`19${tenDigits(1999, 4, 91, 123)}`)).toMatchObject({ ok: false, error: { code: 'date' } });
    expect(parse(`19${tenDigits(1999, 5, 91, 123)}`)).toMatchObject({
      ok: true,
      value: { birthDate: '1999-05-31' },
    });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const result = parse(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
