import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { employer } from './employer.ts';
import { staffUser } from './staff.ts';
import { municipality, unit } from './tenancy.ts';

// The coach's case records (issue 4). Every table is keyed by municipality (composite keys), like
// the rest of the schema. Case records fall under secrecy: access goes through the services'
// policy checks, and every read and write is audited.

/** Matching profile, stored as one document (aligned with the matching engine's ParticipantProfile). */
export interface ParticipantProfileDoc {
  occupations: Array<{ id: string; years: number }>;
  wishedOccupations: string[];
  interests: string[];
  interestsNote?: string | null;
  skills: string[];
  licences: string[];
  languages: Array<{ code: string; level: string }>;
  educations: Array<{
    title: string;
    level?: string | null;
    completedYear?: number | null;
    validatedInSweden?: boolean | null;
  }>;
  municipality?: string | null;
  postcode?: string | null;
  maxCommuteKm?: number | null;
  hasCar?: boolean | null;
  availableFrom?: string | null;
  extentPercent?: number | null;
  shifts?: Array<'day' | 'evening' | 'night'> | null;
  weekends?: boolean | null;
}

/** The person: one row per personnummer in the municipality; enrolments are the periods. */
export const participant = pgTable(
  'participant',
  {
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipality.code),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    /** Twelve digits YYYYMMDDNNNC (parsePersonnummer's normalized form). */
    personnummer: text('personnummer').notNull(),
    personnummerKind: text('personnummer_kind', { enum: ['personnummer', 'samordningsnummer'] }).notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    preferredLanguage: text('preferred_language'),
    profile: jsonb('profile').$type<ParticipantProfileDoc>().notNull(),
    /** Special-category data (health): a column of its own so that it is never selected by accident. */
    adaptations: jsonb('adaptations').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    adaptationsNote: text('adaptations_note'),
    /**
     * Skyddade personuppgifter (sekretessmarkering / skyddad folkbokföring): never presented to an
     * employer through the system, never shown in lists to others than the coach and the manager.
     */
    protectedIdentity: boolean('protected_identity').notNull().default(false),
    /** Optimistic concurrency for name/contact and for the profile (edited on different screens). */
    version: integer('version').notNull().default(1),
    profileVersion: integer('profile_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    uniqueIndex('participant_personnummer_uq').on(t.municipalityCode, t.personnummer),
    index('participant_name_idx').on(t.municipalityCode, t.lastName, t.firstName),
  ],
);

/** One period with a unit (inskrivning → avslut). Exit columns are flat for statistics. */
export const enrolment = pgTable(
  'enrolment',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    participantId: uuid('participant_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    coachId: uuid('coach_id'),
    enrolledAt: date('enrolled_at', { mode: 'string' }).notNull(),
    referralSource: text('referral_source').notNull(),
    educationLevel: text('education_level'),
    monthsWithoutWork: integer('months_without_work'),
    incomeSupport: boolean('income_support').notNull(),
    afRegisteredSince: date('af_registered_since', { mode: 'string' }),
    exitDate: date('exit_date', { mode: 'string' }),
    exitCategory: text('exit_category'),
    exitEmploymentKind: text('exit_employment_kind'),
    exitEmploymentStart: date('exit_employment_start', { mode: 'string' }),
    exitEmployerId: uuid('exit_employer_id'),
    exitEmployerName: text('exit_employer_name'),
    exitOccupationId: text('exit_occupation_id'),
    exitSubsidy: text('exit_subsidy'),
    /** Verified at the one-month follow-up: true held, false not, null not yet. */
    exitHeldOneMonth: boolean('exit_held_one_month'),
    exitStudiesKind: text('exit_studies_kind'),
    exitStudentFinanceEligible: boolean('exit_student_finance_eligible'),
    exitStudiesProvider: text('exit_studies_provider'),
    exitNote: text('exit_note'),
    /** When the exit was first recorded: a coach may correct it for the municipality's exitCorrectionDays after. */
    exitRecordedAt: timestamp('exit_recorded_at', { withTimezone: true }),
    /** Set when the period came from `arbetsbro import cases`. */
    importedAt: timestamp('imported_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    foreignKey({
      columns: [t.municipalityCode, t.participantId],
      foreignColumns: [participant.municipalityCode, participant.id],
    }),
    foreignKey({ columns: [t.municipalityCode, t.unitId], foreignColumns: [unit.municipalityCode, unit.id] }),
    foreignKey({
      columns: [t.municipalityCode, t.coachId],
      foreignColumns: [staffUser.municipalityCode, staffUser.id],
    }),
    foreignKey({
      columns: [t.municipalityCode, t.exitEmployerId],
      foreignColumns: [employer.municipalityCode, employer.id],
    }),
    // A person has at most one open period at a time.
    uniqueIndex('enrolment_one_open_uq')
      .on(t.municipalityCode, t.participantId)
      .where(sql`exit_date is null`),
    index('enrolment_participant_idx').on(t.municipalityCode, t.participantId),
    index('enrolment_unit_idx').on(t.municipalityCode, t.unitId, t.exitDate),
    index('enrolment_coach_idx').on(t.municipalityCode, t.coachId),
  ],
);

/** Who was the coach when: reassignment history. */
export const coachAssignment = pgTable(
  'coach_assignment',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    enrolmentId: uuid('enrolment_id').notNull(),
    coachId: uuid('coach_id'),
    assignedById: uuid('assigned_by_id'),
    fromAt: timestamp('from_at', { withTimezone: true }).notNull(),
    toAt: timestamp('to_at', { withTimezone: true }),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    foreignKey({
      columns: [t.municipalityCode, t.enrolmentId],
      foreignColumns: [enrolment.municipalityCode, enrolment.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.municipalityCode, t.coachId],
      foreignColumns: [staffUser.municipalityCode, staffUser.id],
    }),
    index('coach_assignment_enrolment_idx').on(t.municipalityCode, t.enrolmentId),
  ],
);

export interface PlanStepDoc {
  id: string;
  title: string;
  description: string | null;
  status: 'proposed' | 'planned' | 'in_progress' | 'done' | 'cancelled';
  dueDate: string | null;
  interventionId: string | null;
}

/** Handlingsplan: every save is a new immutable version; the newest is the plan in force. */
export const planVersion = pgTable(
  'plan_version',
  {
    municipalityCode: text('municipality_code').notNull(),
    enrolmentId: uuid('enrolment_id').notNull(),
    version: integer('version').notNull(),
    goal: text('goal', { enum: ['work', 'studies'] }).notNull(),
    goalDescription: text('goal_description'),
    goalOccupationId: text('goal_occupation_id'),
    steps: jsonb('steps').$type<PlanStepDoc[]>().notNull(),
    agreedWithParticipant: boolean('agreed_with_participant').notNull(),
    agreedAt: date('agreed_at', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdById: uuid('created_by_id'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.enrolmentId, t.version] }),
    foreignKey({
      columns: [t.municipalityCode, t.enrolmentId],
      foreignColumns: [enrolment.municipalityCode, enrolment.id],
    }).onDelete('cascade'),
  ],
);

export const intervention = pgTable(
  'intervention',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    enrolmentId: uuid('enrolment_id').notNull(),
    type: text('type').notNull(),
    subsidyKind: text('subsidy_kind'),
    title: text('title').notNull(),
    employerId: uuid('employer_id'),
    provider: text('provider'),
    occupationId: text('occupation_id'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    hoursPerWeek: real('hours_per_week'),
    goals: text('goals'),
    status: text('status').notNull(),
    recruitmentNeedId: uuid('recruitment_need_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdById: uuid('created_by_id'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    foreignKey({
      columns: [t.municipalityCode, t.enrolmentId],
      foreignColumns: [enrolment.municipalityCode, enrolment.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.municipalityCode, t.employerId],
      foreignColumns: [employer.municipalityCode, employer.id],
    }),
    index('intervention_enrolment_idx').on(t.municipalityCode, t.enrolmentId),
  ],
);

export const journalEntry = pgTable(
  'journal_entry',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    enrolmentId: uuid('enrolment_id').notNull(),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    authorId: uuid('author_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Amended notes keep every earlier text in case_correction (a record system never loses one). */
    version: integer('version').notNull().default(1),
    amendedAt: timestamp('amended_at', { withTimezone: true }),
    amendedById: uuid('amended_by_id'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    foreignKey({
      columns: [t.municipalityCode, t.enrolmentId],
      foreignColumns: [enrolment.municipalityCode, enrolment.id],
    }).onDelete('cascade'),
    index('journal_entry_enrolment_idx').on(t.municipalityCode, t.enrolmentId, t.occurredOn),
  ],
);

export const followUp = pgTable(
  'follow_up',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    enrolmentId: uuid('enrolment_id').notNull(),
    kind: text('kind', { enum: ['regular', 'meeting', 'exit_verification'] }).notNull(),
    with: text('with', { enum: ['participant', 'employer', 'both'] }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    dueTime: text('due_time'),
    employerId: uuid('employer_id'),
    interventionId: uuid('intervention_id'),
    purpose: text('purpose'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneById: uuid('done_by_id'),
    outcome: text('outcome'),
    jobHeld: boolean('job_held'),
    /** Set by the daily job when the due date has passed and it is not done. */
    overdueSince: date('overdue_since', { mode: 'string' }),
    /** Cancelled follow-ups stay in the record with the reason; they are not due any more. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledById: uuid('cancelled_by_id'),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdById: uuid('created_by_id'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    foreignKey({
      columns: [t.municipalityCode, t.enrolmentId],
      foreignColumns: [enrolment.municipalityCode, enrolment.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.municipalityCode, t.employerId],
      foreignColumns: [employer.municipalityCode, employer.id],
    }),
    // One verification follow-up per work exit: lets the daily job create missing ones idempotently.
    uniqueIndex('follow_up_exit_verification_uq')
      .on(t.municipalityCode, t.enrolmentId)
      .where(sql`kind = 'exit_verification'`),
    index('follow_up_due_idx').on(t.municipalityCode, t.dueDate),
    index('follow_up_enrolment_idx').on(t.municipalityCode, t.enrolmentId),
  ],
);

export const correctionSubjects = ['exit', 'journal_entry', 'follow_up', 'intervention', 'identity'] as const;
export type CorrectionSubject = (typeof correctionSubjects)[number];

/** One changed field of a correction: the value before and after (as the API shows them). */
export interface CorrectionChange {
  field: string;
  from: unknown;
  to: unknown;
}

/**
 * Corrections of what was entered wrongly: what changed (every field, from → to), why and who.
 * Part of the case record (it holds the earlier values, e.g. a journal note's original text), so
 * it is read through the access layer like the rest of the case file.
 */
export const caseCorrection = pgTable(
  'case_correction',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    participantId: uuid('participant_id').notNull(),
    enrolmentId: uuid('enrolment_id'),
    subject: text('subject', { enum: correctionSubjects }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    reason: text('reason').notNull(),
    changes: jsonb('changes').$type<CorrectionChange[]>().notNull(),
    correctedById: uuid('corrected_by_id'),
    correctedAt: timestamp('corrected_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    foreignKey({
      columns: [t.municipalityCode, t.participantId],
      foreignColumns: [participant.municipalityCode, participant.id],
    }).onDelete('cascade'),
    index('case_correction_subject_idx').on(t.municipalityCode, t.subjectId, t.correctedAt),
    index('case_correction_participant_idx').on(t.municipalityCode, t.participantId, t.correctedAt),
  ],
);
