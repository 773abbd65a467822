import { and, asc, desc, eq, gte, ilike, or, sql } from 'drizzle-orm';
import { afterMs, type Db } from '../../db/client.ts';
import { employer, recruitmentNeed, recruitmentNeedEvent, staffUser } from '../../db/schema/index.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type NeedRow = typeof recruitmentNeed.$inferSelect;
export type NeedInsert = typeof recruitmentNeed.$inferInsert;
export type NeedEventInsert = typeof recruitmentNeedEvent.$inferInsert;

export interface NeedWithNames {
  need: NeedRow;
  employerName: string | null;
  liaisonName: string | null;
}

const withNames = {
  need: recruitmentNeed,
  employerName: employer.name,
  liaisonName: staffUser.displayName,
};

function joined(db: Db) {
  return db
    .select(withNames)
    .from(recruitmentNeed)
    .leftJoin(
      employer,
      and(
        eq(employer.municipalityCode, recruitmentNeed.municipalityCode),
        eq(employer.id, recruitmentNeed.employerId),
      ),
    )
    .leftJoin(
      staffUser,
      and(
        eq(staffUser.municipalityCode, recruitmentNeed.municipalityCode),
        eq(staffUser.id, recruitmentNeed.liaisonId),
      ),
    );
}

export const recruitmentNeedRepository = {
  async find(db: Db, municipalityCode: string, id: string): Promise<NeedWithNames | undefined> {
    const [row] = await joined(db).where(
      and(eq(recruitmentNeed.municipalityCode, municipalityCode), eq(recruitmentNeed.id, id)),
    );
    return row;
  },

  async list(
    db: Db,
    f: {
      municipalityCode: string;
      status?: string | undefined;
      employerId?: string | undefined;
      liaisonId?: string | undefined;
      q?: string | undefined;
      limit: number;
      offset: number;
    },
  ) {
    const like = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
    const base = and(
      eq(recruitmentNeed.municipalityCode, f.municipalityCode),
      f.employerId ? eq(recruitmentNeed.employerId, f.employerId) : undefined,
      f.liaisonId ? eq(recruitmentNeed.liaisonId, f.liaisonId) : undefined,
      like ? or(ilike(recruitmentNeed.title, like), ilike(employer.name, like)) : undefined,
    );
    const rows = await joined(db)
      .where(and(base, f.status ? eq(recruitmentNeed.status, f.status as NeedRow['status']) : undefined))
      .orderBy(desc(recruitmentNeed.updatedAt))
      .limit(f.limit)
      .offset(f.offset);
    const countRows = await db
      .select({ status: recruitmentNeed.status, n: sql<number>`count(*)::int` })
      .from(recruitmentNeed)
      .leftJoin(
        employer,
        and(
          eq(employer.municipalityCode, recruitmentNeed.municipalityCode),
          eq(employer.id, recruitmentNeed.employerId),
        ),
      )
      .where(base)
      .groupBy(recruitmentNeed.status);
    const counts = Object.fromEntries(countRows.map((r) => [r.status, r.n])) as Record<string, number>;
    return {
      rows,
      counts,
      total: f.status ? (counts[f.status] ?? 0) : countRows.reduce((s, r) => s + r.n, 0),
    };
  },

  async insert(db: Db, row: NeedInsert) {
    const [created] = await db.insert(recruitmentNeed).values(row).returning();
    return created!;
  },

  update(
    db: Db,
    municipalityCode: string,
    id: string,
    version: number,
    values: Partial<NeedInsert>,
    now: Date,
  ) {
    return updateVersioned(db, recruitmentNeed, { municipalityCode, id, version }, values, now);
  },

  async addEvent(db: Db, row: NeedEventInsert) {
    await db.insert(recruitmentNeedEvent).values(row);
  },

  history(db: Db, municipalityCode: string, needId: string) {
    return db
      .select({ event: recruitmentNeedEvent, staffName: staffUser.displayName })
      .from(recruitmentNeedEvent)
      .leftJoin(
        staffUser,
        and(
          eq(staffUser.municipalityCode, recruitmentNeedEvent.municipalityCode),
          eq(staffUser.id, recruitmentNeedEvent.staffId),
        ),
      )
      .where(
        and(
          eq(recruitmentNeedEvent.municipalityCode, municipalityCode),
          eq(recruitmentNeedEvent.needId, needId),
        ),
      )
      .orderBy(asc(recruitmentNeedEvent.at));
  },

  /** The employer with this organisation number (the public form attaches the need to it). */
  async employerByOrganisationsnummer(db: Db, municipalityCode: string, organisationsnummer: string) {
    const [row] = await db
      .select({ id: employer.id, liaisonId: employer.liaisonId })
      .from(employer)
      .where(
        and(
          eq(employer.municipalityCode, municipalityCode),
          eq(employer.organisationsnummer, organisationsnummer),
        ),
      );
    return row;
  },

  /** Needs changed at or after a moment (for the matching index), oldest first. */
  /** Needs changed at or after `since` (`inclusive`) or strictly after it; all when null. */
  changedSince(db: Db, municipalityCode: string, since: Date | null, inclusive = true) {
    return db
      .select()
      .from(recruitmentNeed)
      .where(
        and(
          eq(recruitmentNeed.municipalityCode, municipalityCode),
          since ? gte(recruitmentNeed.updatedAt, afterMs(since, inclusive)) : undefined,
        ),
      )
      .orderBy(asc(recruitmentNeed.updatedAt));
  },
};
