import { and, asc, eq, ilike, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { employer } from '../../db/schema/index.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type EmployerRow = typeof employer.$inferSelect;
export type EmployerInsert = typeof employer.$inferInsert;

export const employerRepository = {
  async find(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select()
      .from(employer)
      .where(and(eq(employer.municipalityCode, municipalityCode), eq(employer.id, id)));
    return row;
  },

  findMany(db: Db, municipalityCode: string, ids: string[]) {
    if (ids.length === 0) return Promise.resolve([] as EmployerRow[]);
    return db
      .select()
      .from(employer)
      .where(and(eq(employer.municipalityCode, municipalityCode), inArray(employer.id, ids)));
  },

  list(db: Db, municipalityCode: string, q?: string) {
    const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
    return db
      .select()
      .from(employer)
      .where(
        and(
          eq(employer.municipalityCode, municipalityCode),
          like ? or(ilike(employer.name, like), ilike(employer.organisationsnummer, like)) : undefined,
        ),
      )
      .orderBy(asc(employer.name))
      .limit(200);
  },

  async insert(db: Db, row: EmployerInsert) {
    const [created] = await db.insert(employer).values(row).returning();
    return created!;
  },

  async update(
    db: Db,
    municipalityCode: string,
    id: string,
    version: number,
    values: Partial<EmployerInsert>,
    now: Date,
  ) {
    return updateVersioned(db, employer, { municipalityCode, id, version }, values, now);
  },
};
