import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { employer, intervention } from '../../db/schema/index.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type InterventionRow = typeof intervention.$inferSelect;
export type InterventionInsert = typeof intervention.$inferInsert;

export const interventionRepository = {
  listForEnrolment(db: Db, municipalityCode: string, enrolmentId: string) {
    return db
      .select({ intervention, employerName: employer.name })
      .from(intervention)
      .leftJoin(
        employer,
        and(
          eq(employer.municipalityCode, intervention.municipalityCode),
          eq(employer.id, intervention.employerId),
        ),
      )
      .where(
        and(eq(intervention.municipalityCode, municipalityCode), eq(intervention.enrolmentId, enrolmentId)),
      )
      .orderBy(asc(intervention.startDate), asc(intervention.createdAt));
  },

  async find(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select()
      .from(intervention)
      .where(and(eq(intervention.municipalityCode, municipalityCode), eq(intervention.id, id)));
    return row;
  },

  async insert(db: Db, row: InterventionInsert) {
    const [created] = await db.insert(intervention).values(row).returning();
    return created!;
  },

  async update(
    db: Db,
    municipalityCode: string,
    id: string,
    version: number,
    values: Partial<InterventionInsert>,
  ) {
    return updateVersioned(db, intervention, { municipalityCode, id, version }, values);
  },
};
