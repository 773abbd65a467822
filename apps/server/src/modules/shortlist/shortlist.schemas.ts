import { z } from '@hono/zod-openapi';
import { IsoDate, optionalText, StaffRef, Uuid, Version } from '../../http/schemas.ts';

// The shortlist (kandidatlista) per need, consent-gated presentation to the employer through an
// expiring link, and the employer's answers (issue 11).

export const SHORTLIST_STATUSES = [
  'considered',
  'contacted',
  'relevant',
  'presented',
  'interview',
  'hired',
  'not_relevant',
  'declined',
] as const;
export const shortlistStatusLabels: Record<(typeof SHORTLIST_STATUSES)[number], string> = {
  considered: 'Bedöms',
  contacted: 'Kontaktad',
  relevant: 'Aktuell',
  presented: 'Presenterad',
  interview: 'Intervju',
  hired: 'Anställd',
  not_relevant: 'Ej aktuell',
  declined: 'Tackat nej',
};
export const CONSENT_FIELDS = ['name', 'contact', 'profile', 'references'] as const;

export const NeedIdParam = z.object({ needId: Uuid.openapi({ param: { name: 'needId', in: 'path' } }) });
export const EntryIdParam = z.object({ entryId: Uuid.openapi({ param: { name: 'entryId', in: 'path' } }) });
export const PresentationIdParam = z.object({
  presentationId: Uuid.openapi({ param: { name: 'presentationId', in: 'path' } }),
});

export const ShortlistAddBody = z
  .object({ participantId: Uuid, note: optionalText(1000, { multiline: true }) })
  .openapi('ShortlistAddBody');
export const ShortlistStatusBody = z
  .object({
    version: Version,
    status: z.enum(SHORTLIST_STATUSES, { message: 'Välj status.' }),
    reason: optionalText(1000, { multiline: true }),
  })
  .openapi('ShortlistStatusBody');
export type ShortlistStatusBody = z.infer<typeof ShortlistStatusBody>;

export const ShortlistEntryView = z
  .object({
    id: z.string().uuid(),
    needId: z.string().uuid(),
    version: z.number().int(),
    /** Null when the actor may not know who it is (a liaison before consent to the name). */
    participantId: z.string().uuid().nullable(),
    displayName: z.string(),
    named: z.boolean(),
    /** Protected personal data: handled outside the system, never presented (only its own coach and manager see the entry). */
    protectedIdentity: z.boolean(),
    status: z.enum(SHORTLIST_STATUSES),
    statusLabel: z.string(),
    note: z.string().nullable(),
    coach: StaffRef.nullable(),
    consent: z
      .object({ id: z.string().uuid(), fields: z.array(z.enum(CONSENT_FIELDS)), givenOn: IsoDate })
      .nullable(),
    history: z.array(
      z.object({
        at: z.string().datetime(),
        by: z.string(),
        fromStatus: z.string().nullable(),
        toStatus: z.string(),
        reason: z.string().nullable(),
      }),
    ),
  })
  .openapi('ShortlistEntry');
export type ShortlistEntryView = z.infer<typeof ShortlistEntryView>;

export const ShortlistResponse = z
  .object({
    needId: z.string().uuid(),
    items: z.array(ShortlistEntryView),
    /** People with protected personal data: handled outside the system, never listed to others. */
    protectedCount: z.number().int(),
    presentations: z.array(
      z.object({
        id: z.string().uuid(),
        createdAt: z.string().datetime(),
        expiresAt: z.string().datetime(),
        revoked: z.boolean(),
        candidates: z.number().int(),
        answered: z.number().int(),
        lastViewedAt: z.string().datetime().nullable(),
      }),
    ),
  })
  .openapi('Shortlist');

export const PresentationBody = z
  .object({
    entryIds: z.array(Uuid).min(1, 'Välj minst en kandidat.').max(20),
    /** Days until the link stops working (default 14). */
    expiresInDays: z.number().int().min(1).max(60).default(14),
  })
  .openapi('PresentationBody');
export const PresentationCreated = z
  .object({
    presentationId: z.string().uuid(),
    /** Shown once: the link's secret. Send the link to the employer; it is not stored. */
    token: z.string(),
    /** The web app's page for the employer (append to the installation's address). */
    path: z.string(),
    expiresAt: z.string().datetime(),
    /** e.g. the month cap per employer passed (a warning, the presentation is made). */
    warnings: z.array(z.string()),
  })
  .openapi('PresentationCreated');

// ---- consent ---------------------------------------------------------------------------------

export const ConsentBody = z
  .object({
    participantId: Uuid,
    needId: Uuid,
    fields: z.array(z.enum(CONSENT_FIELDS)).min(1, 'Välj vad deltagaren samtycker till att dela.'),
    givenOn: IsoDate,
    givenHow: z.enum(['in_person', 'phone', 'written', 'digital'], { message: 'Välj hur samtycket gavs.' }),
  })
  .openapi('ConsentBody');
export type ConsentBody = z.infer<typeof ConsentBody>;
export const ConsentIdParam = z.object({
  consentId: Uuid.openapi({ param: { name: 'consentId', in: 'path' } }),
});
export const ConsentView = z
  .object({
    id: z.string().uuid(),
    participantId: z.string().uuid(),
    needId: z.string().uuid(),
    employer: z.object({ id: z.string().uuid(), name: z.string() }),
    fields: z.array(z.enum(CONSENT_FIELDS)),
    givenOn: IsoDate,
    givenHow: z.enum(['in_person', 'phone', 'written', 'digital']),
    withdrawnAt: z.string().datetime().nullable(),
  })
  .openapi('Consent');

// ---- the employer's link (no login) ------------------------------------------------------------

export const TokenParam = z.object({
  token: z
    .string()
    .min(20)
    .max(100)
    .openapi({ param: { name: 'token', in: 'path' } }),
});
export const NOT_RELEVANT_REASONS = [
  'experience',
  'skills',
  'language',
  'availability',
  'position_filled',
  'other',
] as const;
export const EmployerLinkView = z
  .object({
    employerName: z.string(),
    needTitle: z.string(),
    expiresAt: z.string().datetime(),
    candidates: z.array(
      z.object({
        key: z.string().uuid(),
        displayName: z.string(),
        contact: z.object({ phone: z.string().nullable(), email: z.string().nullable() }).nullable(),
        profile: z
          .object({
            occupations: z.array(z.object({ label: z.string(), years: z.number() })),
            skills: z.array(z.string()),
            licences: z.array(z.string()),
            languages: z.array(z.string()),
          })
          .nullable(),
        answer: z.enum(['interview_yes', 'interview_no', 'hired', 'not_relevant']).nullable(),
      }),
    ),
  })
  .openapi('EmployerLinkView');
export const EmployerAnswerBody = z
  .object({
    candidateKey: Uuid,
    answer: z.enum(['interview_yes', 'interview_no', 'hired', 'not_relevant'], { message: 'Välj ett svar.' }),
    reason: z.enum(NOT_RELEVANT_REASONS).optional(),
    note: optionalText(2000, { multiline: true }),
    startDate: IsoDate.optional(),
    employmentKind: z.enum(['unsubsidised', 'subsidised']).optional(),
    employmentForm: z.enum(['permanent', 'fixed_term', 'probationary', 'hourly', 'seasonal']).optional(),
  })
  .openapi('EmployerAnswerBody');
export type EmployerAnswerBody = z.infer<typeof EmployerAnswerBody>;
