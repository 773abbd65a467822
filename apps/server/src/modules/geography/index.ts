export { publicGeographyRoutes, referenceGeographyRoutes } from './geography.routes.ts';
export { type GeographyImportReport, importGeography } from './import-geography.ts';
export { loadImportedGeography } from './load-imported-geography.ts';
export { readGeographyDir } from './read-geography-dir.ts';
