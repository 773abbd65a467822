import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { loginAttempt, staffSession, staffUnit, staffUser } from '../../db/schema/index.ts';

/** The session, its staff member and their unit ids in one round trip (every request runs it). */
const sessionForRequest = preparedQuery((db) =>
  db
    .select({
      csrfToken: staffSession.csrfToken,
      lastSeenAt: staffSession.lastSeenAt,
      expiresAt: staffSession.expiresAt,
      id: staffUser.id,
      username: staffUser.username,
      displayName: staffUser.displayName,
      role: staffUser.role,
      municipalityCode: staffUser.municipalityCode,
      active: staffUser.active,
      unitIds: sql<string[]>`array(
        select ${staffUnit.unitId}::text from ${staffUnit}
        where ${staffUnit.municipalityCode} = ${staffUser.municipalityCode} and ${staffUnit.staffId} = ${staffUser.id}
        order by 1)`,
    })
    .from(staffSession)
    .innerJoin(
      staffUser,
      and(
        eq(staffUser.municipalityCode, staffSession.municipalityCode),
        eq(staffUser.id, staffSession.staffId),
      ),
    )
    .where(eq(staffSession.tokenHash, sql.placeholder('tokenHash')))
    .prepare('arbetsbro_session_for_request'),
);

export const sessionRepository = {
  async create(db: Db, row: typeof staffSession.$inferInsert) {
    await db.insert(staffSession).values(row);
  },

  /** What authenticating a request needs, or undefined for an unknown token. */
  async findForRequest(db: Db, tokenHash: string) {
    const [row] = await sessionForRequest(db, { tokenHash });
    return row;
  },

  async touch(db: Db, tokenHash: string, now: Date, expiresAt: Date) {
    await db
      .update(staffSession)
      .set({ lastSeenAt: now, expiresAt })
      .where(eq(staffSession.tokenHash, tokenHash));
  },

  async delete(db: Db, tokenHash: string) {
    await db.delete(staffSession).where(eq(staffSession.tokenHash, tokenHash));
  },

  async deleteForStaff(db: Db, staffId: string, exceptTokenHash?: string) {
    await db
      .delete(staffSession)
      .where(
        exceptTokenHash
          ? and(eq(staffSession.staffId, staffId), sql`${staffSession.tokenHash} <> ${exceptTokenHash}`)
          : eq(staffSession.staffId, staffId),
      );
  },

  async deleteExpired(db: Db, now: Date) {
    await db.delete(staffSession).where(lt(staffSession.expiresAt, now));
  },

  async recordFailedLogin(db: Db, username: string, remoteAddress: string | null, at: Date) {
    await db.insert(loginAttempt).values({ username, remoteAddress, attemptedAt: at });
  },

  async countFailedLogins(db: Db, username: string, since: Date) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int`, oldest: sql<Date | null>`min(${loginAttempt.attemptedAt})` })
      .from(loginAttempt)
      .where(and(eq(loginAttempt.username, username), gte(loginAttempt.attemptedAt, since)));
    return { count: row?.n ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
  },

  async clearFailedLogins(db: Db, username: string) {
    await db.delete(loginAttempt).where(eq(loginAttempt.username, username));
  },

  async unitIdsOf(db: Db, municipalityCode: string, staffId: string) {
    const rows = await db
      .select({ unitId: staffUnit.unitId })
      .from(staffUnit)
      .where(and(eq(staffUnit.municipalityCode, municipalityCode), eq(staffUnit.staffId, staffId)));
    return rows.map((r) => r.unitId);
  },
};
