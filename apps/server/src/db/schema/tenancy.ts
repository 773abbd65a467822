import { sql } from 'drizzle-orm';
import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Every tenant row carries the municipality code (kommunkod) so that a multi-municipality
// installation can be distributed by tenant without changing the code.
export const municipality = pgTable('municipality', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An arbetsmarknadsenhet (or a team inside one): Jobbcentrum 25+, Framtidscentrum 16–24 … */
export const unit = pgTable(
  'unit',
  {
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipality.code),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    /** Age routing at intake: participants aged within [minAge, maxAge] belong here. */
    minAge: integer('min_age'),
    maxAge: integer('max_age'),
    /** Optimistic concurrency for the administrator's edits. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.municipalityCode, t.id] })],
);
