import { z } from '@hono/zod-openapi';
import { text } from '../../http/schemas.ts';

export const SettingsView = z
  .object({
    municipalityCode: z.string(),
    displayName: z.string(),
    exitCorrectionDays: z.number().int(),
    /** 0 until the settings have been saved once. */
    version: z.number().int(),
    updatedAt: z.string().datetime().nullable(),
  })
  .openapi('MunicipalitySettings');
export type SettingsView = z.infer<typeof SettingsView>;

export const SettingsBody = z
  .object({
    version: z.number().int('Ogiltig version.').min(0, 'Ogiltig version.'),
    displayName: text(100, 'Fyll i kommunens namn.'),
    exitCorrectionDays: z
      .number({ message: 'Ange ett antal dagar.' })
      .int('Ange ett helt antal dagar.')
      .min(0, 'Minst 0 dagar.')
      .max(365, 'Högst 365 dagar.'),
  })
  .openapi('MunicipalitySettingsBody');
export type SettingsBody = z.infer<typeof SettingsBody>;
