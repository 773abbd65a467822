import { defaultTaxonomy, indexTaxonomy, type Taxonomy, type TaxonomyIndex } from '@arbetsbro/taxonomy';
import type { Db } from '../../db/client.ts';
import { loadImportedTaxonomy } from '../taxonomy/load-imported-taxonomy.ts';

/**
 * The vocabulary in force (occupations, skills, credentials, language levels), held in memory
 * because validation and matching consult it on every request. Swapped whole after an import.
 */
export interface ReferenceData {
  taxonomy(): Taxonomy;
  index(): TaxonomyIndex;
  replace(taxonomy: Taxonomy): void;
}

export function createReferenceData(taxonomy: Taxonomy = defaultTaxonomy()): ReferenceData {
  let current = { taxonomy, index: indexTaxonomy(taxonomy) };
  return {
    taxonomy: () => current.taxonomy,
    index: () => current.index,
    replace(next) {
      current = { taxonomy: next, index: indexTaxonomy(next) };
    },
  };
}

/** Where a taxonomy may come from, first hit wins: the imported JobTech taxonomy in the database. */
export const referenceLoaders: Array<(db: Db) => Promise<Taxonomy | null>> = [loadImportedTaxonomy];

/** The imported taxonomy if there is one, otherwise the built-in default vocabulary. */
export async function loadReferenceData(db: Db): Promise<ReferenceData> {
  for (const load of referenceLoaders) {
    const taxonomy = await load(db);
    if (taxonomy) return createReferenceData(taxonomy);
  }
  return createReferenceData();
}
