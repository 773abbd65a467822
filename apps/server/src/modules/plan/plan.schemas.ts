import { z } from '@hono/zod-openapi';
import { IsoDate, optionalText, StaffRef, text, Uuid } from '../../http/schemas.ts';
import { EnrolmentIdParam } from '../case/index.ts';

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
  description: optionalText(2000, { multiline: true }),
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
    goalDescription: optionalText(2000, { multiline: true }),
    /** e.g. the occupation aimed at. */
    goalOccupationId: z.string().max(200).nullable().optional(),
    steps: z.array(PlanStep).max(50),
  })
  .openapi('PlanPutBody');
export type PlanPutBody = z.infer<typeof PlanPutBody>;

/** The participant agreed to one version of the plan, on this date (a new version starts not agreed). */
export const PlanAgreementBody = z.object({ agreedAt: IsoDate }).openapi('PlanAgreementBody');
export type PlanAgreementBody = z.infer<typeof PlanAgreementBody>;

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
