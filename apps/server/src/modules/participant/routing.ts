import type { UnitRow } from '../unit/index.ts';

/**
 * Age routing at intake: the unit whose configured age range holds the age (Framtidscentrum 16–24,
 * Jobbcentrum 25+). The narrowest fitting range wins; units without a range never match by age.
 */
export function routeByAge(units: readonly UnitRow[], age: number): UnitRow | undefined {
  const fitting = units.filter(
    (u) => (u.minAge !== null || u.maxAge !== null) && (u.minAge ?? 0) <= age && age <= (u.maxAge ?? 200),
  );
  const width = (u: UnitRow) => (u.maxAge ?? 200) - (u.minAge ?? 0);
  return fitting.sort((a, b) => width(a) - width(b) || a.name.localeCompare(b.name, 'sv'))[0];
}
