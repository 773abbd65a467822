import { z } from '@hono/zod-openapi';
import { IsoDate, optionalText, StaffRef, text, Uuid, Version } from '../../http/schemas.ts';

// The employer register (issue 10): employers with workplaces, contact persons, a contact log
// with next steps, agreements, and a timeline. Liaisons and managers manage it; coaches read it and
// may register a new employer (e.g. where a placement starts).

const kommunkod = z.string().regex(/^\d{4}$/, 'Kommunkoden ska vara fyra siffror.');
const postcode = z.string().regex(/^\d{3} ?\d{2}$/, 'Postnumret ska ha fem siffror.');
const email = z.string().trim().email('Ogiltig e-postadress.').max(200);
/** SNI 2007 section letter or two-digit division (checked against the built-in list). */
const sniCode = z
  .string()
  .trim()
  .regex(/^([A-Ua-u]|\d{2})$/, 'Välj bransch ur listan (SNI 2007).');

export const EmployerCreateBody = z
  .object({
    name: text(200, 'Ange arbetsgivarens namn.'),
    organisationsnummer: z.string().max(20).nullable().optional(),
    sniCode: sniCode.nullable().optional(),
    /** The employer's own description of what they do (free text beside the SNI code). */
    industry: optionalText(200),
    municipality: kommunkod.nullable().optional(),
    address: optionalText(200),
    postcode: postcode.nullable().optional(),
    liaisonId: Uuid.nullable().optional(),
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

export const EmployerQuery = z.object({
  q: z.string().trim().max(100).optional(),
  liaisonId: Uuid.optional(),
  municipality: kommunkod.optional(),
  sniCode: sniCode.optional(),
  hasOpenNeeds: z.enum(['true', 'false']).optional(),
  /** Employers with no logged contact in this many days (or never). */
  noContactDays: z.coerce.number().int().min(1).max(3650).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export type EmployerQuery = z.infer<typeof EmployerQuery>;

export const EmployerView = z
  .object({
    id: z.string().uuid(),
    version: z.number().int(),
    name: z.string(),
    organisationsnummer: z.string().nullable(),
    sni: z.object({ code: z.string(), label: z.string() }).nullable(),
    industry: z.string().nullable(),
    municipality: z.string().nullable(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    liaison: StaffRef.nullable(),
    /** Recruitment needs received, open or with candidates presented. */
    openNeeds: z.number().int(),
    lastContactOn: IsoDate.nullable(),
  })
  .openapi('Employer');
export type EmployerView = z.infer<typeof EmployerView>;
export const EmployerListResponse = z
  .object({ items: z.array(EmployerView), total: z.number().int() })
  .openapi('EmployerList');

// ---- workplaces, contact persons, agreements -------------------------------------------------

export const WorkplaceBody = z
  .object({
    name: text(200, 'Ange arbetsplatsens namn.'),
    address: optionalText(200),
    postcode: postcode.nullable().optional(),
    municipality: kommunkod.nullable().optional(),
  })
  .openapi('WorkplaceBody');
export type WorkplaceBody = z.infer<typeof WorkplaceBody>;
export const WorkplaceView = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    municipality: z.string().nullable(),
  })
  .openapi('Workplace');

export const ContactPersonBody = z
  .object({
    name: text(200, 'Ange namnet.'),
    role: optionalText(200),
    phone: optionalText(40),
    email: email.nullable().optional(),
  })
  .openapi('ContactPersonBody');
export type ContactPersonBody = z.infer<typeof ContactPersonBody>;
export const ContactPersonView = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    role: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  })
  .openapi('ContactPerson');
export const ContactPersonIdParam = z.object({
  contactId: Uuid.openapi({ param: { name: 'contactId', in: 'path' } }),
});

export const AgreementIdParam = z.object({
  agreementId: Uuid.openapi({ param: { name: 'agreementId', in: 'path' } }),
});
export const AgreementFileView = z
  .object({ name: z.string(), contentType: z.string(), sizeBytes: z.number().int() })
  .openapi('AgreementFile');

export const AGREEMENT_KINDS = ['cooperation_agreement', 'letter_of_intent'] as const;
export const AgreementBody = z
  .object({
    kind: z.enum(AGREEMENT_KINDS, { message: 'Välj typ av överenskommelse.' }),
    validFrom: IsoDate,
    validTo: IsoDate.nullable().optional(),
    signedBy: optionalText(200),
    note: optionalText(2000, { multiline: true }),
  })
  .openapi('AgreementBody');
export type AgreementBody = z.infer<typeof AgreementBody>;
export const AgreementView = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(AGREEMENT_KINDS),
    validFrom: IsoDate,
    validTo: IsoDate.nullable(),
    signedBy: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string().datetime(),
    file: z
      .object({ name: z.string(), contentType: z.string(), sizeBytes: z.number().int() })
      .nullable()
      .openapi({ description: 'Den undertecknade kopian (PDF, bild eller Word), om den laddats upp' }),
  })
  .openapi('Agreement');

// ---- contact log -----------------------------------------------------------------------------

export const CONTACT_KINDS = ['visit', 'call', 'email', 'meeting'] as const;
export const ContactLogBody = z
  .object({
    kind: z.enum(CONTACT_KINDS, { message: 'Välj typ av kontakt.' }),
    occurredOn: IsoDate,
    contactId: Uuid.nullable().optional(),
    note: optionalText(4000, { multiline: true }),
    nextStep: optionalText(500, { multiline: true }),
    nextStepDue: IsoDate.nullable().optional(),
  })
  .openapi('ContactLogBody');
export type ContactLogBody = z.infer<typeof ContactLogBody>;
export const ContactLogPatchBody = z
  .object({
    version: Version,
    /** Marks the agreed next step done (true) or not done (false). */
    nextStepDone: z.boolean().optional(),
    nextStepDue: IsoDate.nullable().optional(),
    nextStep: optionalText(500, { multiline: true }),
  })
  .openapi('ContactLogPatchBody');
export type ContactLogPatchBody = z.infer<typeof ContactLogPatchBody>;
export const ContactLogIdParam = z.object({
  contactLogId: Uuid.openapi({ param: { name: 'contactLogId', in: 'path' } }),
});
export const ContactLogView = z
  .object({
    id: z.string().uuid(),
    employerId: z.string().uuid(),
    version: z.number().int(),
    kind: z.enum(CONTACT_KINDS),
    occurredOn: IsoDate,
    staff: StaffRef.nullable(),
    contact: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
    note: z.string().nullable(),
    nextStep: z.string().nullable(),
    nextStepDue: IsoDate.nullable(),
    nextStepDone: z.boolean(),
    overdue: z.boolean(),
  })
  .openapi('ContactLogEntry');
export type ContactLogView = z.infer<typeof ContactLogView>;

export const ContactFollowUpsQuery = z.object({
  /** week: overdue + due within the next 7 days; overdue: only overdue. */
  range: z.enum(['week', 'overdue']).default('week'),
});
export const ContactFollowUpsResponse = z
  .object({
    items: z.array(ContactLogView.extend({ employerName: z.string() })),
    overdue: z.number().int(),
    today: z.number().int(),
  })
  .openapi('ContactFollowUps');

// ---- the employer page -----------------------------------------------------------------------

export const TimelineItem = z
  .object({
    kind: z.enum(['contact', 'need', 'placement', 'agreement']),
    date: IsoDate,
    title: z.string(),
    detail: z.string().nullable(),
    /** The contact log entry, need or agreement it comes from (placements: none, no person named). */
    refId: z.string().uuid().nullable(),
  })
  .openapi('EmployerTimelineItem');

export const EmployerDetail = EmployerView.extend({
  workplaces: z.array(WorkplaceView),
  contacts: z.array(ContactPersonView),
  agreements: z.array(AgreementView),
  contactLog: z.array(ContactLogView),
  /** Placements at the employer and whether they held one month (no person is named here). */
  placements: z.object({
    total: z.number().int(),
    heldOneMonth: z.number().int(),
    pending: z.number().int(),
  }),
  /** Newest first: contacts, needs, placements, agreements. */
  timeline: z.array(TimelineItem),
  /** What the actor may do (the UI hides buttons; the server checks again). */
  permissions: z.object({ write: z.boolean() }),
}).openapi('EmployerDetail');
export type EmployerDetail = z.infer<typeof EmployerDetail>;

export const LiaisonListResponse = z
  .object({
    items: z.array(
      z.object({
        id: z.string().uuid(),
        displayName: z.string(),
        role: z.enum(['liaison', 'manager']),
      }),
    ),
  })
  .openapi('LiaisonList');
