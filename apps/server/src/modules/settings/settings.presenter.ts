import type { MunicipalitySettings } from './settings.repository.ts';
import type { SettingsView } from './settings.schemas.ts';

export function presentSettings(s: MunicipalitySettings): SettingsView {
  return {
    municipalityCode: s.municipalityCode,
    displayName: s.displayName,
    exitCorrectionDays: s.exitCorrectionDays,
    version: s.version,
    updatedAt: s.updatedAt ? s.updatedAt.toISOString() : null,
  };
}
