import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { municipality, unit } from '../../db/schema/index.ts';

export type UnitRow = typeof unit.$inferSelect;

export const unitRepository = {
  async ensureMunicipality(db: Db, code: string, name: string) {
    await db.insert(municipality).values({ code, name }).onConflictDoNothing();
  },

  list(db: Db, municipalityCode: string) {
    return db.select().from(unit).where(eq(unit.municipalityCode, municipalityCode)).orderBy(asc(unit.name));
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
};
