import { describe, expect, it } from 'vitest';
import { formatMonth, formatPercent, formatValue, parseTarget, survivalAt } from './format.ts';

describe('Swedish figures', () => {
  it('writes shares as Swedish reports do', () => {
    expect(formatPercent(22.2, 'sv')).toBe('22,2\u00a0%');
    expect(formatPercent(100, 'sv')).toBe('100\u00a0%');
    expect(formatValue(35.7, 'percent', 'sv')).toBe('35,7\u00a0%');
    expect(formatValue(1234, 'count', 'sv')).toBe('1\u00a0234');
  });

  it('names months', () => {
    expect(formatMonth('2026-03', 'sv')).toBe('mars');
    expect(formatMonth('2026-01', 'sv', 'short')).toBe('jan');
  });
});

describe('parseTarget', () => {
  it('reads a decimal comma or point', () => {
    expect(parseTarget('40,5')).toBe(40.5);
    expect(parseTarget(' 45 ')).toBe(45);
    expect(parseTarget('0.25')).toBe(0.25);
  });

  it('refuses what is not a number from 0', () => {
    for (const text of ['', '-3', 'fyrtio', '4,5,6', '40 %']) expect(parseTarget(text)).toBeNull();
  });
});

describe('survivalAt', () => {
  const steps = [
    { days: 0, survival: 1 },
    { days: 30, survival: 0.8 },
    { days: 200, survival: 0.5 },
  ];

  it('reads the step in force on a day, and nothing beyond the curve', () => {
    expect(survivalAt(steps, 0)).toBe(1);
    expect(survivalAt(steps, 29)).toBe(1);
    expect(survivalAt(steps, 90)).toBe(0.8);
    expect(survivalAt(steps, 200)).toBe(0.5);
    expect(survivalAt(steps, 365)).toBeNull();
    expect(survivalAt([], 10)).toBeNull();
  });
});
