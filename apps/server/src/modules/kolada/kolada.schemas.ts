import { z } from '@hono/zod-openapi';

export const ComparisonQuery = z.object({
  kpi: z
    .string()
    .regex(/^[A-Z]\d{5}$/, 'Ange ett nyckeltal som U40455.')
    .openapi({ param: { name: 'kpi', in: 'query' }, example: 'U40455' }),
});

export const ComparisonResponse = z
  .object({
    kpi: z.object({ id: z.string(), title: z.string(), description: z.string().nullable() }),
    group: z.object({ id: z.string(), title: z.string() }).nullable(),
    series: z.array(
      z.object({
        municipalityCode: z.string(),
        name: z.string(),
        role: z.enum(['own', 'similar', 'groupAverage']),
        values: z.array(
          z.object({
            year: z.number().int(),
            gender: z.string(),
            value: z.number().nullable(),
            count: z.number().int().nullable(),
          }),
        ),
      }),
    ),
    source: z.string(),
  })
  .openapi('KoladaComparison');
