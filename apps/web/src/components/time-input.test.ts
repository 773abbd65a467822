import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimeInput, readTimeInput } from './time-input.ts';

const pad = (n: number) => String(n).padStart(2, '0');

describe('parseTimeInput', () => {
  it('reads the ways a time is written in Sweden as HH:MM', () => {
    const cases: Array<[string, string]> = [
      ['9.30', '09:30'],
      ['09:30', '09:30'],
      ['9:30', '09:30'],
      ['09.30', '09:30'],
      ['9,30', '09:30'],
      ['9 30', '09:30'],
      ['kl. 9.30', '09:30'],
      ['Kl 9.30', '09:30'],
      ['klockan 14.05', '14:05'],
      ['930', '09:30'],
      ['0930', '09:30'],
      ['9', '09:00'],
      ['14', '14:00'],
      ['0.00', '00:00'],
      ['23.59', '23:59'],
      [' 9.30\u200B', '09:30'],
      ['９：３０', '09:30'], // full width
    ];
    for (const [text, hhmm] of cases) expect(parseTimeInput(text), text).toEqual({ kind: 'time', hhmm });
  });

  it('refuses times outside the day', () => {
    for (const text of ['25.00', '24:00', '9.75', '2400', '99']) {
      expect(parseTimeInput(text), text).toEqual({ kind: 'invalid', problem: 'impossible' });
    }
  });

  it('refuses what is not a time', () => {
    for (const text of ['halv tio', '9.3', '9.300', '12345', '9:30 pm', '-1', '9.30.00']) {
      expect(parseTimeInput(text), text).toEqual({ kind: 'invalid', problem: 'format' });
    }
  });

  it('is empty for nothing but whitespace', () => {
    expect(parseTimeInput('  ')).toEqual({ kind: 'empty' });
  });

  it('round trip: every time of the day, written with any separator, comes back as HH:MM, and HH:MM stays as it is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('.', ':', ',', ' ', ''),
        fc.boolean(),
        (h, m, separator, padHours) => {
          const hhmm = `${pad(h)}:${pad(m)}`;
          const text = `${padHours ? pad(h) : String(h)}${separator}${pad(m)}`;
          expect(parseTimeInput(text)).toEqual({ kind: 'time', hhmm });
          expect(parseTimeInput(hhmm)).toEqual({ kind: 'time', hhmm });
        },
      ),
    );
  });

  it('never lets an hour above 23 or a minute above 59 through', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (h, m) => {
        const result = parseTimeInput(`${h}.${pad(m)}`);
        if (h <= 23 && m <= 59) expect(result).toEqual({ kind: 'time', hhmm: `${pad(h)}:${pad(m)}` });
        else expect(result).toEqual({ kind: 'invalid', problem: 'impossible' });
      }),
    );
  });
});

describe('readTimeInput', () => {
  it('gives the value to send, or the problem to show', () => {
    expect(readTimeInput('9.30')).toEqual({ value: '09:30', problem: null });
    expect(readTimeInput('')).toEqual({ value: null, problem: null });
    expect(readTimeInput(null, { required: true })).toEqual({ value: null, problem: 'required' });
    expect(readTimeInput('25.00')).toEqual({ value: null, problem: 'impossible' });
  });
});
