// Request/response schemas for the coach's working day (issue 4): participants, enrolments,
// caseload, plan, interventions, journal, follow-ups, exits, employers. The single source of
// truth for validation, TypeScript types and OpenAPI. Shape is checked here; whether taxonomy ids,
// credential and language-level codes exist in the vocabulary in force is checked by the services
// (same 400 problem with `errors: [{path, message}]`, nothing saved).
//
// Routes (all under /api; anonymous → 401 everywhere).
// Roles: C = coach (only participants with an enrolment in one of their units; writes),
//        M = manager (reads everything in their units, reassigns coaches), admin and liaison: 403.
// A participant / enrolment / record outside the actor's units answers 404 (existence is not
// confirmed) and is audited as access_denied, like a 403.
//
//   POST   /participants/intake-check                 C     validate personnummer, suggest unit, known person?
//   POST   /participants                              C     intake: new person or re-enrolment of a known one
//   POST   /participants/search                       C M   search by name / personnummer (body, never URL)
//   GET    /participants/caseload?scope&filter&unitId C M   "Mina deltagare" + quick filters + counts
//   GET    /participants/{participantId}              C M   detail (full personnummer; adaptations only C)
//   PATCH  /participants/{participantId}              C     name / contact details (version)
//   PUT    /participants/{participantId}/profile      C     matching profile (version)
//   PATCH  /enrolments/{enrolmentId}                  C     correct intake facts (version)
//   PUT    /enrolments/{enrolmentId}/coach            C M   assign / reassign coach (C: only take an
//                                                          unassigned one for themselves)
//   GET    /enrolments/{enrolmentId}/plan             C M   current plan + version list
//   GET    /enrolments/{enrolmentId}/plan/versions/{n} C M  one historical plan version
//   PUT    /enrolments/{enrolmentId}/plan             C     save a new plan version (expectedVersion)
//   GET    /enrolments/{enrolmentId}/interventions    C M
//   POST   /enrolments/{enrolmentId}/interventions    C
//   PATCH  /interventions/{interventionId}            C     (version)
//   GET    /enrolments/{enrolmentId}/journal          C M
//   POST   /enrolments/{enrolmentId}/journal          C
//   GET    /enrolments/{enrolmentId}/follow-ups       C M
//   POST   /enrolments/{enrolmentId}/follow-ups       C
//   PATCH  /follow-ups/{followUpId}                   C     reschedule / mark done with outcome (version);
//                                                          an exit-verification follow-up takes jobHeld
//   GET    /follow-ups/reminders?range=week|overdue   C M   "Min vecka" / overdue (C: own; M: units)
//   POST   /enrolments/{enrolmentId}/exit             C     close the period (Kolada category; version)
//   GET    /caseload/units                            C M   the actor's units with their coaches
//   GET    /employers?q=                              C M L list/search employers (not personal data)
//   POST   /employers                                 C M L create an employer (org number validated)
//   GET    /employers/{employerId}                    C M L
//   PATCH  /employers/{employerId}                    C M L (version)
// (L = liaison.) Concurrency: every mutable record has `version`; a stale one → 409
// "Någon annan har ändrat … Ladda om och försök igen."

import { parseIsoDate } from '@arbetsbro/identity';
import {
  EDUCATION_LEVELS,
  EMPLOYMENT_KINDS,
  EXIT_CATEGORIES,
  KOLADA_EXIT_CATEGORIES,
  REFERRAL_SOURCES,
  STUDY_KINDS,
} from '@arbetsbro/kolada';
import { z } from '@hono/zod-openapi';

// ---- shared pieces --------------------------------------------------------------------------

export const IsoDate = z
  .string()
  .refine((s) => parseIsoDate(s) !== null, 'Ange ett datum som finns, i formen ÅÅÅÅ-MM-DD.')
  .openapi({ example: '2026-11-23', format: 'date' });

export const Uuid = z.string().uuid('Ogiltigt id.');
export const Version = z.number().int('Ogiltig version.').min(1, 'Ogiltig version.');

const text = (max: number, message = 'Fältet får inte vara tomt.') =>
  z.string().trim().min(1, message).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

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
    interestsNote: optionalText(2000),
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
    adaptationsNote: optionalText(1000),
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

export const IntakeCheckBody = z
  .object({ personnummer: z.string().max(20), enrolledAt: IsoDate.optional() })
  .openapi('IntakeCheckBody');
export const IntakeCheckResponse = z
  .object({
    valid: z.boolean(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })),
    kind: z.enum(['personnummer', 'samordningsnummer']).nullable(),
    birthDate: IsoDate.nullable(),
    age: z.number().int().nullable(),
    /** Unit chosen by the configured age ranges among the actor's units; null if none fits. */
    suggestedUnitId: z.string().uuid().nullable(),
    /** The person is already known (a new enrolment will link to the same person). */
    knownPerson: z.boolean(),
    /** The known person has an open enrolment: a new intake is refused (409). */
    hasOpenEnrolment: z.boolean(),
  })
  .openapi('IntakeCheckResponse');

export const IntakeBody = EnrolmentFacts.extend({
  personnummer: z.string().max(20),
  firstName: text(100, 'Ange förnamn.'),
  lastName: text(100, 'Ange efternamn.'),
  contact: Contact.optional(),
  /** Absent: routed by age among the actor's units. */
  unitId: Uuid.optional(),
  /** Absent: the acting coach; null leaves the enrolment unassigned. */
  coachId: Uuid.nullable().optional(),
  profile: Profile.partial().optional(),
}).openapi('IntakeBody');
export type IntakeBody = z.infer<typeof IntakeBody>;

export const ParticipantPatchBody = z
  .object({
    version: Version,
    firstName: text(100, 'Ange förnamn.').optional(),
    lastName: text(100, 'Ange efternamn.').optional(),
    /** Replaces the contact details as a whole (send every field you want to keep). */
    contact: Contact.optional(),
  })
  .openapi('ParticipantPatchBody');
export type ParticipantPatchBody = z.infer<typeof ParticipantPatchBody>;

/** `version` is the participant's `profileVersion` (the profile is edited apart from contact details). */
export const ProfilePutBody = z.object({ version: Version, profile: Profile }).openapi('ProfilePutBody');
export type ProfilePutBody = z.infer<typeof ProfilePutBody>;

// ---- exit ------------------------------------------------------------------------------------

export const ExitBody = z
  .object({
    version: Version,
    date: IsoDate,
    category: z.enum(EXIT_CATEGORIES, { message: 'Välj avslutsorsak.' }),
    employment: z
      .object({
        kind: z.enum(EMPLOYMENT_KINDS),
        startDate: IsoDate,
        employerId: Uuid.nullable().optional(),
        /** When no employer record exists (free text name of the employer). */
        employerName: optionalText(200),
        occupationId: z.string().max(200).nullable().optional(),
        /** Subsidy type for subsidised jobs (nystartsjobb, lönebidrag, introduktionsjobb …). */
        subsidy: z.enum(['nystartsjobb', 'lonebidrag', 'introduktionsjobb', 'other']).nullable().optional(),
      })
      .optional(),
    studies: z
      .object({
        kind: z.enum(STUDY_KINDS),
        studentFinanceEligible: z.boolean(),
        provider: optionalText(200),
      })
      .optional(),
    note: optionalText(2000),
  })
  .superRefine((b, ctx) => {
    if (b.category === 'work' && !b.employment)
      ctx.addIssue({
        code: 'custom',
        path: ['employment'],
        message: 'Ange anställningen vid avslut till arbete.',
      });
    if (b.category === 'studies' && !b.studies)
      ctx.addIssue({
        code: 'custom',
        path: ['studies'],
        message: 'Ange utbildningen vid avslut till studier.',
      });
  })
  .openapi('ExitBody');
export type ExitBody = z.infer<typeof ExitBody>;

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

// ---- enrolment -------------------------------------------------------------------------------

export const EnrolmentPatchBody = EnrolmentFacts.partial()
  .extend({ version: Version })
  .openapi('EnrolmentPatchBody');
export type EnrolmentPatchBody = z.infer<typeof EnrolmentPatchBody>;

export const CoachAssignmentBody = z
  .object({ version: Version, coachId: Uuid.nullable(), reason: optionalText(500) })
  .openapi('CoachAssignmentBody');
export type CoachAssignmentBody = z.infer<typeof CoachAssignmentBody>;

export const StaffRef = z.object({ id: z.string().uuid(), displayName: z.string() }).openapi('StaffRef');

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
    /** What the actor may do (the UI hides buttons; the server checks again). */
    permissions: z.object({ write: z.boolean(), reassign: z.boolean() }),
  })
  .openapi('ParticipantDetail');
export type ParticipantDetail = z.infer<typeof ParticipantDetail>;

// ---- caseload / search -----------------------------------------------------------------------

export const CASELOAD_FILTERS = [
  'all',
  'unassigned',
  'new',
  'follow_up_overdue',
  'no_active_intervention',
  'exit_needs_verification',
  'meetings_today',
] as const;
export type CaseloadFilter = (typeof CASELOAD_FILTERS)[number];

export const CaseloadQuery = z.object({
  /** mine: enrolments assigned to the actor (coach); unit: every active enrolment in the actor's units. */
  scope: z.enum(['mine', 'unit']).default('mine'),
  filter: z.enum(CASELOAD_FILTERS).default('all'),
  unitId: Uuid.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CaseloadQuery = z.infer<typeof CaseloadQuery>;

export const ParticipantListItem = z
  .object({
    participantId: z.string().uuid(),
    enrolmentId: z.string().uuid(),
    /** Masked: YYYYMMDD-****. */
    personnummerMasked: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    age: z.number().int(),
    unitId: z.string().uuid(),
    unitName: z.string(),
    coach: StaffRef.nullable(),
    enrolledAt: IsoDate,
    status: z.enum(['active', 'exited']),
    exitDate: IsoDate.nullable(),
    nextFollowUpDate: IsoDate.nullable(),
    overdueFollowUps: z.number().int(),
    activeInterventions: z.number().int(),
    needsExitVerification: z.boolean(),
    hasMeetingToday: z.boolean(),
  })
  .openapi('ParticipantListItem');
export type ParticipantListItem = z.infer<typeof ParticipantListItem>;

export const CaseloadResponse = z
  .object({
    items: z.array(ParticipantListItem),
    total: z.number().int(),
    /** Count per filter for the same scope/unit (the filter chips). */
    counts: z.object(
      Object.fromEntries(CASELOAD_FILTERS.map((f) => [f, z.number().int()])) as Record<
        CaseloadFilter,
        z.ZodNumber
      >,
    ),
  })
  .openapi('CaseloadResponse');
export type CaseloadResponse = z.infer<typeof CaseloadResponse>;

export const SearchBody = z
  .object({
    /** Name (part), or personnummer (10/12 digits, or YYYYMMDD). */
    query: z.string().trim().min(2, 'Skriv minst två tecken.').max(100),
    includeExited: z.boolean().default(true),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .openapi('ParticipantSearchBody');
export type SearchBody = z.infer<typeof SearchBody>;
export const SearchResponse = z
  .object({ items: z.array(ParticipantListItem), total: z.number().int() })
  .openapi('ParticipantSearchResponse');

export const CaseloadUnitsResponse = z
  .object({
    units: z.array(
      z.object({
        id: z.string().uuid(),
        name: z.string(),
        minAge: z.number().int().nullable(),
        maxAge: z.number().int().nullable(),
        coaches: z.array(StaffRef),
      }),
    ),
  })
  .openapi('CaseloadUnitsResponse');

// ---- plan ------------------------------------------------------------------------------------

export const PLAN_STEP_STATUSES = ['proposed', 'planned', 'in_progress', 'done', 'cancelled'] as const;
export const planStepStatusLabels: Record<(typeof PLAN_STEP_STATUSES)[number], string> = {
  proposed: 'Föreslagen',
  planned: 'Planerad',
  in_progress: 'Pågår',
  done: 'Klar',
  cancelled: 'Avbruten',
};
export const PLAN_GOALS = ['work', 'studies'] as const;

export const PlanStep = z.object({
  /** Stable across versions (client generates for new steps, or leave out). */
  id: Uuid.optional(),
  title: text(200, 'Ange en rubrik för steget.'),
  description: optionalText(2000),
  status: z.enum(PLAN_STEP_STATUSES),
  dueDate: IsoDate.nullable().optional(),
  /** Optional link to an intervention that carries out the step. */
  interventionId: Uuid.nullable().optional(),
});

export const PlanPutBody = z
  .object({
    /** The plan version the edit started from; 0 when there is no plan yet. */
    expectedVersion: z.number().int().min(0),
    goal: z.enum(PLAN_GOALS, { message: 'Välj huvudmål: arbete eller studier.' }),
    goalDescription: optionalText(2000),
    /** e.g. the occupation aimed at. */
    goalOccupationId: z.string().max(200).nullable().optional(),
    steps: z.array(PlanStep).max(50),
    agreedWithParticipant: z.boolean(),
    /** Date the plan was agreed with the participant (required when agreed). */
    agreedAt: IsoDate.nullable().optional(),
  })
  .openapi('PlanPutBody');
export type PlanPutBody = z.infer<typeof PlanPutBody>;

export const PlanVersionView = z
  .object({
    enrolmentId: z.string().uuid(),
    version: z.number().int(),
    goal: z.enum(PLAN_GOALS),
    goalDescription: z.string().nullable(),
    goalOccupationId: z.string().nullable(),
    steps: z.array(
      PlanStep.extend({
        id: z.string().uuid(),
        description: z.string().nullable(),
        dueDate: IsoDate.nullable(),
        interventionId: z.string().uuid().nullable(),
      }),
    ),
    agreedWithParticipant: z.boolean(),
    agreedAt: IsoDate.nullable(),
    createdAt: z.string().datetime(),
    createdBy: StaffRef.nullable(),
  })
  .openapi('PlanVersion');
export type PlanVersionView = z.infer<typeof PlanVersionView>;

export const PlanResponse = z
  .object({
    current: PlanVersionView.nullable(),
    versions: z.array(
      z.object({
        version: z.number().int(),
        createdAt: z.string().datetime(),
        createdBy: StaffRef.nullable(),
        agreedWithParticipant: z.boolean(),
      }),
    ),
  })
  .openapi('PlanResponse');
export const PlanVersionParam = EnrolmentIdParam.extend({
  n: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'n', in: 'path' } }),
});

// ---- interventions ---------------------------------------------------------------------------

export const INTERVENTION_TYPES = [
  'praktik',
  'arbetstraning',
  'utbildning',
  'jobbspar',
  'subsidised_employment',
  'municipal_employment',
  'study_guidance',
  'coaching',
] as const;
export const interventionTypeLabels: Record<(typeof INTERVENTION_TYPES)[number], string> = {
  praktik: 'Praktik',
  arbetstraning: 'Arbetsträning',
  utbildning: 'Utbildning',
  jobbspar: 'Jobbspår',
  subsidised_employment: 'Anställning med stöd',
  municipal_employment: 'Kommunal arbetsmarknadsanställning',
  study_guidance: 'Studie- och yrkesvägledning',
  coaching: 'Coachning',
};
export const SUBSIDY_KINDS = ['nystartsjobb', 'lonebidrag', 'introduktionsjobb', 'other'] as const;
export const INTERVENTION_STATUSES = ['planned', 'active', 'completed', 'cancelled'] as const;

const interventionFields = {
  type: z.enum(INTERVENTION_TYPES, { message: 'Välj typ av insats.' }),
  /** Only for subsidised_employment. */
  subsidyKind: z.enum(SUBSIDY_KINDS).nullable().optional(),
  title: text(200, 'Ange en benämning.'),
  employerId: Uuid.nullable().optional(),
  /** Training provider or other organiser when not an employer record. */
  provider: optionalText(200),
  occupationId: z.string().max(200).nullable().optional(),
  startDate: IsoDate,
  endDate: IsoDate.nullable().optional(),
  hoursPerWeek: z.number().min(0).max(60, 'Högst 60 timmar per vecka.').nullable().optional(),
  goals: optionalText(2000),
  status: z.enum(INTERVENTION_STATUSES),
  /** Optional: the recruitment need this intervention is built for (issue 5). */
  recruitmentNeedId: Uuid.nullable().optional(),
};
const interventionRefine = (
  b: { type?: string; subsidyKind?: string | null; startDate?: string; endDate?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (b.startDate && b.endDate && b.endDate < b.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Slutdatum kan inte vara före startdatum.' });
  if (b.type === 'subsidised_employment' && b.subsidyKind == null)
    ctx.addIssue({ code: 'custom', path: ['subsidyKind'], message: 'Välj typ av anställningsstöd.' });
  if (b.type && b.type !== 'subsidised_employment' && b.subsidyKind != null)
    ctx.addIssue({
      code: 'custom',
      path: ['subsidyKind'],
      message: 'Stödform gäller bara anställning med stöd.',
    });
};
export const InterventionCreateBody = z
  .object({ ...interventionFields, status: z.enum(INTERVENTION_STATUSES).default('planned') })
  .superRefine(interventionRefine)
  .openapi('InterventionCreateBody');
export type InterventionCreateBody = z.infer<typeof InterventionCreateBody>;
export const InterventionPatchBody = z
  .object(interventionFields)
  .partial()
  .extend({ version: Version })
  .superRefine(interventionRefine)
  .openapi('InterventionPatchBody');
export type InterventionPatchBody = z.infer<typeof InterventionPatchBody>;
export const InterventionIdParam = z.object({
  interventionId: Uuid.openapi({ param: { name: 'interventionId', in: 'path' } }),
});

export const InterventionView = z
  .object({
    id: z.string().uuid(),
    enrolmentId: z.string().uuid(),
    version: z.number().int(),
    type: z.enum(INTERVENTION_TYPES),
    subsidyKind: z.enum(SUBSIDY_KINDS).nullable(),
    title: z.string(),
    employer: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
    provider: z.string().nullable(),
    occupationId: z.string().nullable(),
    startDate: IsoDate,
    endDate: IsoDate.nullable(),
    hoursPerWeek: z.number().nullable(),
    goals: z.string().nullable(),
    status: z.enum(INTERVENTION_STATUSES),
    recruitmentNeedId: z.string().uuid().nullable(),
    createdAt: z.string().datetime(),
  })
  .openapi('Intervention');
export type InterventionView = z.infer<typeof InterventionView>;
export const InterventionListResponse = z
  .object({ items: z.array(InterventionView) })
  .openapi('InterventionList');

// ---- journal ---------------------------------------------------------------------------------

export const JOURNAL_KINDS = ['note', 'meeting', 'phone', 'employer_contact', 'other'] as const;
export const JournalCreateBody = z
  .object({
    kind: z.enum(JOURNAL_KINDS).default('note'),
    /** When it happened (not in the future). */
    occurredOn: IsoDate,
    text: text(10_000, 'Skriv en anteckning.'),
  })
  .openapi('JournalCreateBody');
export type JournalCreateBody = z.infer<typeof JournalCreateBody>;
export const JournalEntryView = z
  .object({
    id: z.string().uuid(),
    enrolmentId: z.string().uuid(),
    kind: z.enum(JOURNAL_KINDS),
    occurredOn: IsoDate,
    text: z.string(),
    author: StaffRef.nullable(),
    createdAt: z.string().datetime(),
  })
  .openapi('JournalEntry');
export type JournalEntryView = z.infer<typeof JournalEntryView>;
export const JournalListResponse = z.object({ items: z.array(JournalEntryView) }).openapi('JournalList');

// ---- follow-ups ------------------------------------------------------------------------------

export const FOLLOW_UP_WITH = ['participant', 'employer', 'both'] as const;
/** exit_verification: created by a work exit, one month after start; completing it verifies the job. */
export const FOLLOW_UP_KINDS = ['regular', 'meeting', 'exit_verification'] as const;
export const FollowUpCreateBody = z
  .object({
    with: z.enum(FOLLOW_UP_WITH),
    kind: z.enum(['regular', 'meeting']).default('regular'),
    dueDate: IsoDate,
    /** Optional time for a meeting (HH:MM). */
    dueTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Ange tid som TT:MM.')
      .nullable()
      .optional(),
    employerId: Uuid.nullable().optional(),
    interventionId: Uuid.nullable().optional(),
    purpose: optionalText(1000),
  })
  .openapi('FollowUpCreateBody');
export type FollowUpCreateBody = z.infer<typeof FollowUpCreateBody>;
export const FollowUpPatchBody = z
  .object({
    version: Version,
    dueDate: IsoDate.optional(),
    dueTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Ange tid som TT:MM.')
      .nullable()
      .optional(),
    purpose: optionalText(1000),
    done: z.boolean().optional(),
    /** The outcome, required when marking done. */
    outcome: optionalText(4000),
    /** For exit_verification: did the job last one continuous month? Required when marking it done. */
    jobHeld: z.boolean().optional(),
  })
  .openapi('FollowUpPatchBody');
export type FollowUpPatchBody = z.infer<typeof FollowUpPatchBody>;
export const FollowUpIdParam = z.object({
  followUpId: Uuid.openapi({ param: { name: 'followUpId', in: 'path' } }),
});
export const FollowUpView = z
  .object({
    id: z.string().uuid(),
    enrolmentId: z.string().uuid(),
    participantId: z.string().uuid(),
    version: z.number().int(),
    kind: z.enum(FOLLOW_UP_KINDS),
    with: z.enum(FOLLOW_UP_WITH),
    dueDate: IsoDate,
    dueTime: z.string().nullable(),
    employer: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
    interventionId: z.string().uuid().nullable(),
    purpose: z.string().nullable(),
    done: z.boolean(),
    doneAt: z.string().datetime().nullable(),
    outcome: z.string().nullable(),
    jobHeld: z.boolean().nullable(),
    /** Set by the daily job when the due date passed without the follow-up being done. */
    overdue: z.boolean(),
    createdAt: z.string().datetime(),
  })
  .openapi('FollowUp');
export type FollowUpView = z.infer<typeof FollowUpView>;
export const FollowUpListResponse = z.object({ items: z.array(FollowUpView) }).openapi('FollowUpList');

export const RemindersQuery = z.object({
  /** week: overdue + due within the next 7 days ("Min vecka"); overdue: only overdue. */
  range: z.enum(['week', 'overdue']).default('week'),
});
export const ReminderItem = FollowUpView.extend({
  /** For the list only: no personnummer. */
  participantName: z.string(),
  coach: StaffRef.nullable(),
}).openapi('Reminder');
export const RemindersResponse = z
  .object({ items: z.array(ReminderItem), overdue: z.number().int(), today: z.number().int() })
  .openapi('RemindersResponse');

// ---- employers -------------------------------------------------------------------------------

export const EmployerCreateBody = z
  .object({
    name: text(200, 'Ange arbetsgivarens namn.'),
    organisationsnummer: z.string().max(20).nullable().optional(),
    municipality: z
      .string()
      .regex(/^\d{4}$/, 'Kommunkoden ska vara fyra siffror.')
      .nullable()
      .optional(),
    address: optionalText(200),
    postcode: z
      .string()
      .regex(/^\d{3} ?\d{2}$/, 'Postnumret ska ha fem siffror.')
      .nullable()
      .optional(),
    industry: optionalText(200),
    contactName: optionalText(200),
    contactPhone: optionalText(40),
    contactEmail: z.string().trim().email('Ogiltig e-postadress.').max(200).nullable().optional(),
  })
  .openapi('EmployerCreateBody');
export type EmployerCreateBody = z.infer<typeof EmployerCreateBody>;
export const EmployerPatchBody = EmployerCreateBody.partial()
  .extend({ version: Version })
  .openapi('EmployerPatchBody');
export type EmployerPatchBody = z.infer<typeof EmployerPatchBody>;
export const EmployerIdParam = z.object({
  employerId: Uuid.openapi({ param: { name: 'employerId', in: 'path' } }),
});
export const EmployerQuery = z.object({ q: z.string().trim().max(100).optional() });
export const EmployerView = z
  .object({
    id: z.string().uuid(),
    version: z.number().int(),
    name: z.string(),
    organisationsnummer: z.string().nullable(),
    municipality: z.string().nullable(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    industry: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    contactEmail: z.string().nullable(),
  })
  .openapi('Employer');
export type EmployerView = z.infer<typeof EmployerView>;
export const EmployerListResponse = z.object({ items: z.array(EmployerView) }).openapi('EmployerList');
