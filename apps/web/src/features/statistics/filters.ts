// The Statistik page's filters live in the address (?ar=2025&enhet=…) so that a view can be shared
// and reloaded. Read tolerantly: anything the page cannot use falls back to the default (this year,
// all the person's units) instead of failing.

/** The first year the server answers for (StatisticsQuery: from 2000). */
export const FIRST_YEAR = 2000;

export interface StatisticsFilters {
  year: number;
  /** One of the person's units, or null for all of them. */
  unitId: string | null;
}

/** This year in Sweden. */
export function currentYear(now: Date = new Date()): number {
  return Number(
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(now),
  );
}

/** Reads ?ar= and ?enhet=: a whole year from 2000 to this year, and a unit the person belongs to. */
export function readFilters(
  search: string,
  unitIds: readonly string[],
  thisYear: number = currentYear(),
): StatisticsFilters {
  const params = new URLSearchParams(search);
  const yearText = params.get('ar') ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  const unit = params.get('enhet');
  return {
    year: year >= FIRST_YEAR && year <= thisYear ? year : thisYear,
    unitId: unit !== null && unitIds.includes(unit) ? unit : null,
  };
}

/** The address for these filters: the defaults are left out, other parameters kept. */
export function filtersSearch(
  current: string,
  filters: StatisticsFilters,
  thisYear: number = currentYear(),
): string {
  const params = new URLSearchParams(current);
  if (filters.year === thisYear) params.delete('ar');
  else params.set('ar', String(filters.year));
  if (filters.unitId) params.set('enhet', filters.unitId);
  else params.delete('enhet');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The years to choose from, newest first: this year back to `back` years ago, and the one shown. */
export function yearOptions(shown: number, thisYear: number = currentYear(), back = 6): number[] {
  const years = new Set<number>();
  for (let y = thisYear; y >= Math.max(FIRST_YEAR, thisYear - back); y--) years.add(y);
  years.add(shown);
  return [...years].sort((a, b) => b - a);
}

/** The query for the API: year, and unitId only when one unit is chosen. */
export function apiQuery(filters: StatisticsFilters): { year: number; unitId?: string } {
  return filters.unitId ? { year: filters.year, unitId: filters.unitId } : { year: filters.year };
}
