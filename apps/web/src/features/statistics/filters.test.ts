import { describe, expect, it } from 'vitest';
import { apiQuery, filtersSearch, readFilters, yearOptions } from './filters.ts';

const units = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];

describe('readFilters', () => {
  it('defaults to this year and all the person’s units', () => {
    expect(readFilters('', units, 2026)).toEqual({ year: 2026, unitId: null });
  });

  it('reads a year and one of the person’s units', () => {
    expect(readFilters(`?ar=2024&enhet=${units[1]}`, units, 2026)).toEqual({ year: 2024, unitId: units[1] });
  });

  it('falls back on a year that is not a whole year from 2000 to this year', () => {
    for (const ar of ['1999', '2027', '20x4', '2024.5', '', '02024']) {
      expect(readFilters(`?ar=${ar}`, units, 2026).year).toBe(2026);
    }
  });

  it('ignores a unit the person does not belong to', () => {
    expect(readFilters('?enhet=33333333-3333-4333-8333-333333333333', units, 2026).unitId).toBeNull();
  });
});

describe('filtersSearch', () => {
  it('leaves the defaults out and keeps other parameters', () => {
    expect(filtersSearch('?x=1&ar=2024', { year: 2026, unitId: null }, 2026)).toBe('?x=1');
    expect(filtersSearch('', { year: 2025, unitId: units[0]! }, 2026)).toBe(`?ar=2025&enhet=${units[0]}`);
    expect(filtersSearch('?ar=2025', { year: 2026, unitId: null }, 2026)).toBe('');
  });

  it('reads back what it writes', () => {
    const filters = { year: 2023, unitId: units[1]! };
    expect(readFilters(filtersSearch('', filters, 2026), units, 2026)).toEqual(filters);
  });
});

describe('yearOptions and apiQuery', () => {
  it('lists recent years newest first, and an older year that is shown', () => {
    expect(yearOptions(2026, 2026, 2)).toEqual([2026, 2025, 2024]);
    expect(yearOptions(2010, 2026, 1)).toEqual([2026, 2025, 2010]);
  });

  it('sends unitId only for one unit', () => {
    expect(apiQuery({ year: 2025, unitId: null })).toEqual({ year: 2025 });
    expect(apiQuery({ year: 2025, unitId: 'u' })).toEqual({ year: 2025, unitId: 'u' });
  });
});
