import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GeoFormatError } from './errors.ts';
import { buildGeography, type Geography } from './geography.ts';
import type { County } from './model.ts';
import {
  parseCountiesCsv,
  parseKommunerCsv,
  parseMunicipalitiesCsv,
  parsePostalCodesCsv,
} from './parse-csv.ts';

export const GEO_FILES = {
  municipalities: 'municipalities.csv',
  kommuner: 'kommuner.csv',
  counties: 'counties.csv',
  postalCodes: 'postal_to_municipality.csv',
} as const;

const readOptional = (path: string) =>
  readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });

/**
 * Reads the geography CSVs in `dir`. municipalities.csv is required; kommuner.csv adds
 * population and centroids (needed for distances; buildGeography reviews them, see
 * Geography.warnings), counties.csv the county names (otherwise taken from kommuner.csv),
 * postal_to_municipality.csv the postal codes.
 */
export async function loadGeographyFromDir(dir: string): Promise<Geography> {
  const municipalitiesCsv = await readOptional(join(dir, GEO_FILES.municipalities));
  if (municipalitiesCsv === undefined)
    throw new GeoFormatError(GEO_FILES.municipalities, `missing in ${dir}`);
  const municipalities = parseMunicipalitiesCsv(municipalitiesCsv);
  const kommunerCsv = await readOptional(join(dir, GEO_FILES.kommuner));
  const kommuner = kommunerCsv === undefined ? undefined : parseKommunerCsv(kommunerCsv);
  const countiesCsv = await readOptional(join(dir, GEO_FILES.counties));
  let counties: County[];
  if (countiesCsv !== undefined) {
    counties = parseCountiesCsv(countiesCsv);
  } else {
    // Without counties.csv: county names from kommuner.csv's region column.
    const byCode = new Map<string, County>();
    for (const k of kommuner ?? []) {
      const code = k.code.slice(0, 2);
      byCode.set(code, { code, name: k.region, shortName: k.region.replace(/s? län$/, '') });
    }
    for (const m of municipalities) {
      if (!byCode.has(m.countyCode))
        byCode.set(m.countyCode, { code: m.countyCode, name: m.countyCode, shortName: m.countyCode });
    }
    counties = [...byCode.values()];
  }
  const postalCsv = await readOptional(join(dir, GEO_FILES.postalCodes));
  return buildGeography({
    source: 'csv',
    counties,
    municipalities,
    ...(kommuner ? { kommuner } : {}),
    ...(postalCsv === undefined ? {} : { postalCodes: parsePostalCodesCsv(postalCsv) }),
  });
}
