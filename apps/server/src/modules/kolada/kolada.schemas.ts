import { z } from '@hono/zod-openapi';

export const ComparisonQuery = z.object({
  kpi: z
    .string()
    .regex(/^[A-Z]\d{5}$/, 'Ange ett nyckeltal som U40455.')
    .openapi({ param: { name: 'kpi', in: 'query' }, example: 'U40455' }),
});

/**
 * What a series is in the comparison: the installation's own municipality, a member of its
 * "Liknande kommuner" group, the group's average, its county (län) or the whole country (Riket).
 */
export const COMPARISON_ROLES = ['own', 'similar', 'groupAverage', 'county', 'country'] as const;

/** Every figure in the comparison is Kolada's, as Kolada published it ("Källa: Kolada"). */
export const KOLADA_SOURCE = 'Kolada' as const;

const Source = z.literal(KOLADA_SOURCE).openapi({ description: 'Källan, för "Källa: Kolada, 2025".' });

export const ComparisonResponse = z
  .object({
    kpi: z.object({ id: z.string(), title: z.string(), description: z.string().nullable() }),
    group: z.object({ id: z.string(), title: z.string() }).nullable(),
    series: z.array(
      z.object({
        /** Kolada's id: a kommunkod, a group id ("G37556"), a county ("0014") or Riket ("0000"). */
        municipalityCode: z.string(),
        name: z.string(),
        role: z.enum(COMPARISON_ROLES),
        source: Source,
        year: z
          .number()
          .int()
          .nullable()
          .openapi({ description: 'Senaste år med ett värde i serien; null när serien saknar värden.' }),
        values: z.array(
          z.object({
            year: z.number().int(),
            gender: z.string(),
            value: z.number().nullable(),
            count: z.number().int().nullable(),
            source: Source,
          }),
        ),
      }),
    ),
    source: z.string(),
  })
  .openapi('KoladaComparison');
