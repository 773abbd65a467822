import type {
  ConceptId,
  Language,
  OccupationName,
  Skill,
  SsykGroup,
  SubstitutabilityEdge,
  Taxonomy,
} from './model.ts';

export type ResolvedConcept =
  | { kind: 'occupation'; concept: OccupationName }
  | { kind: 'skill'; concept: Skill }
  | { kind: 'ssyk'; concept: SsykGroup }
  | { kind: 'language'; concept: Language };

export interface Resolution {
  /** The id asked for. */
  requestedId: ConceptId;
  /** The id to use today: the end of the replaced_by chain (same as requestedId if current). */
  id: ConceptId;
  /** The ids passed through, requestedId first, ending with id. */
  chain: ConceptId[];
  /** True when the concept reached is still deprecated (its successor is unknown here). */
  deprecated: boolean;
  resolved: ResolvedConcept;
}

/** Lookups over a Taxonomy, built once (linear time) and then O(1). */
export interface TaxonomyIndex {
  taxonomy: Taxonomy;
  occupation(id: ConceptId): OccupationName | undefined;
  skill(id: ConceptId): Skill | undefined;
  ssykGroup(id: ConceptId): SsykGroup | undefined;
  ssykByCode(code: string): SsykGroup | undefined;
  /** Occupation names under an SSYK-4 group. */
  occupationsOfSsyk4(ssyk4Id: ConceptId): OccupationName[];
  /** Skill ids typical for an SSYK-4 group. */
  skillsOfSsyk4(ssyk4Id: ConceptId): ConceptId[];
  /** Edges whose job is `occupationId` (who can fill it). */
  substitutesFor(occupationId: ConceptId): SubstitutabilityEdge[];
  /** Edges where `occupationId`'s holders can fill another job. */
  substitutedBy(occupationId: ConceptId): SubstitutabilityEdge[];
  /** Finds any concept by id, following replaced_by to the current one. */
  resolveConcept(id: ConceptId): Resolution | undefined;
}

export function indexTaxonomy(taxonomy: Taxonomy): TaxonomyIndex {
  const concepts = new Map<ConceptId, ResolvedConcept>();
  // Later kinds do not overwrite earlier ones: ids are unique across JobTech, so a clash would be
  // a data error, and occupations are what matching needs most.
  const put = (id: ConceptId, c: ResolvedConcept) => {
    if (!concepts.has(id)) concepts.set(id, c);
  };
  for (const o of taxonomy.occupations) put(o.id, { kind: 'occupation', concept: o });
  for (const s of taxonomy.skills) put(s.id, { kind: 'skill', concept: s });
  for (const g of taxonomy.ssykGroups) put(g.id, { kind: 'ssyk', concept: g });
  for (const l of taxonomy.languages) put(l.id, { kind: 'language', concept: l });

  const ssykByCode = new Map(taxonomy.ssykGroups.map((g) => [g.code, g]));
  const occupationsOfSsyk4 = groupBy(taxonomy.occupations, (o) => o.ssyk4Id);
  const skillsOfSsyk4 = new Map<ConceptId, ConceptId[]>();
  for (const link of taxonomy.ssyk4Skills) pushTo(skillsOfSsyk4, link.ssyk4Id, link.skillId);
  const substitutesFor = groupBy(taxonomy.substitutability, (e) => e.occupationId);
  const substitutedBy = groupBy(taxonomy.substitutability, (e) => e.substituteId);

  const kindOf = <K extends ResolvedConcept['kind']>(id: ConceptId, kind: K) => {
    const c = concepts.get(id);
    return c?.kind === kind ? (c.concept as Extract<ResolvedConcept, { kind: K }>['concept']) : undefined;
  };

  return {
    taxonomy,
    occupation: (id) => kindOf(id, 'occupation'),
    skill: (id) => kindOf(id, 'skill'),
    ssykGroup: (id) => kindOf(id, 'ssyk'),
    ssykByCode: (code) => ssykByCode.get(code),
    occupationsOfSsyk4: (id) => occupationsOfSsyk4.get(id) ?? [],
    skillsOfSsyk4: (id) => skillsOfSsyk4.get(id) ?? [],
    substitutesFor: (id) => substitutesFor.get(id) ?? [],
    substitutedBy: (id) => substitutedBy.get(id) ?? [],
    resolveConcept(requestedId) {
      const first = concepts.get(requestedId);
      if (!first) return undefined;
      let resolved: ResolvedConcept = first;
      const chain = [requestedId];
      for (;;) {
        const next: ConceptId | undefined =
          'replacedBy' in resolved.concept ? resolved.concept.replacedBy : undefined;
        const nextConcept: ResolvedConcept | undefined =
          next && !chain.includes(next) ? concepts.get(next) : undefined;
        if (!next || !nextConcept) break;
        chain.push(next);
        resolved = nextConcept;
      }
      const concept = resolved.concept as { deprecated?: boolean };
      return {
        requestedId,
        id: chain[chain.length - 1]!,
        chain,
        deprecated: concept.deprecated === true,
        resolved,
      };
    },
  };
}

const cache = new WeakMap<Taxonomy, TaxonomyIndex>();

/** indexTaxonomy, memoised per Taxonomy object (treat a Taxonomy as immutable once built). */
export function taxonomyIndex(taxonomy: Taxonomy): TaxonomyIndex {
  let index = cache.get(taxonomy);
  if (!index) {
    index = indexTaxonomy(taxonomy);
    cache.set(taxonomy, index);
  }
  return index;
}

/** Finds a concept by id in `taxonomy`, following replaced_by to the current concept. */
export function resolveConcept(taxonomy: Taxonomy, id: ConceptId): Resolution | undefined {
  return taxonomyIndex(taxonomy).resolveConcept(id);
}

function groupBy<T>(items: T[], key: (item: T) => ConceptId): Map<ConceptId, T[]> {
  const map = new Map<ConceptId, T[]>();
  for (const item of items) pushTo(map, key(item), item);
  return map;
}

function pushTo<T>(map: Map<ConceptId, T[]>, key: ConceptId, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
