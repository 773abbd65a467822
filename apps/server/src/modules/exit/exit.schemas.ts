import { EMPLOYMENT_KINDS, EXIT_CATEGORIES, STUDY_KINDS } from '@arbetsbro/kolada';
import { z } from '@hono/zod-openapi';
import { IsoDate, optionalText, Uuid, Version } from '../../http/schemas.ts';
import { CorrectionReason } from '../correction/index.ts';

// ---- exit ------------------------------------------------------------------------------------

const exitFields = {
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
  note: optionalText(2000, { multiline: true }),
};

/** Work needs the employment, studies the education. */
function exitRefine(b: { category: string; employment?: unknown; studies?: unknown }, ctx: z.RefinementCtx) {
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
}

/**
 * What is still open at the exit, and whether to end it: planned or ongoing interventions are
 * ended (planned → cancelled, ongoing → done on the exit date), follow-ups not yet done are
 * cancelled with the exit as reason. Items not named are kept.
 */
const ExitCloseItems = z.object({
  interventionIds: z.array(Uuid).max(200).default([]),
  followUpIds: z.array(Uuid).max(200).default([]),
});

export const ExitBody = z
  .object({ ...exitFields, close: ExitCloseItems.optional() })
  .superRefine(exitRefine)
  .openapi('ExitBody');
export type ExitBody = z.infer<typeof ExitBody>;

/** The exit as it should have been recorded, and why it is corrected. */
export const ExitCorrectionBody = z
  .object({ ...exitFields, reason: CorrectionReason })
  .superRefine(exitRefine)
  .openapi('ExitCorrectionBody');
export type ExitCorrectionBody = z.infer<typeof ExitCorrectionBody>;
