import { z } from '@hono/zod-openapi';
import { text, Uuid, Version } from '../../http/schemas.ts';

// Units (arbetsmarknadsenheter) and their age ranges for intake routing, as the administrator
// manages them.

export const AGE_BOUNDS = { min: 16, max: 67 } as const;
const age = z
  .number({ message: 'Ange en ålder i hela år.' })
  .int('Ange en ålder i hela år.')
  .min(AGE_BOUNDS.min, `Lägst ${AGE_BOUNDS.min} år.`)
  .max(AGE_BOUNDS.max, `Högst ${AGE_BOUNDS.max} år.`);

export const UnitView = z
  .object({
    id: z.string().uuid(),
    version: z.number().int(),
    name: z.string(),
    /** Intake routes people of these ages here; null: no lower / no upper limit. */
    minAge: z.number().int().nullable(),
    maxAge: z.number().int().nullable(),
    /** Staff accounts with this unit. */
    staffCount: z.number().int(),
  })
  .openapi('AdminUnit');
export type UnitView = z.infer<typeof UnitView>;

export const UnitListResponse = z.object({ items: z.array(UnitView) }).openapi('AdminUnitList');

export const UnitCreateBody = z
  .object({
    name: text(100, 'Fyll i enhetens namn.'),
    minAge: age.nullable().default(null),
    maxAge: age.nullable().default(null),
  })
  .openapi('UnitCreateBody');
export type UnitCreateBody = z.infer<typeof UnitCreateBody>;

export const UnitPatchBody = z
  .object({
    version: Version,
    name: text(100, 'Fyll i enhetens namn.').optional(),
    minAge: age.nullable().optional(),
    maxAge: age.nullable().optional(),
  })
  .openapi('UnitPatchBody');
export type UnitPatchBody = z.infer<typeof UnitPatchBody>;

export const UnitIdParam = z.object({
  unitId: Uuid.openapi({ param: { name: 'unitId', in: 'path' } }),
});
