import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type StaffRole, staffUnit, staffUser } from '../../db/schema/index.ts';

export type StaffRow = typeof staffUser.$inferSelect;

export const staffRepository = {
  async findByUsername(db: Db, username: string) {
    const [row] = await db
      .select()
      .from(staffUser)
      .where(eq(sql`lower(${staffUser.username})`, username.toLowerCase()));
    return row;
  },

  async findById(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select()
      .from(staffUser)
      .where(and(eq(staffUser.municipalityCode, municipalityCode), eq(staffUser.id, id)));
    return row;
  },

  async insert(db: Db, row: typeof staffUser.$inferInsert, unitIds: string[]) {
    const [created] = await db.insert(staffUser).values(row).returning();
    if (unitIds.length > 0) {
      await db
        .insert(staffUnit)
        .values(
          unitIds.map((unitId) => ({ municipalityCode: row.municipalityCode, staffId: created!.id, unitId })),
        );
    }
    return created!;
  },

  async updatePassword(db: Db, municipalityCode: string, id: string, passwordHash: string, now: Date) {
    await db
      .update(staffUser)
      .set({ passwordHash, passwordChangedAt: now, version: sql`${staffUser.version} + 1` })
      .where(and(eq(staffUser.municipalityCode, municipalityCode), eq(staffUser.id, id)));
  },

  list(db: Db, municipalityCode: string) {
    return db
      .select()
      .from(staffUser)
      .where(eq(staffUser.municipalityCode, municipalityCode))
      .orderBy(asc(staffUser.username));
  },

  /** Active staff of the municipality in the given roles, by name: id, displayName, role. */
  listActiveInRoles(db: Db, municipalityCode: string, roles: StaffRole[]) {
    return db
      .select({ id: staffUser.id, displayName: staffUser.displayName, role: staffUser.role })
      .from(staffUser)
      .where(
        and(
          eq(staffUser.municipalityCode, municipalityCode),
          eq(staffUser.active, true),
          inArray(staffUser.role, roles),
        ),
      )
      .orderBy(asc(staffUser.displayName));
  },

  async count(db: Db) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(staffUser);
    return row?.n ?? 0;
  },
};
