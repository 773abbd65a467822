import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { municipality, municipalitySettings } from '../../db/schema/index.ts';

/** Days after registering an exit during which a coach may still correct it, unless set. */
export const DEFAULT_EXIT_CORRECTION_DAYS = 30;

/** A municipality's settings: the saved row, or the defaults when none has been saved. */
export interface MunicipalitySettings {
  municipalityCode: string;
  /** The municipality's name as Arbetsbro shows it (`municipality.name`). */
  displayName: string;
  /** 0–365: how many days after registering an exit a coach may correct it (a manager: always). */
  exitCorrectionDays: number;
  /** 0 until the settings are saved the first time. */
  version: number;
  updatedAt: Date | null;
}

export const settingsRepository = {
  /** The municipality's settings, with the defaults for what has never been saved. */
  async get(db: Db, municipalityCode: string): Promise<MunicipalitySettings> {
    const [row] = await db
      .select({
        name: municipality.name,
        exitCorrectionDays: municipalitySettings.exitCorrectionDays,
        version: municipalitySettings.version,
        updatedAt: municipalitySettings.updatedAt,
      })
      .from(municipality)
      .leftJoin(municipalitySettings, eq(municipalitySettings.municipalityCode, municipality.code))
      .where(eq(municipality.code, municipalityCode));
    return {
      municipalityCode,
      displayName: row?.name ?? municipalityCode,
      exitCorrectionDays: row?.exitCorrectionDays ?? DEFAULT_EXIT_CORRECTION_DAYS,
      version: row?.version ?? 0,
      updatedAt: row?.updatedAt ?? null,
    };
  },

  /**
   * Saves the settings if `version` is still the current one (0: never saved). Returns false when
   * someone else saved in between.
   */
  async save(
    db: Db,
    municipalityCode: string,
    version: number,
    values: { displayName: string; exitCorrectionDays: number },
    by: { id: string | null; at: Date },
  ): Promise<boolean> {
    const rows =
      version === 0
        ? await db
            .insert(municipalitySettings)
            .values({
              municipalityCode,
              exitCorrectionDays: values.exitCorrectionDays,
              updatedAt: by.at,
              updatedById: by.id,
            })
            .onConflictDoNothing()
            .returning({ code: municipalitySettings.municipalityCode })
        : await db
            .update(municipalitySettings)
            .set({
              exitCorrectionDays: values.exitCorrectionDays,
              version: sql`${municipalitySettings.version} + 1`,
              updatedAt: by.at,
              updatedById: by.id,
            })
            .where(
              sql`${municipalitySettings.municipalityCode} = ${municipalityCode} and ${municipalitySettings.version} = ${version}`,
            )
            .returning({ code: municipalitySettings.municipalityCode });
    if (rows.length === 0) return false;
    await db
      .update(municipality)
      .set({ name: values.displayName })
      .where(eq(municipality.code, municipalityCode));
    return true;
  },
};
