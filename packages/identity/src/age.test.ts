import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAt } from './age.ts';
import { formatIsoDate, isValidCalendarDate, todayInSweden } from './calendar-date.ts';

const dateArb = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => isValidCalendarDate(year, month, day));

describe('ageAt', () => {
  it('counts completed years', () => {
    expect(ageAt('2002-06-15', '2026-06-14')).toBe(23);
    expect(ageAt('2002-06-15', '2026-06-15')).toBe(24);
    expect(ageAt('2001-11-24', '2026-11-23')).toBe(24);
    expect(ageAt('2001-11-23', '2026-11-23')).toBe(25);
  });

  it('makes someone born on 29 February a year older on 1 March in other years', () => {
    expect(ageAt('2004-02-29', '2025-02-28')).toBe(20);
    expect(ageAt('2004-02-29', '2025-03-01')).toBe(21);
    expect(ageAt('2004-02-29', '2028-02-29')).toBe(24);
  });

  it('refuses dates before the birth and malformed dates', () => {
    expect(() => ageAt('2004-02-29', '2004-02-28')).toThrow(RangeError);
    expect(() => ageAt('2004-02-30', '2020-01-01')).toThrow(RangeError);
  });

  it('is n on the n-th birthday and n-1 the day before (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 120 }), ({ year, month, day }, n) => {
        fc.pre(!(month === 2 && day === 29));
        const birth = formatIsoDate({ year, month, day });
        const birthday = formatIsoDate({ year: year + n, month, day });
        const dayBefore =
          day > 1
            ? formatIsoDate({ year: year + n, month, day: day - 1 })
            : formatIsoDate({
                year: year + n - (month === 1 ? 1 : 0),
                month: month === 1 ? 12 : month - 1,
                day: 28,
              });
        expect(ageAt(birth, birthday)).toBe(n);
        expect(ageAt(birth, dayBefore)).toBe(n - 1);
      }),
    );
  });

  it('never decreases as the date moves on (property)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (b, x, y) => {
        const [birth, d1, d2] = [b, x, y].map(formatIsoDate).sort() as [string, string, string];
        expect(ageAt(birth, d1)).toBeLessThanOrEqual(ageAt(birth, d2));
      }),
    );
  });
});

describe('todayInSweden', () => {
  it('uses the Swedish calendar date, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Stockholm (UTC+1).
    expect(todayInSweden(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    // Summer time (UTC+2).
    expect(todayInSweden(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInSweden(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});
