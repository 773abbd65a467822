import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  type PasswordLinkPurpose,
  type StaffRole,
  staffPasswordLink,
  staffSession,
  staffUnit,
  staffUser,
  unit,
} from '../../db/schema/index.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type StaffRow = typeof staffUser.$inferSelect;
export type PasswordLinkRow = typeof staffPasswordLink.$inferSelect;

/** A staff account as the administrator's list shows it (never the password hash). */
export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  active: boolean;
  version: number;
  lastLoginAt: Date | null;
}

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

  /**
   * Every account of the municipality for the administrator, by username. The last login is the
   * newest successful login in the audit trail (read backwards on its actor index).
   */
  listAccounts(db: Db, municipalityCode: string, ids?: string[]): Promise<AccountRow[]> {
    return db
      .select({
        id: staffUser.id,
        username: staffUser.username,
        displayName: staffUser.displayName,
        role: staffUser.role,
        active: staffUser.active,
        version: staffUser.version,
        lastLoginAt: sql<Date | null>`(
          select a.occurred_at from audit_event a
          where a.actor_id = ${staffUser.id} and a.action = 'login' and a.outcome = 'success'
          order by a.occurred_at desc limit 1)`.mapWith((v: string | Date | null) =>
          v === null ? null : new Date(v),
        ),
      })
      .from(staffUser)
      .where(
        and(eq(staffUser.municipalityCode, municipalityCode), ids ? inArray(staffUser.id, ids) : undefined),
      )
      .orderBy(asc(staffUser.username));
  },

  /** Unit memberships (id and name) of the given accounts, by unit name. */
  unitsOf(db: Db, municipalityCode: string, staffIds: string[]) {
    if (staffIds.length === 0) return Promise.resolve([]);
    return db
      .select({ staffId: staffUnit.staffId, id: unit.id, name: unit.name })
      .from(staffUnit)
      .innerJoin(
        unit,
        and(eq(unit.municipalityCode, staffUnit.municipalityCode), eq(unit.id, staffUnit.unitId)),
      )
      .where(and(eq(staffUnit.municipalityCode, municipalityCode), inArray(staffUnit.staffId, staffIds)))
      .orderBy(asc(unit.name));
  },

  /** Changes name and role (optimistic: undefined when `version` is stale). */
  update(
    db: Db,
    key: { municipalityCode: string; id: string; version: number },
    values: Partial<Pick<StaffRow, 'displayName' | 'role' | 'active'>>,
  ) {
    return updateVersioned(db, staffUser, key, values);
  },

  async replaceUnits(db: Db, municipalityCode: string, staffId: string, unitIds: string[]) {
    await db
      .delete(staffUnit)
      .where(and(eq(staffUnit.municipalityCode, municipalityCode), eq(staffUnit.staffId, staffId)));
    if (unitIds.length > 0) {
      await db.insert(staffUnit).values(unitIds.map((unitId) => ({ municipalityCode, staffId, unitId })));
    }
  },

  /**
   * The ids of the municipality's active administrators, locked until the transaction ends: two
   * administrators demoting each other at once cannot both pass the last-admin check.
   */
  async lockActiveAdmins(db: Db, municipalityCode: string): Promise<string[]> {
    const rows = await db
      .select({ id: staffUser.id })
      .from(staffUser)
      .where(
        and(
          eq(staffUser.municipalityCode, municipalityCode),
          eq(staffUser.role, 'admin'),
          eq(staffUser.active, true),
        ),
      )
      .for('update');
    return rows.map((r) => r.id);
  },

  /** Ends every session of the account at once. */
  async deleteSessions(db: Db, municipalityCode: string, staffId: string) {
    await db
      .delete(staffSession)
      .where(and(eq(staffSession.municipalityCode, municipalityCode), eq(staffSession.staffId, staffId)));
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

/** One-time password links: only the token's SHA-256 is stored. */
export const passwordLinkRepository = {
  async insert(
    db: Db,
    row: {
      tokenHash: string;
      municipalityCode: string;
      staffId: string;
      purpose: PasswordLinkPurpose;
      createdById: string | null;
      createdAt: Date;
      expiresAt: Date;
    },
  ) {
    await db.insert(staffPasswordLink).values(row);
  },

  /** Ends the account's links not used yet (a new link replaces them). */
  async deleteUnused(db: Db, municipalityCode: string, staffId: string) {
    await db
      .delete(staffPasswordLink)
      .where(
        and(
          eq(staffPasswordLink.municipalityCode, municipalityCode),
          eq(staffPasswordLink.staffId, staffId),
          isNull(staffPasswordLink.usedAt),
        ),
      );
  },

  /** The link with its account, if it is unused, unexpired and the account active. */
  async findUsable(db: Db, tokenHash: string, now: Date) {
    const [row] = await db
      .select({ link: staffPasswordLink, staff: staffUser })
      .from(staffPasswordLink)
      .innerJoin(
        staffUser,
        and(
          eq(staffUser.municipalityCode, staffPasswordLink.municipalityCode),
          eq(staffUser.id, staffPasswordLink.staffId),
        ),
      )
      .where(
        and(
          eq(staffPasswordLink.tokenHash, tokenHash),
          isNull(staffPasswordLink.usedAt),
          gt(staffPasswordLink.expiresAt, now),
          eq(staffUser.active, true),
        ),
      );
    return row;
  },

  /** Marks the link used; false if it was used in the meantime (single use, even when racing). */
  async markUsed(db: Db, tokenHash: string, now: Date): Promise<boolean> {
    const rows = await db
      .update(staffPasswordLink)
      .set({ usedAt: now })
      .where(and(eq(staffPasswordLink.tokenHash, tokenHash), isNull(staffPasswordLink.usedAt)))
      .returning({ tokenHash: staffPasswordLink.tokenHash });
    return rows.length === 1;
  },

  /** The unused, unexpired links of the municipality's accounts (at most one each): purpose and expiry. */
  pending(db: Db, municipalityCode: string, now: Date) {
    return db
      .select({
        staffId: staffPasswordLink.staffId,
        purpose: staffPasswordLink.purpose,
        expiresAt: staffPasswordLink.expiresAt,
      })
      .from(staffPasswordLink)
      .where(
        and(
          eq(staffPasswordLink.municipalityCode, municipalityCode),
          isNull(staffPasswordLink.usedAt),
          gt(staffPasswordLink.expiresAt, now),
        ),
      );
  },
};
