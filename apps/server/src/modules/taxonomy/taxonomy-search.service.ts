import {
  createTaxonomySearch,
  defaultTaxonomy,
  normalizeText,
  type SearchKind,
  type Taxonomy,
  type TaxonomySearch,
} from '@arbetsbro/taxonomy';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/actor.ts';
import { assertMayReadReference } from './reference.policy.ts';

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
export function searchTaxonomy(ctx: AppContext, actor: Actor | null, input: SearchInput) {
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
const indexes = new WeakMap<Taxonomy, TaxonomySearch>();

export function searchIndexFor(taxonomy: Taxonomy): TaxonomySearch {
  let index = indexes.get(taxonomy);
  if (!index) {
    index = createTaxonomySearch(taxonomy, vocabularyHints(taxonomy));
    indexes.set(taxonomy, index);
  }
  return index;
}

/**
 * The JobTech export has no synonyms, but the built-in vocabulary does ("usk", "Lagermedarbetare").
 * Its occupations are matched to JobTech occupations by name; those are also the ones common for the
 * unit's participants, which the search ranks first among equals.
 */
export function vocabularyHints(taxonomy: Taxonomy) {
  if (taxonomy.source === 'default') return {};
  const byLabel = new Map<string, string>();
  for (const o of taxonomy.occupations) if (!o.deprecated) byLabel.set(normalizeText(o.label), o.id);
  const synonyms = new Map<string, string[]>();
  const common = new Set<string>();
  for (const o of defaultTaxonomy().occupations) {
    const id = byLabel.get(normalizeText(o.label));
    if (!id) continue;
    common.add(id);
    if (o.synonyms?.length) synonyms.set(id, [...(synonyms.get(id) ?? []), ...o.synonyms]);
  }
  return { synonyms, common };
}
