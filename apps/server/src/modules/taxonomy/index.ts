export { importTaxonomy, type TaxonomyImportReport } from './import-taxonomy.ts';
export { loadImportedTaxonomy } from './load-imported-taxonomy.ts';
export { referenceTaxonomyRoutes, taxonomyRoutes } from './taxonomy.routes.ts';
export { searchIndexFor } from './taxonomy-search.service.ts';
