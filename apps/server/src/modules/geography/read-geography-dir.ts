import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  buildGeography,
  type County,
  GEO_FILES,
  GeoFormatError,
  type Municipality,
  type PostalCodeArea,
  parseCountiesCsv,
  parseKommunerCsv,
  parseMunicipalitiesCsv,
  parsePostalCodesCsv,
} from '@arbetsbro/geo';
import { decodeText } from '../../files/decode-text.ts';

export interface GeographyImport {
  counties: County[];
  /** With population and centroid merged in from kommuner.csv. */
  municipalities: Municipality[];
  postalCodes: PostalCodeArea[];
}

/**
 * Reads the SCB-derived CSVs in `dir` with the geo package's parsers and checks them by building the
 * lookups once (every postal code and county must point to a known municipality). All four files
 * are required for an import: a partial geography would silently lose centroids or postal codes.
 * Throws GeoFormatError naming the file.
 */
export async function readGeographyDir(dir: string): Promise<GeographyImport> {
  const read = async (file: string) => {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, file));
    } catch {
      throw new GeoFormatError(file, `missing in ${dir}`);
    }
    // Any encoding a unit's tools write (UTF-8 ± BOM, UTF-16 BOM, Windows-1252), NFC.
    return decodeText(bytes, file).text;
  };
  const counties = parseCountiesCsv(await read(GEO_FILES.counties));
  const municipalities = parseMunicipalitiesCsv(await read(GEO_FILES.municipalities));
  const kommuner = parseKommunerCsv(await read(GEO_FILES.kommuner));
  const postalCodes = parsePostalCodesCsv(await read(GEO_FILES.postalCodes));
  const geography = buildGeography({ source: 'csv', counties, municipalities, kommuner, postalCodes });
  return { counties: [...geography.counties], municipalities: [...geography.municipalities], postalCodes };
}
