import {
  createTaxonomySearch,
  defaultSearchHints,
  type SearchKind,
  type Taxonomy,
  type TaxonomySearch,
} from '@arbetsbro/taxonomy';
import { assertMayReadReference } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';

export interface SearchInput {
  q: string;
  kind: 'occupation' | 'skill' | 'all';
  limit: number;
}

export interface SearchResultItem {
  id: string;
  label: string;
  kind: SearchKind;
  ssykCode: string | null;
  matchedSynonym: string | null;
}

const kindsOf: Record<SearchInput['kind'], readonly SearchKind[] | undefined> = {
  occupation: ['occupation'],
  skill: ['skill'],
  all: undefined,
};

/** Search-as-you-type over the vocabulary in force. */
export function searchTaxonomy(ctx: AppContext, { actor, ...input }: { actor: Actor | null } & SearchInput) {
  assertMayReadReference(actor);
  const taxonomy = ctx.reference.taxonomy();
  const kinds = kindsOf[input.kind];
  const hits = searchIndexFor(taxonomy).search(input.q, { limit: input.limit, ...(kinds ? { kinds } : {}) });
  const results: SearchResultItem[] = hits.map((h) => ({
    id: h.id,
    label: h.label,
    kind: h.kind,
    ssykCode: h.ssykCode ?? null,
    matchedSynonym: h.matchedName ?? null,
  }));
  return { results, taxonomyVersion: taxonomy.version };
}

// One index per vocabulary; a new import replaces the Taxonomy object, so the old index is dropped.
// The hints attach the built-in vocabulary's synonyms ("usk") to JobTech occupations.
const indexes = new WeakMap<Taxonomy, TaxonomySearch>();

export function searchIndexFor(taxonomy: Taxonomy): TaxonomySearch {
  let index = indexes.get(taxonomy);
  if (!index) {
    index = createTaxonomySearch(taxonomy, defaultSearchHints(taxonomy));
    indexes.set(taxonomy, index);
  }
  return index;
}
