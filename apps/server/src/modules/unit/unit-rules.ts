import type { FieldError } from '../../http/problem.ts';
import { problems } from '../../http/problem.ts';
import type { UnitRow } from './unit.repository.ts';

/** How a range reads: "16–24 år", "25 år och äldre", "till och med 24 år". */
export function describeAgeRange(minAge: number | null, maxAge: number | null): string {
  if (minAge !== null && maxAge !== null) return `${minAge}–${maxAge} år`;
  if (minAge !== null) return `${minAge} år och äldre`;
  if (maxAge !== null) return `till och med ${maxAge} år`;
  return 'ingen åldersgräns';
}

/**
 * The rules for a unit's name and age range among the municipality's other units: a unique name,
 * min ≤ max, and no age that two units' ranges both hold (intake routing must know where a person
 * belongs). Throws a 400 with the field that is wrong.
 */
export function checkUnit(
  others: readonly UnitRow[],
  next: { name: string; minAge: number | null; maxAge: number | null },
  /** The age field the person changed (an overlap is shown there); else the lower bound if set. */
  changedAge?: 'minAge' | 'maxAge',
) {
  const errors: FieldError[] = [];
  const sameName = others.find((u) => u.name.trim().toLowerCase() === next.name.trim().toLowerCase());
  if (sameName)
    errors.push({ path: 'name', message: `Det finns redan en enhet som heter ${sameName.name}.` });
  if (next.minAge !== null && next.maxAge !== null && next.minAge > next.maxAge) {
    errors.push({ path: 'maxAge', message: 'Den högsta åldern kan inte vara lägre än den lägsta.' });
  } else if (next.minAge !== null || next.maxAge !== null) {
    const lo = next.minAge ?? 0;
    const hi = next.maxAge ?? 200;
    const overlap = others.find(
      (u) => (u.minAge !== null || u.maxAge !== null) && (u.minAge ?? 0) <= hi && lo <= (u.maxAge ?? 200),
    );
    if (overlap) {
      errors.push({
        path: changedAge ?? (next.minAge !== null ? 'minAge' : 'maxAge'),
        message: `Åldrarna överlappar ${overlap.name} (${describeAgeRange(overlap.minAge, overlap.maxAge)}). Varje ålder kan bara höra till en enhet: ändra den andra enhetens åldrar först.`,
      });
    }
  }
  if (errors.length > 0) throw problems.invalid(errors);
}
