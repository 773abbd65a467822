import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { municipality, staffUnit, unit } from '../../db/schema/index.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type UnitRow = typeof unit.$inferSelect;

export const unitRepository = {
  async ensureMunicipality(db: Db, code: string, name: string) {
    await db.insert(municipality).values({ code, name }).onConflictDoNothing();
  },

  list(db: Db, municipalityCode: string) {
    return db.select().from(unit).where(eq(unit.municipalityCode, municipalityCode)).orderBy(asc(unit.name));
  },

  async find(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select()
      .from(unit)
      .where(and(eq(unit.municipalityCode, municipalityCode), eq(unit.id, id)));
    return row;
  },

  async findByName(db: Db, municipalityCode: string, name: string) {
    const [row] = await db
      .select()
      .from(unit)
      .where(
        and(
          eq(unit.municipalityCode, municipalityCode),
          eq(sql`lower(${unit.name})`, name.trim().toLowerCase()),
        ),
      );
    return row;
  },

  async insert(db: Db, row: typeof unit.$inferInsert) {
    const [created] = await db.insert(unit).values(row).returning();
    return created!;
  },

  /** Name and age range (optimistic: undefined when `version` is stale). */
  update(
    db: Db,
    key: { municipalityCode: string; id: string; version: number },
    values: Partial<Pick<UnitRow, 'name' | 'minAge' | 'maxAge'>>,
  ) {
    return updateVersioned(db, unit, key, values);
  },

  /** How many accounts each unit has (for the administrator's list). */
  async staffCounts(db: Db, municipalityCode: string): Promise<Map<string, number>> {
    const rows = await db
      .select({ unitId: staffUnit.unitId, n: sql<number>`count(*)::int` })
      .from(staffUnit)
      .where(eq(staffUnit.municipalityCode, municipalityCode))
      .groupBy(staffUnit.unitId);
    return new Map(rows.map((r) => [r.unitId, Number(r.n)]));
  },

  /** Serialises the municipality's unit edits (names and age ranges are checked across units). */
  async lockMunicipality(db: Db, municipalityCode: string) {
    await db
      .select({ code: municipality.code })
      .from(municipality)
      .where(eq(municipality.code, municipalityCode))
      .for('update');
  },
};
