import type { UnitRow } from './unit.repository.ts';
import type { UnitView } from './unit.schemas.ts';

export function presentUnit(row: UnitRow, staffCount: number): UnitView {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    minAge: row.minAge,
    maxAge: row.maxAge,
    staffCount,
  };
}
