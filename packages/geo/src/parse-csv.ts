import { parse } from 'csv-parse/sync';
import { GeoFormatError } from './errors.ts';
import type { County, LatLng, Municipality, PostalCodeArea } from './model.ts';

/** Rows as objects keyed by the header; checks that the columns we need are there. */
function readRows(
  file: string,
  text: string,
  required: readonly string[],
): Array<{ row: Record<string, string>; line: number }> {
  // Spreadsheets write `;` (Swedish Excel), `,` or tab: the one that splits the header the most.
  const first = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const unquoted = first.replace(/"[^"]*"/g, '');
  const delimiter = ([';', ',', '\t'] as const).reduce((best, d) =>
    unquoted.split(d).length > unquoted.split(best).length ? d : best,
  );
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, {
      columns: true,
      bom: true,
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new GeoFormatError(file, `not valid CSV (${(error as Error).message})`);
  }
  const header = records[0] ? Object.keys(records[0].record) : first.split(delimiter).map((c) => c.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new GeoFormatError(file, `missing column(s) ${missing.join(', ')}`, 1);
  // Rows of nothing but separators (";;;;" from Excel) are skipped like blank lines. Line numbers
  // as a person sees them in an editor (where the row ends; rows here are one line each).
  return records
    .filter(({ record }) => Object.values(record).some((v) => (v ?? '').trim() !== ''))
    .map(({ record, info }) => ({ row: record, line: info.lines }));
}

const code = (
  file: string,
  line: number,
  value: string | undefined,
  digits: number,
  what: string,
): string => {
  const v = (value ?? '').trim();
  if (!new RegExp(`^\\d{${digits}}$`).test(v))
    throw new GeoFormatError(file, `${what} "${v}" is not ${digits} digits`, line);
  return v;
};

const text = (file: string, line: number, value: string | undefined, what: string): string => {
  const v = (value ?? '').trim();
  if (!v) throw new GeoFormatError(file, `${what} is empty`, line);
  return v;
};

const optionalNumber = (
  file: string,
  line: number,
  value: string | undefined,
  what: string,
): number | undefined => {
  const v = (value ?? '').trim();
  if (v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new GeoFormatError(file, `${what} "${v}" is not a number`, line);
  return n;
};

/** counties.csv: county_code,county_name,county_name_short */
export function parseCountiesCsv(csv: string, file = 'counties.csv'): County[] {
  return readRows(file, csv, ['county_code', 'county_name']).map(({ row, line }) => ({
    code: code(file, line, row.county_code, 2, 'county_code'),
    name: text(file, line, row.county_name, 'county_name'),
    shortName: row.county_name_short?.trim() || row.county_name!.replace(/s? län$/, '').trim(),
  }));
}

/** municipalities.csv: municipality_code,municipality_name,municipality_name_short,county_code */
export function parseMunicipalitiesCsv(csv: string, file = 'municipalities.csv'): Municipality[] {
  return readRows(file, csv, ['municipality_code', 'municipality_name', 'county_code']).map(
    ({ row, line }) => {
      const municipalityCode = code(file, line, row.municipality_code, 4, 'municipality_code');
      const countyCode = code(file, line, row.county_code, 2, 'county_code');
      if (!municipalityCode.startsWith(countyCode)) {
        throw new GeoFormatError(
          file,
          `municipality ${municipalityCode} is not in county ${countyCode}`,
          line,
        );
      }
      const name = text(file, line, row.municipality_name, 'municipality_name');
      return {
        code: municipalityCode,
        name,
        shortName: row.municipality_name_short?.trim() || name,
        countyCode,
      };
    },
  );
}

export interface KommunRow {
  code: string;
  name: string;
  /** County name ("Västra Götalands län"). */
  region: string;
  population?: number;
  areaKm2?: number;
  centroid?: LatLng;
  /** Bounding box of the geocode, when given. */
  bounds?: { ne: LatLng; sw: LatLng };
}

const LAT_COLUMN = 'location_lat_google_2015_05_28';
const LNG_COLUMN = 'location_lng_google_2015_05_28';
const BOUNDS_COLUMNS = [
  'bounds_ne_lat_google_2015_05_28',
  'bounds_ne_lng_google_2015_05_28',
  'bounds_sw_lat_google_2015_05_28',
  'bounds_sw_lng_google_2015_05_28',
] as const;

/**
 * kommuner.csv: code,name,region,population,area,…,location_lat_google_2015_05_28,
 * location_lng_google_2015_05_28. Centroids outside Sweden's bounding box are rejected.
 */
export function parseKommunerCsv(csv: string, file = 'kommuner.csv'): KommunRow[] {
  return readRows(file, csv, ['code', 'name', 'region']).map(({ row, line }) => {
    const lat = optionalNumber(file, line, row[LAT_COLUMN], LAT_COLUMN);
    const lng = optionalNumber(file, line, row[LNG_COLUMN], LNG_COLUMN);
    if ((lat === undefined) !== (lng === undefined))
      throw new GeoFormatError(file, 'only one of lat/lng is given', line);
    if (lat !== undefined && lng !== undefined && !(lat > 55 && lat < 69.2 && lng > 10.5 && lng < 24.3)) {
      throw new GeoFormatError(file, `centroid ${lat},${lng} is not in Sweden`, line);
    }
    const [neLat, neLng, swLat, swLng] = BOUNDS_COLUMNS.map((c) => optionalNumber(file, line, row[c], c));
    const bounds =
      neLat !== undefined && neLng !== undefined && swLat !== undefined && swLng !== undefined
        ? { ne: { lat: neLat, lng: neLng }, sw: { lat: swLat, lng: swLng } }
        : undefined;
    const population = optionalNumber(file, line, row.population, 'population');
    const areaKm2 = optionalNumber(file, line, row.area, 'area');
    return {
      code: code(file, line, row.code, 4, 'code'),
      name: text(file, line, row.name, 'name'),
      region: text(file, line, row.region, 'region'),
      ...(population !== undefined ? { population } : {}),
      ...(areaKm2 !== undefined ? { areaKm2 } : {}),
      ...(lat !== undefined && lng !== undefined ? { centroid: { lat, lng } } : {}),
      ...(bounds ? { bounds } : {}),
    };
  });
}

/** postal_to_municipality.csv: postal_code,locality,municipality_code,municipality_name */
export function parsePostalCodesCsv(csv: string, file = 'postal_to_municipality.csv'): PostalCodeArea[] {
  return readRows(file, csv, ['postal_code', 'municipality_code']).map(({ row, line }) => ({
    postalCode: code(
      file,
      line,
      normalizePostalCode(row.postal_code ?? '') ?? row.postal_code,
      5,
      'postal_code',
    ),
    locality: row.locality?.trim() ?? '',
    municipalityCode: code(file, line, row.municipality_code, 4, 'municipality_code'),
  }));
}

/** "461 30", "SE-46130", " 46130 " → "46130"; anything else → undefined. */
export function normalizePostalCode(input: string): string | undefined {
  const digits = input
    .trim()
    .replace(/^se[-\s]?/i, '')
    .replace(/\s+/g, '');
  return /^[1-9]\d{4}$/.test(digits) ? digits : undefined;
}
