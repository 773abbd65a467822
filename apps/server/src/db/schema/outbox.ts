import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * E-mail to send, written in the transaction of what caused it and sent by a job (nodemailer over
 * SMTP when configured, a file per message in development). The body may hold personal data of the
 * recipient; it is kept only until sent plus a short while.
 */
export const outboxMessage = pgTable(
  'outbox_message',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityCode: text('municipality_code').notNull(),
    /** e.g. "recruitment_need.received": what the message is, for statistics and tests. */
    kind: text('kind').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** The failure's kind or SMTP code only, never the message or address. */
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbox_pending_idx').on(t.status, t.createdAt)],
);

/**
 * Hits counted for rate limits that must hold across app processes (the public form): a bucket
 * ("public_need"), a key that is a hash of the client address, a time. Pruned by a job.
 */
export const rateLimitHit = pgTable(
  'rate_limit_hit',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    bucket: text('bucket').notNull(),
    keyHash: text('key_hash').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rate_limit_hit_idx').on(t.bucket, t.keyHash, t.at)],
);
