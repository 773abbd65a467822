import { CLOSING_REASONS, NEED_STATUSES } from '@arbetsbro/recruitment';
import { z } from '@hono/zod-openapi';
import { IsoDate, optionalText, StaffRef, text, Uuid, Version } from '../../http/schemas.ts';

// Recruitment needs (rekryteringsbehov, issue 10) in taxonomy terms, so that the matching engine
// reads them. Lifecycle received → open → presented → filled / closed, with the history kept.

const conceptId = z.string().trim().min(1).max(200);
const SHIFT_KINDS = ['day', 'evening', 'night'] as const;
export const EMPLOYMENT_FORMS = ['permanent', 'fixed_term', 'probationary', 'hourly', 'seasonal'] as const;
export const TARGET_GROUPS = [
  'young',
  'long_term_unemployed',
  'newly_arrived',
  'disability',
  'income_support',
] as const;

const OpenTo = z
  .object({
    internshipFirst: z.boolean().optional(),
    jobbspar: z.boolean().optional(),
    subsidisedEmployment: z.boolean().optional(),
    /** Adaptation codes the workplace can offer (working time, physical environment, tasks). */
    adaptations: z.array(z.string().max(60)).max(20).optional(),
    targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length).optional(),
  })
  .openapi('NeedOpenTo');

const needFields = {
  title: text(200, 'Ange en rubrik för behovet.'),
  description: optionalText(5000, { multiline: true }),
  employerId: Uuid.nullable().optional(),
  workplaceId: Uuid.nullable().optional(),
  /** JobTech occupation-name concept id. */
  occupationId: conceptId.nullable().optional(),
  positions: z.number().int().min(1, 'Minst en tjänst.').max(500),
  requiredSkills: z.array(conceptId).max(50).default([]),
  meritSkills: z.array(conceptId).max(50).default([]),
  /** Credential codes: driving licences and certificates. */
  licences: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
  languages: z
    .array(z.object({ code: z.string().trim().min(1).max(60), level: z.string().trim().min(1).max(40) }))
    .max(10)
    .default([]),
  /** Kommunkod of the workplace (taken from the workplace when one is chosen). */
  municipality: z
    .string()
    .regex(/^\d{4}$/, 'Kommunkoden ska vara fyra siffror.')
    .nullable()
    .optional(),
  extentPercent: z
    .number()
    .int()
    .min(1, 'Omfattning 1–100 %.')
    .max(100, 'Omfattning 1–100 %.')
    .nullable()
    .optional(),
  hours: optionalText(200),
  shifts: z.array(z.enum(SHIFT_KINDS)).max(3).nullable().optional(),
  weekends: z.boolean().nullable().optional(),
  startDate: IsoDate.nullable().optional(),
  employmentForm: z.enum(EMPLOYMENT_FORMS).nullable().optional(),
  requiresCar: z.boolean().nullable().optional(),
  minExperienceYears: z.number().min(0).max(40).nullable().optional(),
  openTo: OpenTo.default({}),
  liaisonId: Uuid.nullable().optional(),
};

export const NeedCreateBody = z.object(needFields).openapi('RecruitmentNeedCreateBody');
export type NeedCreateBody = z.infer<typeof NeedCreateBody>;
export const NeedPatchBody = z
  .object(needFields)
  .partial()
  .extend({ version: Version })
  .openapi('RecruitmentNeedPatchBody');
export type NeedPatchBody = z.infer<typeof NeedPatchBody>;
export const NeedIdParam = z.object({ needId: Uuid.openapi({ param: { name: 'needId', in: 'path' } }) });

export const NeedStatusBody = z
  .object({
    version: Version,
    status: z.enum(NEED_STATUSES, { message: 'Välj status.' }),
    closingReason: z.enum(CLOSING_REASONS).nullable().optional(),
    reason: optionalText(1000, { multiline: true }),
  })
  .openapi('RecruitmentNeedStatusBody');
export type NeedStatusBody = z.infer<typeof NeedStatusBody>;

export const NeedQuery = z.object({
  status: z.enum(NEED_STATUSES).optional(),
  employerId: Uuid.optional(),
  liaisonId: Uuid.optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type NeedQuery = z.infer<typeof NeedQuery>;

export const DiscriminationWarningView = z
  .object({
    phrase: z.string(),
    ground: z.string(),
    groundLabel: z.string(),
    why: z.string(),
    rewording: z.string(),
    field: z.enum(['title', 'description']),
    start: z.number().int(),
    end: z.number().int(),
  })
  .openapi('DiscriminationWarning');

const Concept = z.object({ id: z.string(), label: z.string() });

export const NeedView = z
  .object({
    id: z.string().uuid(),
    version: z.number().int(),
    status: z.enum(NEED_STATUSES),
    statusLabel: z.string(),
    closingReason: z.enum(CLOSING_REASONS).nullable(),
    source: z.enum(['staff', 'public_form']),
    title: z.string(),
    description: z.string().nullable(),
    employer: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
    workplaceId: z.string().uuid().nullable(),
    occupation: Concept.nullable(),
    positions: z.number().int(),
    requiredSkills: z.array(Concept),
    meritSkills: z.array(Concept),
    licences: z.array(Concept),
    languages: z.array(z.object({ code: z.string(), level: z.string() })),
    municipality: z.string().nullable(),
    extentPercent: z.number().int().nullable(),
    hours: z.string().nullable(),
    shifts: z.array(z.enum(SHIFT_KINDS)).nullable(),
    weekends: z.boolean().nullable(),
    startDate: IsoDate.nullable(),
    employmentForm: z.enum(EMPLOYMENT_FORMS).nullable(),
    requiresCar: z.boolean().nullable(),
    minExperienceYears: z.number().nullable(),
    openTo: OpenTo,
    liaison: StaffRef.nullable(),
    /** From the public form: the employer's own contact (personal data). */
    submitter: z
      .object({
        organisationName: z.string(),
        organisationsnummer: z.string().nullable(),
        contactName: z.string(),
        email: z.string(),
        phone: z.string().nullable(),
      })
      .nullable(),
    /** Requirements tied to a ground of the Discrimination Act: shown before the need is opened. */
    warnings: z.array(DiscriminationWarningView),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
  })
  .openapi('RecruitmentNeed');
export type NeedView = z.infer<typeof NeedView>;

export const NeedHistoryItem = z
  .object({
    at: z.string().datetime(),
    staff: StaffRef.nullable(),
    kind: z.enum(['created', 'updated', 'status']),
    fields: z.array(z.string()).nullable(),
    fromStatus: z.string().nullable(),
    toStatus: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .openapi('RecruitmentNeedHistoryItem');

export const NeedDetail = NeedView.extend({
  history: z.array(NeedHistoryItem),
  permissions: z.object({ write: z.boolean() }),
}).openapi('RecruitmentNeedDetail');
export type NeedDetail = z.infer<typeof NeedDetail>;

export const NeedListResponse = z
  .object({
    items: z.array(NeedView),
    total: z.number().int(),
    counts: z.object(
      Object.fromEntries(NEED_STATUSES.map((s) => [s, z.number().int()])) as Record<
        (typeof NEED_STATUSES)[number],
        z.ZodNumber
      >,
    ),
  })
  .openapi('RecruitmentNeedList');

export const CheckTextBody = z
  .object({ title: z.string().max(200).default(''), description: z.string().max(5000).default('') })
  .openapi('NeedCheckTextBody');
export const CheckTextResponse = z
  .object({ warnings: z.array(DiscriminationWarningView) })
  .openapi('NeedCheckTextResponse');

// ---- the public form -------------------------------------------------------------------------

export const SuggestionsBody = z
  .object({ text: z.string().max(5000, 'Högst 5 000 tecken.') })
  .openapi('NeedSuggestionsBody');
export const SuggestionsResponse = z
  .object({
    occupation: Concept.nullable(),
    skills: z.array(Concept),
    licences: z.array(Concept),
    positions: z.number().int().nullable(),
    warnings: z.array(DiscriminationWarningView),
  })
  .openapi('NeedSuggestions');

export const PublicNeedBody = z
  .object({
    organisationName: text(200, 'Ange företagets namn.'),
    organisationsnummer: z.string().max(20).nullable().optional(),
    contactName: text(200, 'Ange ditt namn.'),
    email: z.string().trim().email('Ange en e-postadress vi kan svara till.').max(200),
    phone: optionalText(40),
    /** The need in the employer's own words. */
    description: text(5000, 'Beskriv vilken kompetens ni söker.', { multiline: true }),
    title: optionalText(200),
    positions: z.number().int().min(1, 'Minst en tjänst.').max(500).default(1),
    municipality: z
      .string()
      .regex(/^\d{4}$/, 'Kommunkoden ska vara fyra siffror.')
      .nullable()
      .optional(),
    startDate: IsoDate.nullable().optional(),
    extentPercent: z.number().int().min(1).max(100).nullable().optional(),
    /** Suggestions the employer kept (taxonomy ids / credential codes). */
    occupationId: conceptId.nullable().optional(),
    skills: z.array(conceptId).max(30).default([]),
    licences: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
    /** Honeypot: a field people do not see. Anything in it means a robot. */
    website: z.string().max(500).optional(),
  })
  .openapi('PublicNeedBody');
export type PublicNeedBody = z.infer<typeof PublicNeedBody>;
export const PublicNeedResponse = z
  .object({ received: z.literal(true), reference: z.string(), message: z.string() })
  .openapi('PublicNeedResponse');
