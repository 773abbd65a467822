import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { employer, recruitmentNeed } from './employer.ts';
import { participant } from './participant.ts';

// The matching loop (issue 11): a shortlist per need, consent per participant × employer × need
// for named fields, presentations to the employer through an expiring link, placements, and
// notifications to staff. Keyed by municipality like everything else.

export const shortlistStatuses = [
  'considered',
  'contacted',
  'relevant',
  'presented',
  'interview',
  'hired',
  'not_relevant',
  'declined',
] as const;
export type ShortlistStatus = (typeof shortlistStatuses)[number];

/** A candidate on a need's shortlist (kandidatlista). */
export const shortlistEntry = pgTable(
  'shortlist_entry',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    needId: uuid('need_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    status: text('status', { enum: shortlistStatuses }).notNull(),
    note: text('note'),
    addedById: uuid('added_by_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    uniqueIndex('shortlist_entry_uq').on(t.municipalityCode, t.needId, t.participantId),
    index('shortlist_entry_participant_idx').on(t.municipalityCode, t.participantId),
    foreignKey({
      columns: [t.municipalityCode, t.needId],
      foreignColumns: [recruitmentNeed.municipalityCode, recruitmentNeed.id],
    }),
    foreignKey({
      columns: [t.municipalityCode, t.participantId],
      foreignColumns: [participant.municipalityCode, participant.id],
    }),
  ],
);

/** Every status change of a shortlist entry: who, when, why (null staff: the employer, by link). */
export const shortlistEvent = pgTable(
  'shortlist_event',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    entryId: uuid('entry_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    staffId: uuid('staff_id'),
    byEmployer: text('by_employer', { enum: ['link'] }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    index('shortlist_event_entry_idx').on(t.municipalityCode, t.entryId, t.at),
  ],
);

export const consentFields = ['name', 'contact', 'profile', 'references'] as const;
export type ConsentField = (typeof consentFields)[number];

/** The participant's consent to share named fields with a named employer for a named need. */
export const consent = pgTable(
  'consent',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    participantId: uuid('participant_id').notNull(),
    employerId: uuid('employer_id').notNull(),
    needId: uuid('need_id').notNull(),
    fields: jsonb('fields').$type<ConsentField[]>().notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    givenHow: text('given_how', { enum: ['in_person', 'phone', 'written', 'digital'] }).notNull(),
    recordedById: uuid('recorded_by_id'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnById: uuid('withdrawn_by_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    index('consent_lookup_idx').on(t.municipalityCode, t.participantId, t.needId),
    foreignKey({
      columns: [t.municipalityCode, t.participantId],
      foreignColumns: [participant.municipalityCode, participant.id],
    }),
    foreignKey({
      columns: [t.municipalityCode, t.employerId],
      foreignColumns: [employer.municipalityCode, employer.id],
    }),
  ],
);

/** Consented candidates sent to an employer, who answers through an expiring single-purpose link. */
export const presentation = pgTable(
  'presentation',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    needId: uuid('need_id').notNull(),
    employerId: uuid('employer_id').notNull(),
    /** SHA-256 of the link's token; the token itself is shown once. */
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdById: uuid('created_by_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastViewedAt: timestamp('last_viewed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    uniqueIndex('presentation_token_uq').on(t.tokenHash),
    index('presentation_employer_idx').on(t.municipalityCode, t.employerId, t.createdAt),
  ],
);

export const candidateAnswers = ['interview_yes', 'interview_no', 'hired', 'not_relevant'] as const;

/** One candidate in a presentation, and the employer's answer. */
export const presentationCandidate = pgTable(
  'presentation_candidate',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    presentationId: uuid('presentation_id').notNull(),
    entryId: uuid('entry_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    consentId: uuid('consent_id').notNull(),
    answer: text('answer', { enum: candidateAnswers }),
    answerReason: text('answer_reason'),
    answerNote: text('answer_note'),
    hiredStartDate: date('hired_start_date', { mode: 'string' }),
    hiredEmploymentKind: text('hired_employment_kind'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    index('presentation_candidate_idx').on(t.municipalityCode, t.presentationId),
  ],
);

/** A hire: through a need (by link or by staff) or made outside the system and registered after. */
export const placement = pgTable(
  'placement',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    participantId: uuid('participant_id').notNull(),
    enrolmentId: uuid('enrolment_id').notNull(),
    employerId: uuid('employer_id').notNull(),
    needId: uuid('need_id'),
    /** unsubsidised, subsidised or municipal_labour_market (the last is never Kolada's work). */
    kind: text('kind', { enum: ['unsubsidised', 'subsidised', 'municipal_labour_market'] }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    employmentForm: text('employment_form'),
    source: text('source', { enum: ['employer_link', 'staff', 'outside'] }).notNull(),
    createdById: uuid('created_by_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    index('placement_need_idx').on(t.municipalityCode, t.needId),
    index('placement_participant_idx').on(t.municipalityCode, t.participantId),
  ],
);

/** Something a staff member should know ("your participant was put on a shortlist"). */
export const notification = pgTable(
  'notification',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    staffId: uuid('staff_id').notNull(),
    kind: text('kind').notNull(),
    /** Swedish, without personal data beyond what the staff member may already see. */
    text: text('text').notNull(),
    /** A path in the web app to open. */
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    index('notification_staff_idx').on(t.municipalityCode, t.staffId, t.readAt),
  ],
);
