import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { municipality } from './tenancy.ts';

/** An employer (or training provider) the unit works with. Organisation data, not personal data. */
export const employer = pgTable(
  'employer',
  {
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipality.code),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    /** Normalised NNNNNN-NNNN (Luhn-validated); null for e.g. a sole trader not yet recorded. */
    organisationsnummer: text('organisationsnummer'),
    /** Kommunkod of the workplace. */
    municipality: text('municipality'),
    address: text('address'),
    postcode: text('postcode'),
    industry: text('industry'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    uniqueIndex('employer_orgnr_uq')
      .on(t.municipalityCode, t.organisationsnummer)
      .where(sql`organisationsnummer is not null`),
    index('employer_name_idx').on(t.municipalityCode, t.name),
  ],
);
