import { z } from '@hono/zod-openapi';
import { optionalText, text, Uuid, Version } from '../../http/schemas.ts';

// ---- employers -------------------------------------------------------------------------------

export const EmployerCreateBody = z
  .object({
    name: text(200, 'Ange arbetsgivarens namn.'),
    organisationsnummer: z.string().max(20).nullable().optional(),
    municipality: z
      .string()
      .regex(/^\d{4}$/, 'Kommunkoden ska vara fyra siffror.')
      .nullable()
      .optional(),
    address: optionalText(200),
    postcode: z
      .string()
      .regex(/^\d{3} ?\d{2}$/, 'Postnumret ska ha fem siffror.')
      .nullable()
      .optional(),
    industry: optionalText(200),
    contactName: optionalText(200),
    contactPhone: optionalText(40),
    contactEmail: z.string().trim().email('Ogiltig e-postadress.').max(200).nullable().optional(),
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
export const EmployerQuery = z.object({ q: z.string().trim().max(100).optional() });
export const EmployerView = z
  .object({
    id: z.string().uuid(),
    version: z.number().int(),
    name: z.string(),
    organisationsnummer: z.string().nullable(),
    municipality: z.string().nullable(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    industry: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    contactEmail: z.string().nullable(),
  })
  .openapi('Employer');
export type EmployerView = z.infer<typeof EmployerView>;
export const EmployerListResponse = z.object({ items: z.array(EmployerView) }).openapi('EmployerList');
