import { defaultTaxonomy, type Taxonomy } from '@arbetsbro/taxonomy';
import type { TaxonomyRows, TaxonomyVersionRow } from './taxonomy.repository.ts';

// Taxonomy (the in-memory model) ↔ table rows. Both directions live here so that a field added to
// one side is seen missing on the other.

/** The rows an import of `taxonomy` should leave in the tables (removedInVersion always null). */
export function rowsOfTaxonomy(taxonomy: Taxonomy): TaxonomyRows {
  return {
    ssykGroups: taxonomy.ssykGroups.map((g) => ({
      id: g.id,
      code: g.code,
      level: g.level,
      label: g.label,
      definition: g.definition ?? null,
      parentId: g.parentId ?? null,
      removedInVersion: null,
    })),
    occupations: taxonomy.occupations.map((o) => ({
      id: o.id,
      label: o.label,
      ssyk4Id: o.ssyk4Id,
      synonyms: o.synonyms?.length ? o.synonyms : null,
      noEducationRequired: o.noEducationRequired === true,
      deprecated: o.deprecated === true,
      replacedBy: o.replacedBy ?? null,
      removedInVersion: null,
    })),
    skills: taxonomy.skills.map((s) => ({
      id: s.id,
      label: s.label,
      deprecated: s.deprecated === true,
      replacedBy: s.replacedBy ?? null,
      removedInVersion: null,
    })),
    iscoGroups: (taxonomy.iscoGroups ?? []).map((g) => ({
      id: g.id,
      code: g.code,
      label: g.label,
      definition: g.definition ?? null,
      removedInVersion: null,
    })),
    languages: taxonomy.languages.map((l) => ({
      id: l.id,
      label: l.label,
      iso6391: l.iso6391 ?? null,
      iso6392: l.iso6392 ?? null,
      removedInVersion: null,
    })),
    ssyk4Skills: taxonomy.ssyk4Skills.map((l) => ({ ssyk4Id: l.ssyk4Id, skillId: l.skillId })),
    substitutability: taxonomy.substitutability.map((e) => ({
      occupationId: e.occupationId,
      substituteId: e.substituteId,
      percent: e.percent,
    })),
    ssyk4Isco: taxonomy.ssyk4Isco.map((l) => ({ ssyk4Id: l.ssyk4Id, iscoCode: l.iscoCode })),
  };
}

/**
 * The Taxonomy the server uses, rebuilt from the tables. A concept that a newer export no longer
 * has counts as deprecated, so old data still resolves but new data is steered away from it.
 * Credentials and language levels are not in the JobTech export: they come from the built-in
 * vocabulary.
 */
export function taxonomyOfRows(rows: TaxonomyRows, version: TaxonomyVersionRow): Taxonomy {
  const builtIn = defaultTaxonomy();
  const retired = (r: {
    deprecated?: boolean;
    replacedBy?: string | null;
    removedInVersion: string | null;
  }) => ({
    ...(r.deprecated || r.removedInVersion ? { deprecated: true } : {}),
    ...(r.replacedBy ? { replacedBy: r.replacedBy } : {}),
  });
  return {
    version: version.version,
    source: version.source === 'default' ? 'default' : 'jobtech',
    ...(version.sourceDate ? { sourceDate: version.sourceDate.toISOString() } : {}),
    ssykGroups: rows.ssykGroups.map((g) => ({
      id: g.id,
      code: g.code,
      level: g.level as 1 | 2 | 3 | 4,
      label: g.label,
      ...(g.definition ? { definition: g.definition } : {}),
      ...(g.parentId ? { parentId: g.parentId } : {}),
    })),
    occupations: rows.occupations.map((o) => ({
      id: o.id,
      label: o.label,
      ssyk4Id: o.ssyk4Id,
      ...(o.synonyms?.length ? { synonyms: o.synonyms } : {}),
      ...(o.noEducationRequired ? { noEducationRequired: true } : {}),
      ...retired(o),
    })),
    skills: rows.skills.map((s) => ({ id: s.id, label: s.label, ...retired(s) })),
    ssyk4Skills: rows.ssyk4Skills,
    substitutability: rows.substitutability,
    ssyk4Isco: rows.ssyk4Isco,
    iscoGroups: rows.iscoGroups.map((g) => ({
      id: g.id,
      code: g.code,
      label: g.label,
      ...(g.definition ? { definition: g.definition } : {}),
    })),
    languages: rows.languages.map((l) => ({
      id: l.id,
      label: l.label,
      ...(l.iso6391 ? { iso6391: l.iso6391 } : {}),
      ...(l.iso6392 ? { iso6392: l.iso6392 } : {}),
    })),
    credentials: builtIn.credentials,
    languageLevels: builtIn.languageLevels,
  };
}
