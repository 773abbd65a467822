import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipality, unit } from './tenancy.ts';

export const staffRoles = ['admin', 'manager', 'coach', 'liaison'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffUser = pgTable(
  'staff_user',
  {
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipality.code),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    /** Unique in the installation: a login does not name its municipality. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: staffRoles }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    uniqueIndex('staff_user_username_uq').on(t.username),
  ],
);

export const staffUnit = pgTable(
  'staff_unit',
  {
    municipalityCode: text('municipality_code').notNull(),
    staffId: uuid('staff_id').notNull(),
    unitId: uuid('unit_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.staffId, t.unitId] }),
    foreignKey({
      columns: [t.municipalityCode, t.staffId],
      foreignColumns: [staffUser.municipalityCode, staffUser.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityCode, t.unitId], foreignColumns: [unit.municipalityCode, unit.id] }),
  ],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const staffSession = pgTable(
  'staff_session',
  {
    tokenHash: text('token_hash').primaryKey(),
    municipalityCode: text('municipality_code').notNull(),
    staffId: uuid('staff_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    foreignKey({
      columns: [t.municipalityCode, t.staffId],
      foreignColumns: [staffUser.municipalityCode, staffUser.id],
    }).onDelete('cascade'),
    index('staff_session_staff_idx').on(t.staffId),
  ],
);

/** Failed logins, for throttling across app processes (kept in the database, not in memory). */
export const loginAttempt = pgTable(
  'login_attempt',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** Lower-cased username as typed; not a foreign key (unknown names are throttled too). */
    username: text('username').notNull(),
    remoteAddress: text('remote_address'),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempt_username_idx').on(t.username, t.attemptedAt)],
);
