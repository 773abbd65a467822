import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { planVersion, staffUser } from '../../db/schema/index.ts';

export type PlanVersionRow = typeof planVersion.$inferSelect;

const author = alias(staffUser, 'author');

export const planRepository = {
  /** Every version, newest first, with the author's name. */
  versions(db: Db, municipalityCode: string, enrolmentId: string) {
    return db
      .select({ plan: planVersion, authorName: author.displayName })
      .from(planVersion)
      .leftJoin(
        author,
        and(
          eq(author.municipalityCode, planVersion.municipalityCode),
          eq(author.id, planVersion.createdById),
        ),
      )
      .where(
        and(eq(planVersion.municipalityCode, municipalityCode), eq(planVersion.enrolmentId, enrolmentId)),
      )
      .orderBy(desc(planVersion.version));
  },

  /** Inserting version n+1 with the primary key: a concurrent save of the same n fails (→ 409). */
  async insert(db: Db, row: typeof planVersion.$inferInsert) {
    const [created] = await db.insert(planVersion).values(row).returning();
    return created!;
  },
};
