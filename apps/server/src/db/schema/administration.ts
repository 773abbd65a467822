import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffUser } from './staff.ts';
import { municipality } from './tenancy.ts';

export const passwordLinkPurposes = ['invite', 'reset'] as const;
export type PasswordLinkPurpose = (typeof passwordLinkPurposes)[number];

/**
 * One-time links to choose a password: a new account's invitation, or a reset an administrator
 * hands over. Like sessions, the link's random token is never stored, only its SHA-256. A link
 * works once (`used_at`), until `expires_at`; making a new one for the account ends the old ones.
 */
export const staffPasswordLink = pgTable(
  'staff_password_link',
  {
    tokenHash: text('token_hash').primaryKey(),
    municipalityCode: text('municipality_code').notNull(),
    staffId: uuid('staff_id').notNull(),
    purpose: text('purpose', { enum: passwordLinkPurposes }).notNull(),
    /** The administrator who made the link (null: the system). */
    createdById: uuid('created_by_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({
      columns: [t.municipalityCode, t.staffId],
      foreignColumns: [staffUser.municipalityCode, staffUser.id],
    }).onDelete('cascade'),
    index('staff_password_link_staff_idx').on(t.municipalityCode, t.staffId),
  ],
);

/**
 * A municipality's own settings, one row at most (no row: the defaults). The display name itself
 * is `municipality.name`.
 */
export const municipalitySettings = pgTable(
  'municipality_settings',
  {
    municipalityCode: text('municipality_code')
      .primaryKey()
      .references(() => municipality.code),
    /** How many days after registering an exit a coach may still correct it (managers: always). */
    exitCorrectionDays: integer('exit_correction_days').notNull().default(30),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedById: uuid('updated_by_id'),
  },
  (t) => [
    check('municipality_settings_exit_correction_days_range', sql`${t.exitCorrectionDays} between 0 and 365`),
  ],
);
