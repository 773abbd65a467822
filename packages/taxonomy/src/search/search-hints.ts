import { defaultTaxonomy } from '../default/default-taxonomy.ts';
import { mapDefaultToJobtech } from '../default/map-to-jobtech.ts';
import type { ConceptId, Taxonomy } from '../model.ts';

export interface TaxonomySearchHints {
  /**
   * Extra names per concept id (occupation or SSYK group), searched like synonyms. A name on an
   * SSYK-4 group also leads to the group's occupations.
   */
  synonyms?: ReadonlyMap<ConceptId, readonly string[]>;
  /** Occupation ids common for the unit's participants: ranked first among equals. */
  common?: ReadonlySet<ConceptId>;
}

/**
 * Hints that make a JobTech taxonomy searchable the way the unit talks: the default vocabulary's
 * labels and synonyms ("usk", "lokalvårdare", "busschaufför") are attached to the JobTech
 * occupation they map to, or to its SSYK-4 group when no single occupation fits ("lastbilschaufför"
 * → Lastbilsförare m.fl.), and those occupations count as common. For the default vocabulary
 * every occupation is common.
 */
export function defaultSearchHints(taxonomy: Taxonomy): Required<TaxonomySearchHints> {
  if (taxonomy.source === 'default') {
    return { synonyms: new Map(), common: new Set(taxonomy.occupations.map((o) => o.id)) };
  }
  const defaults = defaultTaxonomy();
  const mapped = mapDefaultToJobtech(defaults, taxonomy);
  const defaultCodes = new Map(defaults.ssykGroups.map((g) => [g.id, g.code]));
  const groupByCode = new Map(taxonomy.ssykGroups.filter((g) => g.level === 4).map((g) => [g.code, g.id]));
  const synonyms = new Map<ConceptId, string[]>();
  const add = (id: ConceptId, names: string[]) => synonyms.set(id, [...(synonyms.get(id) ?? []), ...names]);
  const common = new Set<ConceptId>();
  for (const o of defaults.occupations) {
    const names = [o.label, ...(o.synonyms ?? [])];
    const target = mapped.get(o.id);
    if (target) {
      add(target, names);
      common.add(target);
    } else {
      const group = groupByCode.get(defaultCodes.get(o.ssyk4Id) ?? '');
      if (group) add(group, names);
    }
  }
  return { synonyms, common };
}
