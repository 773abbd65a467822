import { sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import {
  boolean,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { staffUser } from './staff.ts';
import { municipality } from './tenancy.ts';

// The employer side (issue 10): the employer register with workplaces, contact persons, a contact
// log and agreements; recruitment needs in taxonomy terms with their history. Contact persons are
// personal data (retention like case records); the rest is organisation data. Every write is audited.

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
    /** SNI 2007 section letter or two-digit division code (built-in list in @arbetsbro/taxonomy). */
    sniCode: text('sni_code'),
    /** The employer liaison responsible for the relationship. */
    liaisonId: uuid('liaison_id'),
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
    foreignKey({
      columns: [t.municipalityCode, t.liaisonId],
      foreignColumns: [staffUser.municipalityCode, staffUser.id],
    }),
  ],
);

/** The composite foreign key every employer child table has. */
const employerRef = (t: { municipalityCode: PgColumn; employerId: PgColumn }) =>
  foreignKey({
    columns: [t.municipalityCode, t.employerId],
    foreignColumns: [employer.municipalityCode, employer.id],
  });

/** A place where the employer's people work (the matching engine's commute is counted to it). */
export const employerWorkplace = pgTable(
  'employer_workplace',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    postcode: text('postcode'),
    /** Kommunkod. */
    municipality: text('municipality'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    employerRef(t),
    index('employer_workplace_employer_idx').on(t.municipalityCode, t.employerId),
  ],
);

/** A contact person at the employer: personal data (name, role, phone, e-mail). */
export const employerContact = pgTable(
  'employer_contact',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id').notNull(),
    name: text('name').notNull(),
    role: text('role'),
    phone: text('phone'),
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    employerRef(t),
    index('employer_contact_employer_idx').on(t.municipalityCode, t.employerId),
  ],
);

export const contactKinds = ['visit', 'call', 'email', 'meeting'] as const;

/** One contact with the employer (visit, call, e-mail, meeting), with an agreed next step. */
export const employerContactLog = pgTable(
  'employer_contact_log',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id').notNull(),
    kind: text('kind', { enum: contactKinds }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    staffId: uuid('staff_id'),
    contactId: uuid('contact_id'),
    note: text('note'),
    nextStep: text('next_step'),
    /** Shown in the responsible staff member's "Min vecka" until done. */
    nextStepDue: date('next_step_due', { mode: 'string' }),
    nextStepDoneAt: timestamp('next_step_done_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    employerRef(t),
    index('employer_contact_log_employer_idx').on(t.municipalityCode, t.employerId, t.occurredOn),
    index('employer_contact_log_due_idx').on(t.municipalityCode, t.staffId, t.nextStepDue),
  ],
);

export const agreementKinds = ['cooperation_agreement', 'letter_of_intent'] as const;

/** A cooperation agreement or letter of intent with the employer. */
export const employerAgreement = pgTable(
  'employer_agreement',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id').notNull(),
    kind: text('kind', { enum: agreementKinds }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    signedBy: text('signed_by'),
    note: text('note'),
    createdById: uuid('created_by_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.municipalityCode, t.id] }), employerRef(t)],
);

/** Bytes in the database (bytea): an agreement's scanned or signed copy. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/** The signed copy of an agreement (PDF, image or Word), at most one per agreement. */
export const employerAgreementFile = pgTable(
  'employer_agreement_file',
  {
    municipalityCode: text('municipality_code').notNull(),
    agreementId: uuid('agreement_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    content: bytea('content').notNull(),
    uploadedById: uuid('uploaded_by_id'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.agreementId] }),
    foreignKey({
      columns: [t.municipalityCode, t.agreementId],
      foreignColumns: [employerAgreement.municipalityCode, employerAgreement.id],
    }).onDelete('cascade'),
  ],
);

export const recruitmentNeedStatuses = ['received', 'open', 'presented', 'filled', 'closed'] as const;
export type RecruitmentNeedStatus = (typeof recruitmentNeedStatuses)[number];
export const closingReasons = [
  'filled_through_us',
  'filled_elsewhere',
  'withdrawn',
  'no_suitable_candidates',
] as const;

/** What the employer is open to besides a direct hire. */
export interface NeedOpenToDoc {
  internshipFirst?: boolean;
  jobbspar?: boolean;
  subsidisedEmployment?: boolean;
  /** Adaptation codes the workplace can offer (working time, physical environment, tasks). */
  adaptations?: string[];
  /** Target groups the employer welcomes (free codes: young, newly_arrived, disability …). */
  targetGroups?: string[];
}

/** Who sent a need through the public form (the employer's contact: personal data). */
export interface NeedSubmitterDoc {
  organisationName: string;
  organisationsnummer: string | null;
  contactName: string;
  email: string;
  phone: string | null;
}

/**
 * A recruitment need (rekryteringsbehov) in taxonomy terms, so that the matching engine reads it.
 * received → open → presented → filled / closed; every change is kept in recruitment_need_event.
 */
export const recruitmentNeed = pgTable(
  'recruitment_need',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    employerId: uuid('employer_id'),
    workplaceId: uuid('workplace_id'),
    status: text('status', { enum: recruitmentNeedStatuses }).notNull(),
    closingReason: text('closing_reason', { enum: closingReasons }),
    source: text('source', { enum: ['staff', 'public_form'] }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** JobTech occupation-name concept id; null while a received need has none yet. */
    occupationId: text('occupation_id'),
    positions: integer('positions').notNull().default(1),
    requiredSkills: jsonb('required_skills').$type<string[]>().notNull().default([]),
    meritSkills: jsonb('merit_skills').$type<string[]>().notNull().default([]),
    licences: jsonb('licences').$type<string[]>().notNull().default([]),
    languages: jsonb('languages').$type<Array<{ code: string; level: string }>>().notNull().default([]),
    /** Kommunkod of the workplace (from the workplace when one is chosen). */
    municipality: text('municipality'),
    extentPercent: integer('extent_percent'),
    hours: text('hours'),
    shifts: jsonb('shifts').$type<Array<'day' | 'evening' | 'night'>>(),
    weekends: boolean('weekends'),
    startDate: date('start_date', { mode: 'string' }),
    employmentForm: text('employment_form'),
    requiresCar: boolean('requires_car'),
    minExperienceYears: real('min_experience_years'),
    openTo: jsonb('open_to').$type<NeedOpenToDoc>().notNull().default({}),
    submitter: jsonb('submitter').$type<NeedSubmitterDoc>(),
    liaisonId: uuid('liaison_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    index('recruitment_need_status_idx').on(t.municipalityCode, t.status),
    index('recruitment_need_employer_idx').on(t.municipalityCode, t.employerId),
    index('recruitment_need_updated_idx').on(t.municipalityCode, t.updatedAt),
  ],
);

/** The history of a need: who, when, what (fields changed, status moves). */
export const recruitmentNeedEvent = pgTable(
  'recruitment_need_event',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    needId: uuid('need_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Null for the public form. */
    staffId: uuid('staff_id'),
    kind: text('kind', { enum: ['created', 'updated', 'status'] }).notNull(),
    fields: jsonb('fields').$type<string[]>(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    foreignKey({
      columns: [t.municipalityCode, t.needId],
      foreignColumns: [recruitmentNeed.municipalityCode, recruitmentNeed.id],
    }),
    index('recruitment_need_event_need_idx').on(t.municipalityCode, t.needId, t.at),
  ],
);
