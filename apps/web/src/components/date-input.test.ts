import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, parseDateInput, readDateInput } from './date-input.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

describe('parseDateInput', () => {
  it('reads 31 February and the 13th month as dates that do not exist, and keeps no value', () => {
    expect(parseDateInput('2025-02-31')).toEqual({ kind: 'invalid', problem: 'impossible' });
    expect(parseDateInput('2024-02-30')).toEqual({ kind: 'invalid', problem: 'impossible' });
    expect(parseDateInput('2025-13-01')).toEqual({ kind: 'invalid', problem: 'impossible' });
    expect(parseDateInput('2025-04-31')).toEqual({ kind: 'invalid', problem: 'impossible' });
    expect(parseDateInput('2025-00-10')).toEqual({ kind: 'invalid', problem: 'impossible' });
    expect(parseDateInput('2025-01-00')).toEqual({ kind: 'invalid', problem: 'impossible' });
  });

  it('accepts 29 February only in leap years (1900 is not one, 2000 is)', () => {
    expect(parseDateInput('2024-02-29')).toEqual({ kind: 'date', iso: '2024-02-29' });
    expect(parseDateInput('2000-02-29')).toEqual({ kind: 'date', iso: '2000-02-29' });
    expect(parseDateInput('1900-02-29')).toEqual({ kind: 'invalid', problem: 'impossible' });
    expect(parseDateInput('2025-02-29')).toEqual({ kind: 'invalid', problem: 'impossible' });
  });

  it('reads the year-month-day order as typed and pasted: other separators, no separator, dashes, odd spaces', () => {
    for (const text of [
      '2025-03-14',
      ' 2025-03-14 ',
      '2025-3-14',
      '2025.03.14',
      '2025/03/14',
      '2025 03 14',
      '20250314',
      '2025\u201303\u201314', // en dash
      '2025\u221203\u221214', // minus sign
      '\u200B2025-03-14\uFEFF',
      '２０２５－０３－１４', // full width
      '2025-03-14\u00A0',
    ]) {
      expect(parseDateInput(text), text).toEqual({ kind: 'date', iso: '2025-03-14' });
    }
  });

  it('refuses what is not written year first', () => {
    for (const text of [
      '14/3 2025',
      '14-03-2025',
      '25-03-14',
      'i morgon',
      '2025-03',
      '2025-03-14T10:00',
      '2025--03-14x',
    ]) {
      expect(parseDateInput(text), text).toEqual({ kind: 'invalid', problem: 'format' });
    }
  });

  it('is empty for nothing but whitespace and invisible characters', () => {
    expect(parseDateInput('')).toEqual({ kind: 'empty' });
    expect(parseDateInput('  \u200B ')).toEqual({ kind: 'empty' });
  });

  it('accepts exactly the days of the Gregorian calendar, and gives them back as YYYY-MM-DD', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.constantFrom('-', '.', '/', ' ', '\u2013'),
        fc.boolean(),
        (y, m, d, separator, padded) => {
          const exists = m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
          const text = [pad(y, 4), padded ? pad(m) : String(m), padded ? pad(d) : String(d)].join(separator);
          const result = parseDateInput(text);
          if (exists) expect(result).toEqual({ kind: 'date', iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}` });
          else expect(result).toEqual({ kind: 'invalid', problem: 'impossible' });
        },
      ),
    );
  });

  it('gives an ISO date back unchanged (normalising twice changes nothing)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(parseDateInput(iso)).toEqual({ kind: 'date', iso });
        },
      ),
    );
  });

  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    for (const y of [1600, 1700, 2000, 2024, 2100]) expect(daysInMonth(y, 2)).toBe(leap(y) ? 29 : 28);
  });
});

describe('readDateInput', () => {
  it('gives the value to send, or the problem to show', () => {
    expect(readDateInput('2025-3-4')).toEqual({ value: '2025-03-04', problem: null });
    expect(readDateInput('')).toEqual({ value: null, problem: null });
    expect(readDateInput(null, { required: true })).toEqual({ value: null, problem: 'required' });
    expect(readDateInput('2025-02-31', { required: true })).toEqual({ value: null, problem: 'impossible' });
    expect(readDateInput('31/2')).toEqual({ value: null, problem: 'format' });
  });
});
