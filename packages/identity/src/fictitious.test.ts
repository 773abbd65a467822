import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAt } from './age.ts';
import { formatIsoDate, isValidCalendarDate } from './calendar-date.ts';
import { fictitiousPersonnummer, isFictitious } from './fictitious.ts';
import { luhnCheckDigit } from './luhn.ts';
import { parsePersonnummer } from './personnummer.ts';

const today = '2026-11-23';

/** A small seeded generator (mulberry32), so failures can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const birthDateArb = fc
  .record({
    year: fc.integer({ min: 1830, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => isValidCalendarDate(year, month, day))
  .map(formatIsoDate)
  .filter((date) => date <= today);

describe('fictitiousPersonnummer', () => {
  it('every generated number parses back to the same birth date and kind, and is recognised as fictitious', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        birthDateArb,
        fc.constantFrom('personnummer', 'samordningsnummer' as const),
        (seed, birthDate, kind) => {
          const number = fictitiousPersonnummer(seeded(seed), { birthDate, kind });
          expect(number).toMatch(/^\d{8}000\d$/);
          expect(parsePersonnummer(number, { today })).toEqual({
            ok: true,
            value: { normalized: number, kind, birthDate, fictitious: true },
          });
          // The short forms carry the same number.
          const short = number.slice(2);
          // '+' from the calendar year the person turns 100.
          const hundredPlus = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4)) >= 100;
          const form = hundredPlus ? `${short.slice(0, 6)}+${short.slice(6)}` : short;
          expect(parsePersonnummer(form, { today })).toMatchObject({
            ok: true,
            value: { normalized: number },
          });
          expect(isFictitious(number)).toBe(true);
        },
      ),
    );
  });

  it('draws birth dates within the age range when none is given', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 0, max: 30 }),
        (seed, minAge, span) => {
          const number = fictitiousPersonnummer(seeded(seed), { today, minAge, maxAge: minAge + span });
          const parsed = parsePersonnummer(number, { today });
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const age = ageAt(parsed.value.birthDate, today);
          expect(age).toBeGreaterThanOrEqual(minAge);
          expect(age).toBeLessThanOrEqual(minAge + span);
        },
      ),
    );
  });

  it('gives reproducible numbers for a seed and varied ones across seeds', () => {
    const a = Array.from(
      { length: 50 },
      (
        (rng) => () =>
          fictitiousPersonnummer(rng, { today })
      )(seeded(7)),
    );
    const b = Array.from(
      { length: 50 },
      (
        (rng) => () =>
          fictitiousPersonnummer(rng, { today })
      )(seeded(7)),
    );
    expect(a).toEqual(b);
    expect(new Set(a).size).toBeGreaterThan(40);
  });

  it('needs a birth date or today', () => {
    expect(() => fictitiousPersonnummer(seeded(1))).toThrow(RangeError);
    expect(() => fictitiousPersonnummer(seeded(1), { birthDate: '2001-02-29' })).toThrow(RangeError);
  });
});

describe('isFictitious', () => {
  it('is false for every number with a födelsenummer Skatteverket assigns (001–999)', () => {
    fc.assert(
      fc.property(birthDateArb, fc.integer({ min: 1, max: 999 }), (birthDate, serial) => {
        const payload = `${birthDate.slice(2).replaceAll('-', '')}${String(serial).padStart(3, '0')}`;
        const ten = `${payload}${luhnCheckDigit(payload)}`;
        expect(isFictitious(ten)).toBe(false);
        expect(isFictitious(`${birthDate.slice(0, 2)}${ten}`)).toBe(false);
        expect(isFictitious(`${ten.slice(0, 6)}-${ten.slice(6)}`)).toBe(false);
      }),
    );
  });

  it('is false for text that is no number', () => {
    expect(isFictitious('')).toBe(false);
    expect(isFictitious('0000')).toBe(false);
    expect(isFictitious('abcdef-0000')).toBe(false);
  });
});
