import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { staffUnit, staffUser } from '../../db/schema/index.ts';

/** Active coaches of the given units (who a participant can be assigned to). */
export function coachesOfUnits(db: Db, municipalityCode: string, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .select({ unitId: staffUnit.unitId, id: staffUser.id, displayName: staffUser.displayName })
    .from(staffUnit)
    .innerJoin(
      staffUser,
      and(eq(staffUser.municipalityCode, staffUnit.municipalityCode), eq(staffUser.id, staffUnit.staffId)),
    )
    .where(
      and(
        eq(staffUnit.municipalityCode, municipalityCode),
        inArray(staffUnit.unitId, unitIds),
        eq(staffUser.role, 'coach'),
        eq(staffUser.active, true),
      ),
    )
    .orderBy(asc(staffUser.displayName));
}

export async function isCoachOfUnit(db: Db, municipalityCode: string, staffId: string, unitId: string) {
  const rows = await coachesOfUnits(db, municipalityCode, [unitId]);
  return rows.some((r) => r.id === staffId);
}
