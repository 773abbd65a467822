import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDate, textOrNull, todayIso } from './format.ts';

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) =>
  [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('isIsoDate', () => {
  it('accepts exactly the days that exist in the Gregorian calendar', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2200 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const exists = m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
          expect(isIsoDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`)).toBe(exists);
        },
      ),
    );
  });

  it('refuses other shapes', () => {
    for (const text of ['2026-1-05', '20260105', '2026-01-05T00:00', ' 2026-01-05', '', '05/01/2026']) {
      expect(isIsoDate(text)).toBe(false);
    }
  });
});

describe('dates for people', () => {
  it('gives today as a real YYYY-MM-DD', () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });

  it('writes ISO dates in Swedish and medium dates in English', () => {
    expect(formatDate('2026-11-23', 'sv')).toBe('2026-11-23');
    expect(formatDate('2026-11-23', 'en')).toBe('23 Nov 2026');
    expect(formatDate(null, 'sv')).toBe('');
  });

  it('reads form text as trimmed text or null', () => {
    expect(textOrNull('  Lagerarbetare ')).toBe('Lagerarbetare');
    expect(textOrNull('   ')).toBeNull();
    expect(textOrNull(null)).toBeNull();
  });
});
