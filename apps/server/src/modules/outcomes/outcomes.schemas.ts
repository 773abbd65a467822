import { z } from '@hono/zod-openapi';
import { text, Uuid } from '../../http/schemas.ts';

const currentYear = () => new Date().getUTCFullYear();

export const StatisticsQuery = z.object({
  year: z.coerce
    .number({ message: 'Ange ett år.' })
    .int('Ange ett år.')
    .min(2000, 'Ange ett år från 2000.')
    .refine((y) => y <= currentYear() + 1, 'Året har inte börjat.')
    .openapi({ param: { name: 'year', in: 'query' }, example: 2026 }),
  unitId: Uuid.optional().openapi({ param: { name: 'unitId', in: 'query' } }),
});

export const ExportQuery = StatisticsQuery.extend({
  format: z.enum(['xlsx', 'pdf', 'csv'], { message: 'Välj xlsx, pdf eller csv.' }).openapi({
    param: { name: 'format', in: 'query' },
  }),
});

const Figure = z.object({
  value: z.number().nullable(),
  numerator: z.number().int(),
  denominator: z.number().int().nullable(),
});
const ByCategory = z.object({
  A: z.number().int(),
  B: z.number().int(),
  C: z.number().int(),
  D: z.number().int(),
  E: z.number().int(),
});

export const KoladaReportView = z
  .object({
    year: z.number().int(),
    from: z.string(),
    to: z.string(),
    municipality: z.object({ code: z.string(), name: z.string() }),
    unit: z.object({ id: z.string(), name: z.string() }).nullable(),
    preliminary: z.boolean(),
    generatedAt: z.string(),
    kpis: z.array(
      Figure.extend({
        id: z.string(),
        name: z.string(),
        unit: z.enum(['count', 'percent']),
        byGender: z.object({ K: Figure, M: Figure }).nullable(),
        rule: z.string(),
        counted: z.array(z.object({ label: z.string(), count: z.number().int() })),
      }),
    ),
    exits: z.object({
      total: z.number().int(),
      byCategory: ByCategory,
      pendingVerification: z.number().int(),
    }),
    participants: z.number().int(),
    genderUnknown: z.number().int(),
  })
  .openapi('KoladaReport');

const GroupRow = z.object({
  label: z.string(),
  participants: z.number().int().nullable(),
  exits: z.number().int().nullable(),
  workOrStudies: z.number().int().nullable(),
  share: z.number().nullable(),
  suppressed: z.boolean(),
});

export const StatisticsView = z
  .object({
    year: z.number().int(),
    suppressBelow: z.number().int(),
    unit: z.object({ id: z.string(), name: z.string() }).nullable(),
    units: z.array(z.object({ id: z.string(), name: z.string() })),
    summary: z.object({
      participants: z.number().int(),
      exits: z.number().int(),
      workOrStudiesShare: z.number().nullable(),
      byCategory: ByCategory,
      pendingVerification: z.number().int(),
    }),
    monthly: z.array(
      z.object({
        month: z.string(),
        exits: z.number().int(),
        byCategory: ByCategory,
        workOrStudiesShare: z.number().nullable(),
        cumulativeShare: z.number().nullable(),
        active: z.number().int(),
        incomeSupport: z.number().int(),
        longTermShare: z.number().nullable(),
      }),
    ),
    breakdowns: z.array(
      z.object({
        key: z.enum([
          'unit',
          'coach',
          'ageBand',
          'education',
          'withoutWork',
          'incomeSupport',
          'interventionType',
        ]),
        title: z.string(),
        note: z.string().nullable(),
        rows: z.array(GroupRow),
      }),
    ),
    employers: z.array(
      z.object({ label: z.string(), jobs: z.number().int().nullable(), suppressed: z.boolean() }),
    ),
    survival: z.array(
      z.object({
        cohort: z.string(),
        observations: z.number().int().nullable(),
        events: z.number().int(),
        medianDays: z.number().int().nullable(),
        steps: z.array(z.object({ days: z.number().int(), survival: z.number(), atRisk: z.number().int() })),
      }),
    ),
    needs: z.object({
      opened: z.number().int(),
      filled: z.number().int(),
      medianDaysToFill: z.number().nullable(),
      byMonth: z.array(z.object({ month: z.string(), opened: z.number().int(), filled: z.number().int() })),
    }),
    followUpsOverdue: z.number().int(),
  })
  .openapi('Statistics');

const Direction = z.enum(['at_least', 'at_most'], { message: 'Välj lägst eller högst.' });

export const GoalsView = z
  .object({
    goals: z.array(
      z.object({
        id: z.string(),
        unit: z.object({ id: z.string(), name: z.string() }),
        kpiId: z.string(),
        kpiName: z.string(),
        year: z.number().int(),
        target: z.number(),
        direction: Direction,
        version: z.number().int(),
        updatedAt: z.string(),
        history: z.array(
          z.object({
            at: z.string(),
            by: z.string().nullable(),
            fromTarget: z.number().nullable(),
            toTarget: z.number(),
            fromDirection: Direction.nullable(),
            toDirection: Direction,
            reason: z.string(),
          }),
        ),
        progress: z.array(
          z.object({ month: z.string(), value: z.number().nullable(), met: z.boolean().nullable() }),
        ),
      }),
    ),
  })
  .openapi('OutcomeGoals');

export const GoalBody = z
  .object({
    unitId: Uuid,
    kpiId: z.string().regex(/^U4\d{4}$/, 'Välj ett av enhetens nyckeltal.'),
    year: z
      .number({ message: 'Ange ett år.' })
      .int('Ange ett år.')
      .min(2000, 'Ange ett år från 2000.')
      .max(2100, 'Ange ett rimligt år.'),
    target: z
      .number({ message: 'Ange målet som ett tal.' })
      .min(0, 'Målet kan inte vara negativt.')
      .max(1_000_000, 'Målet är orimligt stort.'),
    direction: Direction.default('at_least'),
    reason: text(500, 'Skriv varför målet sätts eller ändras.'),
    /** The version read; omitted when the goal is set for the first time. */
    version: z
      .number()
      .int('Ogiltig version.')
      .min(1, 'Ogiltig version.')
      .max(2_147_483_647, 'Ogiltig version.')
      .optional(),
  })
  .openapi('OutcomeGoalBody');
export type GoalBody = z.infer<typeof GoalBody>;
