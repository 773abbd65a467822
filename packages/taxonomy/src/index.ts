export { credentialSatisfies, expandCredentials, languageLevelSatisfies } from './credentials.ts';
export { defaultIds, defaultTaxonomy } from './default/default-taxonomy.ts';
export { mapDefaultToJobtech } from './default/map-to-jobtech.ts';
export { TaxonomyFormatError } from './errors.ts';
export { KNOWN_TAXONOMY_FILES, TAXONOMY_FILES } from './jobtech/files.ts';
export { type ParseTaxonomyOptions, parseTaxonomy } from './jobtech/parse-taxonomy.ts';
export { type LoadTaxonomyOptions, loadTaxonomyFromDir } from './load-taxonomy.ts';
export type * from './model.ts';
export { normalizeText } from './search/normalize.ts';
export { defaultSearchHints, type TaxonomySearchHints } from './search/search-hints.ts';
export {
  createTaxonomySearch,
  type SearchHit,
  type SearchKind,
  type SearchOptions,
  type TaxonomySearch,
} from './search/taxonomy-search.ts';
export {
  indexTaxonomy,
  type Resolution,
  type ResolvedConcept,
  resolveConcept,
  type TaxonomyIndex,
  taxonomyIndex,
} from './taxonomy-index.ts';
