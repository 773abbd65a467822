import type { ConceptId, OccupationName, Skill, SsykGroup, Taxonomy } from '../model.ts';
import { CERTIFICATES, DRIVING_LICENCES } from './credentials.ts';
import { LANGUAGE_LEVELS, LANGUAGES } from './languages.ts';
import { GROUP_SKILLS, OCCUPATIONS, SKILLS, SUBSTITUTABILITY } from './occupations.ts';
import { SSYK_GROUPS } from './ssyk.ts';

/**
 * Ids of the default vocabulary. They are local (not JobTech concept ids) so that they can
 * never be confused with a real concept; see mapDefaultToJobtech for moving data over.
 */
export const defaultIds = {
  ssyk: (code: string): ConceptId => `local:ssyk:${code}`,
  occupation: (slug: string): ConceptId => `local:occupation:${slug}`,
  skill: (slug: string): ConceptId => `local:skill:${slug}`,
};

let built: Taxonomy | undefined;

/**
 * The project's own small vocabulary, so that Arbetsbro runs without the JobTech export:
 * common entry-level occupations with SSYK 2012 codes and core skills, driving licences,
 * certificates and language levels. Built once; treat it as read-only.
 */
export function defaultTaxonomy(): Taxonomy {
  built ??= buildDefaultTaxonomy();
  return built;
}

function buildDefaultTaxonomy(): Taxonomy {
  const ssykGroups: SsykGroup[] = SSYK_GROUPS.map(([code, label]) => ({
    id: defaultIds.ssyk(code),
    code,
    label,
    level: code.length as SsykGroup['level'],
    ...(code.length > 1 ? { parentId: defaultIds.ssyk(code.slice(0, -1)) } : {}),
  }));
  const occupations: OccupationName[] = OCCUPATIONS.map((o) => ({
    id: defaultIds.occupation(o.slug),
    label: o.label,
    ssyk4Id: defaultIds.ssyk(o.ssyk),
    ...(o.synonyms ? { synonyms: [...o.synonyms] } : {}),
    ...(o.noEducationRequired ? { noEducationRequired: true } : {}),
  }));
  const skills: Skill[] = SKILLS.map((s) => ({ id: defaultIds.skill(s.slug), label: s.label }));
  const ssyk4Skills = Object.entries(GROUP_SKILLS).flatMap(([code, slugs]) =>
    slugs.map((slug) => ({ ssyk4Id: defaultIds.ssyk(code), skillId: defaultIds.skill(slug) })),
  );
  const substitutability = SUBSTITUTABILITY.map(([occupation, substitute, percent]) => ({
    occupationId: defaultIds.occupation(occupation),
    substituteId: defaultIds.occupation(substitute),
    percent,
  }));
  return {
    version: 'default-1',
    source: 'default',
    ssykGroups,
    occupations,
    skills,
    ssyk4Skills,
    substitutability,
    ssyk4Isco: [],
    languages: LANGUAGES.map((l) => ({ ...l })),
    credentials: [...DRIVING_LICENCES, ...CERTIFICATES].map((c) => ({
      ...c,
      ...(c.implies ? { implies: [...c.implies] } : {}),
    })),
    languageLevels: LANGUAGE_LEVELS.map((l) => ({ ...l })),
  };
}
