import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type CorrectionChange, caseCorrection, staffUser } from '../../db/schema/index.ts';

export type CaseCorrectionRow = typeof caseCorrection.$inferSelect;
export type CaseCorrectionInsert = typeof caseCorrection.$inferInsert;

/** Which fields differ between two flat records (values compared as JSON), in `fields` order. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
  fields: ReadonlyArray<keyof T & string>,
): CorrectionChange[] {
  return fields
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((f) => ({ field: f, from: before[f] ?? null, to: after[f] ?? null }));
}

export const correctionRepository = {
  /** Records one correction inside the write's transaction. */
  async insert(db: Db, row: CaseCorrectionInsert) {
    const [created] = await db.insert(caseCorrection).values(row).returning();
    return created!;
  },

  /** Every correction of a person, oldest first, with the corrector's name. */
  listForParticipant(db: Db, municipalityCode: string, participantId: string) {
    return db
      .select({ correction: caseCorrection, correctedByName: staffUser.displayName })
      .from(caseCorrection)
      .leftJoin(
        staffUser,
        and(
          eq(staffUser.municipalityCode, caseCorrection.municipalityCode),
          eq(staffUser.id, caseCorrection.correctedById),
        ),
      )
      .where(
        and(
          eq(caseCorrection.municipalityCode, municipalityCode),
          eq(caseCorrection.participantId, participantId),
        ),
      )
      .orderBy(asc(caseCorrection.correctedAt));
  },
};
