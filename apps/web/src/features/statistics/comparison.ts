import type { KoladaComparison } from './api/statistics.ts';

type Series = KoladaComparison['series'][number];

/**
 * A comparison series' value in its latest year (the series' `year`): the total (gender "T")
 * where Kolada also gives women and men; null when the series has no value.
 */
export function latestValue(series: Pick<Series, 'year' | 'values'>): number | null {
  if (series.year === null) return null;
  const inYear = series.values.filter((v) => v.year === series.year && v.value !== null);
  return (inYear.find((v) => v.gender === 'T') ?? inYear[0])?.value ?? null;
}
