export { fetchKoladaValues } from './fetch-kolada-values.ts';
export { importKoladaDefinitions } from './import-kolada-definitions.ts';
export { importKoladaValues, type KoladaValuesReport } from './import-kolada-values.ts';
export { koladaRepository } from './kolada.repository.ts';
export { referenceKoladaRoutes } from './kolada.routes.ts';
export { getKoladaComparison } from './kolada-comparison.ts';
