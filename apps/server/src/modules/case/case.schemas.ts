// The case file's shared schemas: the person, their periods (enrolments) and the exit of each,
// as every case module shows them. Each module's own requests live beside its routes.
//
// Routes over case records (all under /api; anonymous → 401 everywhere). Who may do what is the
// access layer's policy table (src/access/policy.ts): a coach reads and writes the people enrolled
// in their units now and reads earlier periods of their own units; a manager reads their units'
// cases and reassigns coaches; admin and liaison get 403. A record outside the actor's units
// answers 404 (existence is not confirmed) and is audited as access_denied, like a 403.
// Concurrency: every mutable record has `version`; a stale one → 409.

import {
  EDUCATION_LEVELS,
  EMPLOYMENT_KINDS,
  EXIT_CATEGORIES,
  KOLADA_EXIT_CATEGORIES,
  REFERRAL_SOURCES,
  STUDY_KINDS,
} from '@arbetsbro/kolada';
import { z } from '@hono/zod-openapi';
import { IsoDate, optionalText, StaffRef, text, Uuid } from '../../http/schemas.ts';

export const ParticipantIdParam = z.object({
  participantId: Uuid.openapi({ param: { name: 'participantId', in: 'path' } }),
});
export const EnrolmentIdParam = z.object({
  enrolmentId: Uuid.openapi({ param: { name: 'enrolmentId', in: 'path' } }),
});

export { EDUCATION_LEVELS, EMPLOYMENT_KINDS, EXIT_CATEGORIES, REFERRAL_SOURCES, STUDY_KINDS };

export const ReferralSource = z.enum(REFERRAL_SOURCES, { message: 'Välj vem som anvisat deltagaren.' });
export const EducationLevel = z.enum(EDUCATION_LEVELS, { message: 'Välj utbildningsnivå.' });

export const SHIFT_KINDS = ['day', 'evening', 'night'] as const;

/**
 * Adaptations the person chooses to share (working time, physical, work environment). Sensitive:
 * shown only to coaches of the unit; matching gets the codes only.
 */
export const ADAPTATION_CODES = [
  'working_time.part_time',
  'working_time.flexible_hours',
  'working_time.no_night_shifts',
  'working_time.extra_breaks',
  'physical.no_heavy_lifting',
  'physical.seated_work',
  'physical.accessible_workplace',
  'physical.no_standing_all_day',
  'environment.quiet',
  'environment.clear_instructions',
  'environment.supervisor_support',
  'environment.scent_free',
] as const;
export const adaptationLabels: Record<(typeof ADAPTATION_CODES)[number], string> = {
  'working_time.part_time': 'Deltid',
  'working_time.flexible_hours': 'Flexibla arbetstider',
  'working_time.no_night_shifts': 'Inga nattpass',
  'working_time.extra_breaks': 'Extra pauser',
  'physical.no_heavy_lifting': 'Inga tunga lyft',
  'physical.seated_work': 'Sittande arbete',
  'physical.accessible_workplace': 'Tillgänglig arbetsplats',
  'physical.no_standing_all_day': 'Inte stå hela dagen',
  'environment.quiet': 'Lugn arbetsmiljö',
  'environment.clear_instructions': 'Tydliga instruktioner',
  'environment.supervisor_support': 'Handledare på plats',
  'environment.scent_free': 'Doftfri miljö',
};

// ---- participant (the person) ---------------------------------------------------------------

export const Contact = z
  .object({
    phone: optionalText(40),
    email: z.string().trim().email('Ogiltig e-postadress.').max(200).nullable().optional(),
    address: optionalText(200),
    preferredLanguage: optionalText(40),
  })
  .openapi('ParticipantContact');
export type Contact = z.infer<typeof Contact>;

/** Profile for matching: aligned with the matching engine's ParticipantProfile (issue 5). */
export const Profile = z
  .object({
    occupations: z
      .array(
        z.object({ id: text(200), years: z.number().min(0, 'Antal år kan inte vara negativt.').max(60) }),
      )
      .max(50)
      .default([]),
    wishedOccupations: z.array(text(200)).max(50).default([]),
    /** SSYK group ids or occupation ids the person is interested in. */
    interests: z.array(text(200)).max(50).default([]),
    /** Free text in the person's words ("rätt jobb, inte bara ett jobb"). */
    interestsNote: optionalText(2000, { multiline: true }),
    skills: z.array(text(200)).max(200).default([]),
    /** Credential codes from the taxonomy: driving licences and certificates. */
    licences: z.array(text(40)).max(50).default([]),
    languages: z
      .array(z.object({ code: text(60), level: text(40) }))
      .max(20)
      .default([]),
    educations: z
      .array(
        z.object({
          title: text(200),
          level: EducationLevel.nullable().optional(),
          completedYear: z.number().int().min(1940).max(2100).nullable().optional(),
          validatedInSweden: z.boolean().nullable().optional(),
        }),
      )
      .max(20)
      .default([]),
    /** Kommunkod of the home municipality. */
    municipality: z
      .string()
      .regex(/^\d{4}$/, 'Kommunkoden ska vara fyra siffror.')
      .nullable()
      .optional(),
    postcode: z
      .string()
      .regex(/^\d{3} ?\d{2}$/, 'Postnumret ska ha fem siffror.')
      .nullable()
      .optional(),
    maxCommuteKm: z.number().min(0).max(500).nullable().optional(),
    hasCar: z.boolean().nullable().optional(),
    availableFrom: IsoDate.nullable().optional(),
    extentPercent: z
      .number()
      .int()
      .min(1, 'Omfattning 1–100 %.')
      .max(100, 'Omfattning 1–100 %.')
      .nullable()
      .optional(),
    shifts: z.array(z.enum(SHIFT_KINDS)).max(3).nullable().optional(),
    weekends: z.boolean().nullable().optional(),
    /** Sensitive: only for coaches of the unit; every change and read of it is audited. */
    adaptations: z.array(z.enum(ADAPTATION_CODES)).max(ADAPTATION_CODES.length).default([]),
    adaptationsNote: optionalText(1000, { multiline: true }),
  })
  .openapi('ParticipantProfile');
export type Profile = z.infer<typeof Profile>;

export const EnrolmentFacts = z.object({
  enrolledAt: IsoDate,
  referralSource: ReferralSource,
  educationLevel: EducationLevel.nullable(),
  /** Months without work before enrolment; null when not known. */
  monthsWithoutWork: z.number().int().min(0, 'Kan inte vara negativt.').max(600).nullable(),
  incomeSupport: z.boolean(),
  /** Registered at Arbetsförmedlingen since (null: not registered / not known). */
  afRegisteredSince: IsoDate.nullable().optional(),
});
export const ExitView = z
  .object({
    date: IsoDate,
    category: z.enum(EXIT_CATEGORIES),
    employment: z
      .object({
        kind: z.enum(EMPLOYMENT_KINDS),
        startDate: IsoDate,
        employerId: z.string().uuid().nullable(),
        employerName: z.string().nullable(),
        occupationId: z.string().nullable(),
        subsidy: z.string().nullable(),
        /** true held, false did not, null not verified yet. */
        heldOneMonth: z.boolean().nullable(),
        verificationDueDate: IsoDate.nullable(),
      })
      .nullable(),
    studies: z
      .object({
        kind: z.enum(STUDY_KINDS),
        studentFinanceEligible: z.boolean(),
        provider: z.string().nullable(),
      })
      .nullable(),
    note: z.string().nullable(),
    /** Kolada classification via classifyExit: pending work exits count as E until verified. */
    koladaCategory: z.enum(KOLADA_EXIT_CATEGORIES),
    status: z.enum(['verified', 'pending_verification']),
    reason: z.string(),
    /** Swedish explanation for the coach. */
    reasonText: z.string(),
  })
  .openapi('ExitView');
export type ExitView = z.infer<typeof ExitView>;

export const EnrolmentView = z
  .object({
    id: z.string().uuid(),
    participantId: z.string().uuid(),
    version: z.number().int(),
    unitId: z.string().uuid(),
    unitName: z.string(),
    coach: StaffRef.nullable(),
    enrolledAt: IsoDate,
    referralSource: ReferralSource,
    educationLevel: EducationLevel.nullable(),
    monthsWithoutWork: z.number().int().nullable(),
    incomeSupport: z.boolean(),
    afRegisteredSince: IsoDate.nullable(),
    /** Age at enrolment (routing only; never used in matching). */
    ageAtEnrolment: z.number().int(),
    status: z.enum(['active', 'exited']),
    exit: ExitView.nullable(),
    coachHistory: z.array(
      z.object({
        coach: StaffRef.nullable(),
        from: z.string().datetime(),
        to: z.string().datetime().nullable(),
        assignedBy: StaffRef.nullable(),
      }),
    ),
  })
  .openapi('Enrolment');
export type EnrolmentView = z.infer<typeof EnrolmentView>;

export const ParticipantDetail = z
  .object({
    id: z.string().uuid(),
    version: z.number().int(),
    /** Full personnummer (12 digits with hyphen), detail view only. */
    personnummer: z.string(),
    personnummerKind: z.enum(['personnummer', 'samordningsnummer']),
    birthDate: IsoDate,
    age: z.number().int(),
    firstName: z.string(),
    lastName: z.string(),
    contact: z.object({
      phone: z.string().nullable(),
      email: z.string().nullable(),
      address: z.string().nullable(),
      preferredLanguage: z.string().nullable(),
    }),
    /** Adaptations are omitted (empty, `adaptationsVisible: false`) for managers. */
    profile: Profile,
    adaptationsVisible: z.boolean(),
    profileVersion: z.number().int(),
    /** Newest first; the open one (if any) is `currentEnrolmentId`. */
    enrolments: z.array(EnrolmentView),
    currentEnrolmentId: z.string().uuid().nullable(),
    /**
     * current: the person is enrolled in one of the actor's units now; former: only earlier
     * periods were (those periods are shown, nothing current: no contact details, no profile).
     */
    relationship: z.enum(['current', 'former']),
    /** Skyddade personuppgifter: never presented to employers; handled outside the system. */
    protectedIdentity: z.boolean(),
    /** What the actor may do (the UI hides buttons; the server checks again). */
    /** What the actor may do here: write, reassign the coach, correct (exit, notes), correct name/personnummer. */
    permissions: z.object({
      write: z.boolean(),
      reassign: z.boolean(),
      correct: z.boolean(),
      correctIdentity: z.boolean(),
    }),
  })
  .openapi('ParticipantDetail');
export type ParticipantDetail = z.infer<typeof ParticipantDetail>;
