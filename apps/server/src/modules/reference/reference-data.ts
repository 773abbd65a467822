import { defaultGeography, type Geography } from '@arbetsbro/geo';
import { defaultTaxonomy, indexTaxonomy, type Taxonomy, type TaxonomyIndex } from '@arbetsbro/taxonomy';
import type { Db } from '../../db/client.ts';
import { loadImportedGeography } from '../geography/load-imported-geography.ts';
import { loadImportedTaxonomy } from '../taxonomy/load-imported-taxonomy.ts';

/**
 * The reference data in force, held in memory because validation and matching consult it on every
 * request: the vocabulary (occupations, skills, credentials, language levels) and the geography
 * (municipalities, postal codes, centroids for commute checks). Each is swapped whole after an import.
 */
export interface ReferenceData {
  taxonomy(): Taxonomy;
  index(): TaxonomyIndex;
  replace(taxonomy: Taxonomy): void;
  geography(): Geography;
  replaceGeography(geography: Geography): void;
}

export function createReferenceData(
  taxonomy: Taxonomy = defaultTaxonomy(),
  geography: Geography = defaultGeography(),
): ReferenceData {
  let current = { taxonomy, index: indexTaxonomy(taxonomy) };
  let currentGeography = geography;
  return {
    taxonomy: () => current.taxonomy,
    index: () => current.index,
    replace(next) {
      current = { taxonomy: next, index: indexTaxonomy(next) };
    },
    geography: () => currentGeography,
    replaceGeography(next) {
      currentGeography = next;
    },
  };
}

/** Where a taxonomy may come from, first hit wins: the imported JobTech taxonomy in the database. */
export const referenceLoaders: Array<(db: Db) => Promise<Taxonomy | null>> = [loadImportedTaxonomy];

/** What is imported in the database; the built-in defaults for whatever is not. */
export async function loadReferenceData(db: Db): Promise<ReferenceData> {
  let taxonomy: Taxonomy | null = null;
  for (const load of referenceLoaders) {
    taxonomy = await load(db);
    if (taxonomy) break;
  }
  const geography = await loadImportedGeography(db);
  return createReferenceData(taxonomy ?? undefined, geography ?? undefined);
}
