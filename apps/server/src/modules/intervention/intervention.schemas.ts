import { z } from '@hono/zod-openapi';
import { IsoDate, optionalText, text, Uuid, Version } from '../../http/schemas.ts';

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
  goals: optionalText(2000, { multiline: true }),
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
