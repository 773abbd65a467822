// Kolada KPI definitions and municipality groups ("Liknande kommuner"), the Kolada API v3 client
// (fetch injected) and a CSV import of KPI values for installations without internet.
export {
  type ComparisonValues,
  createKoladaClient,
  KOLADA_API_BASE_URL,
  KOLADA_COUNTRY_ID,
  type KoladaClient,
  type KoladaClientOptions,
  type KoladaValuesQuery,
  koladaCountyId,
} from './api-client.ts';
export { KoladaApiError, KoladaFormatError } from './errors.ts';
export { parseKpiDefinitions } from './kpi-definitions.ts';
export { KOLADA_FILES, type KoladaDefinitions, loadKoladaDefinitionsFromDir } from './load-definitions.ts';
export type * from './model.ts';
export {
  findSimilarMunicipalitiesGroups,
  labourMarketComparisonGroup,
  parseMunicipalityGroups,
  parseSimilarMunicipalitiesTitle,
} from './municipality-groups.ts';
export { formatKoladaValuesCsv, parseKoladaValuesCsv } from './values-csv.ts';
