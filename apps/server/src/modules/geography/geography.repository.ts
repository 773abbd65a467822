import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { geoCounty, geoMunicipality, geoPostcode } from '../../db/schema/index.ts';

export type CountyRow = typeof geoCounty.$inferSelect;
export type MunicipalityRow = typeof geoMunicipality.$inferSelect;
export type PostcodeRow = typeof geoPostcode.$inferSelect;

export interface GeographyRows {
  counties: CountyRow[];
  municipalities: MunicipalityRow[];
  postcodes: PostcodeRow[];
}

// Rows per INSERT, well under the 65,535 bind parameters of PostgreSQL (7 columns at most).
const CHUNK = 2000;

export const geographyRepository = {
  /** Everything, one query per table. */
  async readAll(db: Db): Promise<GeographyRows> {
    // Sequential: inside a transaction the queries share one connection.
    const counties = await db.select().from(geoCounty).orderBy(geoCounty.code);
    const municipalities = await db.select().from(geoMunicipality).orderBy(geoMunicipality.code);
    const postcodes = await db.select().from(geoPostcode).orderBy(geoPostcode.postcode);
    return { counties, municipalities, postcodes };
  },

  async upsertCounties(db: Db, rows: CountyRow[]) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db
        .insert(geoCounty)
        .values(rows.slice(i, i + CHUNK))
        .onConflictDoUpdate({
          target: geoCounty.code,
          set: { name: sql`excluded.name`, shortName: sql`excluded.short_name` },
        });
    }
  },

  async upsertMunicipalities(db: Db, rows: MunicipalityRow[]) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db
        .insert(geoMunicipality)
        .values(rows.slice(i, i + CHUNK))
        .onConflictDoUpdate({
          target: geoMunicipality.code,
          set: {
            name: sql`excluded.name`,
            shortName: sql`excluded.short_name`,
            countyCode: sql`excluded.county_code`,
            population: sql`excluded.population`,
            lat: sql`excluded.lat`,
            lng: sql`excluded.lng`,
          },
        });
    }
  },

  async upsertPostcodes(db: Db, rows: PostcodeRow[], onChunk?: (done: number) => void) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db
        .insert(geoPostcode)
        .values(rows.slice(i, i + CHUNK))
        .onConflictDoUpdate({
          target: geoPostcode.postcode,
          set: { locality: sql`excluded.locality`, municipalityCode: sql`excluded.municipality_code` },
        });
      onChunk?.(Math.min(i + CHUNK, rows.length));
    }
  },

  async deletePostcodes(db: Db, postcodes: string[]) {
    for (let i = 0; i < postcodes.length; i += CHUNK) {
      await db.delete(geoPostcode).where(inArray(geoPostcode.postcode, postcodes.slice(i, i + CHUNK)));
    }
  },
};
