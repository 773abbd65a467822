import { reviewCentroids } from './centroid-review.ts';
import { distanceKm } from './distance.ts';
import { GeoFormatError } from './errors.ts';
import type { County, LatLng, Municipality, Place, PostalCodeArea } from './model.ts';
import { type KommunRow, normalizePostalCode } from './parse-csv.ts';

export interface GeographyInput {
  source: 'csv' | 'default';
  counties: County[];
  municipalities: Municipality[];
  /**
   * Population and centroids by municipality code (kommuner.csv), merged into municipalities.
   * Centroids are checked first unless `reviewCentroids` is false.
   */
  kommuner?: KommunRow[];
  /** Default true: correct or drop known-bad geocodes of kommuner.csv (see reviewCentroids). */
  reviewCentroids?: boolean;
  postalCodes?: PostalCodeArea[];
  /**
   * Postal code prefixes → municipality for codes that are not listed (the default data has
   * only prefixes). Longest prefix wins. Built from postalCodes for 3-digit prefixes that all
   * lie in one municipality.
   */
  postalPrefixes?: Array<{ prefix: string; municipalityCode: string }>;
  /** Data problems found while loading (e.g. corrected centroids), for the operator. */
  warnings?: string[];
}

export interface PostalCodeLookup {
  postalCode: string;
  locality?: string;
  municipality: Municipality;
  /** False when only the prefix was known (a guess; the area may lie in a neighbour). */
  exact: boolean;
}

export interface Geography {
  source: 'csv' | 'default';
  counties: readonly County[];
  municipalities: readonly Municipality[];
  /** Number of postal codes listed exactly. */
  postalCodeCount: number;
  /** Data problems found while loading (corrected or dropped centroids …). */
  warnings: readonly string[];
  municipality(code: string): Municipality | undefined;
  /** By name, as people write it: "Trollhättan", "trollhattans kommun". */
  municipalityByName(name: string): Municipality | undefined;
  county(code: string): County | undefined;
  postalCode(input: string): PostalCodeLookup | undefined;
  municipalityForPostalCode(input: string): Municipality | undefined;
  /** Coordinates of a place: the point itself, or its (postal code's) municipality's centroid. */
  locate(place: Place): LatLng | undefined;
  /** Straight-line km between two places' centroids; undefined if either cannot be located. */
  distanceKm(a: Place, b: Place): number | undefined;
  /** Municipalities whose centroid lies within `km` of the place, nearest first. */
  municipalitiesWithin(place: Place, km: number): Array<{ municipality: Municipality; distanceKm: number }>;
}

const nameKey = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+(kommun|stad)$/, '')
    .trim();

/** Builds the lookups; checks that every reference points to a known municipality. */
export function buildGeography(input: GeographyInput): Geography {
  const byCode = new Map<string, Municipality>();
  for (const m of input.municipalities) {
    if (byCode.has(m.code))
      throw new GeoFormatError('municipalities', `municipality ${m.code} is listed twice`);
    byCode.set(m.code, { ...m });
  }
  const review =
    input.kommuner && input.reviewCentroids !== false
      ? reviewCentroids(input.kommuner)
      : { rows: input.kommuner ?? [], warnings: [] };
  for (const k of review.rows) {
    const m = byCode.get(k.code);
    if (!m)
      throw new GeoFormatError(
        'kommuner.csv',
        `municipality ${k.code} (${k.name}) is not in municipalities.csv`,
      );
    if (k.population !== undefined) m.population = k.population;
    if (k.centroid) m.centroid = k.centroid;
  }
  const municipalities = [...byCode.values()];
  const counties = new Map(input.counties.map((c) => [c.code, c]));
  for (const m of municipalities) {
    if (!counties.has(m.countyCode))
      throw new GeoFormatError('counties', `county ${m.countyCode} of ${m.code} is unknown`);
  }
  const names = new Map<string, Municipality>();
  for (const m of municipalities) {
    names.set(nameKey(m.name), m);
    names.set(nameKey(m.shortName), m);
  }

  const postal = new Map<string, PostalCodeArea>();
  for (const p of input.postalCodes ?? []) {
    if (!byCode.has(p.municipalityCode)) {
      throw new GeoFormatError(
        'postal codes',
        `${p.postalCode} points to unknown municipality ${p.municipalityCode}`,
      );
    }
    postal.set(p.postalCode, p);
  }
  const prefixes = new Map<string, string>(derivePrefixes(input.postalCodes ?? []));
  for (const p of input.postalPrefixes ?? []) {
    if (!byCode.has(p.municipalityCode)) {
      throw new GeoFormatError(
        'postal prefixes',
        `${p.prefix} points to unknown municipality ${p.municipalityCode}`,
      );
    }
    prefixes.set(p.prefix, p.municipalityCode);
  }

  const postalCode = (raw: string): PostalCodeLookup | undefined => {
    const pc = normalizePostalCode(raw);
    if (!pc) return undefined;
    const listed = postal.get(pc);
    if (listed)
      return {
        postalCode: pc,
        locality: listed.locality,
        municipality: byCode.get(listed.municipalityCode)!,
        exact: true,
      };
    for (let n = 4; n >= 1; n--) {
      const code = prefixes.get(pc.slice(0, n));
      if (code) return { postalCode: pc, municipality: byCode.get(code)!, exact: false };
    }
    return undefined;
  };

  const locate = (place: Place): LatLng | undefined => {
    if ('lat' in place) return place;
    if ('municipalityCode' in place) return byCode.get(place.municipalityCode)?.centroid;
    return postalCode(place.postalCode)?.municipality.centroid;
  };

  return {
    source: input.source,
    counties: [...counties.values()],
    municipalities,
    postalCodeCount: postal.size,
    warnings: [...(input.warnings ?? []), ...review.warnings],
    municipality: (code) => byCode.get(code),
    municipalityByName: (name) => names.get(nameKey(name)),
    county: (code) => counties.get(code),
    postalCode,
    municipalityForPostalCode: (raw) => postalCode(raw)?.municipality,
    locate,
    distanceKm(a, b) {
      const pa = locate(a);
      const pb = locate(b);
      return pa && pb ? distanceKm(pa, pb) : undefined;
    },
    municipalitiesWithin(place, km) {
      const from = locate(place);
      if (!from) return [];
      return municipalities
        .flatMap((m) => (m.centroid ? [{ municipality: m, distanceKm: distanceKm(from, m.centroid) }] : []))
        .filter((x) => x.distanceKm <= km)
        .sort((x, y) => x.distanceKm - y.distanceKm);
    },
  };
}

/** 3-digit prefixes whose listed postal codes all lie in one municipality. */
function derivePrefixes(postalCodes: PostalCodeArea[]): Array<[string, string]> {
  const seen = new Map<string, string | null>();
  for (const p of postalCodes) {
    const prefix = p.postalCode.slice(0, 3);
    const before = seen.get(prefix);
    if (before === undefined) seen.set(prefix, p.municipalityCode);
    else if (before !== p.municipalityCode) seen.set(prefix, null);
  }
  return [...seen].filter((e): e is [string, string] => e[1] !== null);
}
