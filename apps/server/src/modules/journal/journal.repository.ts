import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { journalEntry, staffUser } from '../../db/schema/index.ts';

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

  async insert(db: Db, row: typeof journalEntry.$inferInsert) {
    const [created] = await db.insert(journalEntry).values(row).returning();
    return created!;
  },
};
