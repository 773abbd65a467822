import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

// Background work as rows, claimed with FOR UPDATE SKIP LOCKED (works on PGlite and PostgreSQL).
export const job = pgTable(
  'job',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityCode: text('municipality_code'),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull().$type<unknown>(),
    /** Scheduled runs get a deterministic key so two servers never enqueue the same run twice. */
    dedupeKey: text('dedupe_key'),
    status: text('status', { enum: ['pending', 'running', 'done', 'failed'] })
      .notNull()
      .default('pending'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('job_claim_idx').on(t.status, t.runAt), uniqueIndex('job_dedupe_uq').on(t.dedupeKey)],
);
