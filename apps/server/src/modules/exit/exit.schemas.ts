import { EMPLOYMENT_KINDS, EXIT_CATEGORIES, STUDY_KINDS } from '@arbetsbro/kolada';
import { z } from '@hono/zod-openapi';
import { IsoDate, optionalText, Uuid, Version } from '../../http/schemas.ts';

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
    note: optionalText(2000, { multiline: true }),
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
