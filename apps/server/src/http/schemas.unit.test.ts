import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDate, TimeOfDay, text } from './schemas.ts';

describe('shared input schemas', () => {
  it('times as Swedes write them (9.30, 9:30, 09.30) read as HH:MM; impossible times are refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('.', ':'),
        fc.boolean(),
        (h, m, sep, pad) => {
          const written = `${pad ? String(h).padStart(2, '0') : h}${sep}${String(m).padStart(2, '0')}`;
          return TimeOfDay.parse(written) === `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        },
      ),
    );
    for (const bad of ['25.00', '9.60', '930', 'nio']) expect(TimeOfDay.safeParse(bad).success).toBe(false);
  });

  it('ISO dates only; impossible dates refused', () => {
    expect(IsoDate.safeParse('2025-06-01').success).toBe(true);
    for (const bad of ['1/6/2025', '2025-02-30', '2025-6-1', '01-06-2025'])
      expect(IsoDate.safeParse(bad).success, bad).toBe(false);
  });

  it('a required text is NFC, trimmed of invisible characters, and says its limit in Swedish', () => {
    expect(text(10).parse(' \u200bA\u030Asa\u2060 ')).toBe('Åsa');
    expect(text(10).safeParse('\u200b\u2060').success).toBe(false);
    expect(text(3).safeParse('abcd').error?.issues[0]?.message).toBe('Högst 3 tecken.');
  });
});
