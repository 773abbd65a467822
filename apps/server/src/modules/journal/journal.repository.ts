import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { journalEntry, staffUser } from '../../db/schema/index.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type JournalEntryRow = typeof journalEntry.$inferSelect;

export const journalRepository = {
  listForEnrolment(db: Db, municipalityCode: string, enrolmentId: string) {
    return db
      .select({ entry: journalEntry, authorName: staffUser.displayName })
      .from(journalEntry)
      .leftJoin(
        staffUser,
        and(
          eq(staffUser.municipalityCode, journalEntry.municipalityCode),
          eq(staffUser.id, journalEntry.authorId),
        ),
      )
      .where(
        and(eq(journalEntry.municipalityCode, municipalityCode), eq(journalEntry.enrolmentId, enrolmentId)),
      )
      .orderBy(desc(journalEntry.occurredOn), desc(journalEntry.createdAt));
  },

  async find(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select({ entry: journalEntry, authorName: staffUser.displayName })
      .from(journalEntry)
      .leftJoin(
        staffUser,
        and(
          eq(staffUser.municipalityCode, journalEntry.municipalityCode),
          eq(staffUser.id, journalEntry.authorId),
        ),
      )
      .where(and(eq(journalEntry.municipalityCode, municipalityCode), eq(journalEntry.id, id)));
    return row;
  },

  /** Optimistic update of an amended note; undefined on a stale version. */
  async amend(
    db: Db,
    key: { municipalityCode: string; id: string; version: number },
    values: Pick<
      typeof journalEntry.$inferInsert,
      'text' | 'kind' | 'occurredOn' | 'amendedAt' | 'amendedById'
    >,
  ) {
    return updateVersioned(db, journalEntry, key, values);
  },

  async insert(db: Db, row: typeof journalEntry.$inferInsert) {
    const [created] = await db.insert(journalEntry).values(row).returning();
    return created!;
  },
};
