// Municipalities, counties and postal codes with centroids, for commute checks (pure; the
// loader reads the SCB-derived CSV files, the default is a hand-written demo region).
export { type CentroidReview, reviewCentroids } from './centroid-review.ts';
export { DEMO_MUNICIPALITY_CODE, defaultGeography } from './default-geography.ts';
export { distanceKm, estimatedRoadKm, ROAD_DETOUR_FACTOR } from './distance.ts';
export { GeoFormatError } from './errors.ts';
export { buildGeography, type Geography, type GeographyInput, type PostalCodeLookup } from './geography.ts';
export { GEO_FILES, loadGeographyFromDir } from './load-geography.ts';
export type * from './model.ts';
export {
  type KommunRow,
  normalizePostalCode,
  parseCountiesCsv,
  parseKommunerCsv,
  parseMunicipalitiesCsv,
  parsePostalCodesCsv,
} from './parse-csv.ts';
