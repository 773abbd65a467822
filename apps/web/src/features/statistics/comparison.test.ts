import { describe, expect, it } from 'vitest';
import { latestValue } from './comparison.ts';

const value = (year: number, gender: string, v: number | null) => ({
  year,
  gender,
  value: v,
  count: null,
  source: 'Kolada' as const,
});

describe('latestValue', () => {
  it('takes the total of the series’ latest year', () => {
    expect(
      latestValue({
        year: 2025,
        values: [value(2024, 'T', 39.5), value(2025, 'K', 44), value(2025, 'T', 40.1), value(2025, 'M', 37)],
      }),
    ).toBe(40.1);
  });

  it('is null for a series without values, and takes what there is without a total', () => {
    expect(latestValue({ year: null, values: [] })).toBeNull();
    expect(latestValue({ year: 2025, values: [value(2025, 'T', null), value(2025, 'K', 44)] })).toBe(44);
  });
});
