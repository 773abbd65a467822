import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { CERTIFICATES, DRIVING_LICENCES } from '../default/credentials.ts';
import { LANGUAGE_LEVELS } from '../default/languages.ts';
import { TaxonomyFormatError } from '../errors.ts';
import type {
  ConceptId,
  IscoGroup,
  Language,
  OccupationName,
  Skill,
  SsykGroup,
  SubstitutabilityEdge,
  Taxonomy,
} from '../model.ts';
import { NO_EDUCATION_FILE_ALIASES, TAXONOMY_FILES } from './files.ts';
import * as schema from './schema.ts';

export interface ParseTaxonomyOptions {
  /** Recorded as `Taxonomy.version`; default: `jobtech-` + a hash of the file contents. */
  version?: string;
  /** ISO date of the export (e.g. the newest file's modification time). */
  sourceDate?: string;
}

/**
 * Builds a Taxonomy from the already-parsed JSON of JobTech export files, keyed by file name
 * (see TAXONOMY_FILES). Only the SSYK hierarchy is required; other files add skills,
 * substitutability, ISCO, languages and the no-education collection. Unknown file names are
 * ignored. Throws TaxonomyFormatError naming the file and the problem; never returns a partial
 * result.
 */
export function parseTaxonomy(files: Record<string, unknown>, options: ParseTaxonomyOptions = {}): Taxonomy {
  const hierarchy = files[TAXONOMY_FILES.hierarchy];
  if (hierarchy === undefined) {
    throw new TaxonomyFormatError(TAXONOMY_FILES.hierarchy, 'missing (the SSYK hierarchy is required)');
  }
  const h = validate(TAXONOMY_FILES.hierarchy, schema.ssykHierarchyFile, hierarchy);

  const ssykGroups: SsykGroup[] = [];
  const ssykById = new Map<ConceptId, SsykGroup>();
  const occupations: OccupationName[] = [];
  const occupationById = new Map<ConceptId, OccupationName>();
  const retired = (c: {
    deprecated?: boolean | undefined;
    replaced_by?: Array<{ id: string }> | null | undefined;
  }) => ({
    ...(c.deprecated ? { deprecated: true } : {}),
    ...(c.replaced_by?.[0] ? { replacedBy: c.replaced_by[0].id } : {}),
  });

  const addGroup = (file: string, g: SsykGroup) => {
    const seen = ssykById.get(g.id);
    if (seen && (seen.code !== g.code || seen.level !== g.level)) {
      throw new TaxonomyFormatError(file, `SSYK group ${g.id} appears as ${seen.code} and as ${g.code}`);
    }
    if (!seen) {
      ssykById.set(g.id, g);
      ssykGroups.push(g);
    } else if (!seen.definition && g.definition) {
      seen.definition = g.definition;
    }
  };
  const addOccupation = (
    file: string,
    ssyk4Id: ConceptId,
    o: z.infer<typeof schema.conceptRef>,
  ): OccupationName | undefined => {
    const seen = occupationById.get(o.id);
    if (seen) {
      if (seen.ssyk4Id !== ssyk4Id) {
        throw new TaxonomyFormatError(
          file,
          `occupation ${o.id} (${o.preferred_label}) is under two SSYK-4 groups`,
        );
      }
      return seen;
    }
    const occupation: OccupationName = { id: o.id, label: o.preferred_label, ssyk4Id, ...retired(o) };
    occupationById.set(o.id, occupation);
    occupations.push(occupation);
    return occupation;
  };

  for (const l1 of h.data.concepts) {
    addGroup(TAXONOMY_FILES.hierarchy, {
      id: l1.id,
      code: l1.ssyk_code_2012,
      level: 1,
      label: l1.preferred_label,
    });
    for (const l2 of l1.narrower) {
      const g2 = {
        id: l2.id,
        code: l2.ssyk_code_2012,
        level: 2 as const,
        label: l2.preferred_label,
        parentId: l1.id,
      };
      addGroup(TAXONOMY_FILES.hierarchy, g2);
      for (const l3 of l2.narrower) {
        addGroup(TAXONOMY_FILES.hierarchy, {
          id: l3.id,
          code: l3.ssyk_code_2012,
          level: 3,
          label: l3.preferred_label,
          parentId: l2.id,
        });
        for (const l4 of l3.narrower) {
          addGroup(TAXONOMY_FILES.hierarchy, {
            id: l4.id,
            code: l4.ssyk_code_2012,
            level: 4,
            label: l4.preferred_label,
            parentId: l3.id,
            ...(l4.definition ? { definition: l4.definition } : {}),
          });
          for (const o of l4.narrower) addOccupation(TAXONOMY_FILES.hierarchy, l4.id, o);
        }
      }
    }
  }
  for (const g of ssykGroups) {
    if (g.parentId && !g.code.startsWith(ssykById.get(g.parentId)?.code ?? '?')) {
      throw new TaxonomyFormatError(
        TAXONOMY_FILES.hierarchy,
        `SSYK ${g.code} is placed under a group with another code`,
      );
    }
  }

  const ssyk4 = (file: string, c: { id: string; ssyk_code_2012?: string }) => {
    const g = ssykById.get(c.id);
    if (g?.level !== 4) {
      throw new TaxonomyFormatError(file, `SSYK-4 group ${c.id} is not in ${TAXONOMY_FILES.hierarchy}`);
    }
    if (c.ssyk_code_2012 !== undefined && c.ssyk_code_2012 !== g.code) {
      throw new TaxonomyFormatError(
        file,
        `SSYK-4 group ${c.id} has code ${c.ssyk_code_2012}, the hierarchy says ${g.code}`,
      );
    }
    return g;
  };

  const groupsFile = optional(files, TAXONOMY_FILES.ssyk4Groups, schema.ssyk4GroupsFile);
  for (const c of groupsFile?.data.concepts ?? []) {
    const g = ssyk4(TAXONOMY_FILES.ssyk4Groups, c);
    if (c.definition) g.definition = c.definition;
  }

  // Same content as the hierarchy's leaves; read it as a cross-check and for occupations the
  // hierarchy export might lack.
  const withOccupations = optional(files, TAXONOMY_FILES.ssyk4Occupations, schema.ssyk4WithOccupationsFile);
  for (const c of withOccupations?.data.concepts ?? []) {
    const g = ssyk4(TAXONOMY_FILES.ssyk4Occupations, c);
    for (const o of c.narrower) addOccupation(TAXONOMY_FILES.ssyk4Occupations, g.id, o);
  }

  const skills: Skill[] = [];
  const skillIds = new Set<ConceptId>();
  const skillsFile = optional(files, TAXONOMY_FILES.skills, schema.skillsFile);
  for (const s of skillsFile?.data.concepts ?? []) {
    if (skillIds.has(s.id)) continue;
    skillIds.add(s.id);
    skills.push({ id: s.id, label: s.preferred_label, ...retired(s) });
  }

  const ssyk4Skills: Taxonomy['ssyk4Skills'] = [];
  const withSkills = optional(files, TAXONOMY_FILES.ssyk4Skills, schema.ssyk4WithSkillsFile);
  for (const c of withSkills?.data.concepts ?? []) {
    const g = ssyk4(TAXONOMY_FILES.ssyk4Skills, c);
    const linked = new Set<ConceptId>();
    for (const s of c.related) {
      if (linked.has(s.id)) continue;
      linked.add(s.id);
      if (!skillIds.has(s.id)) {
        if (skillsFile) {
          throw new TaxonomyFormatError(
            TAXONOMY_FILES.ssyk4Skills,
            `skill ${s.id} is not in ${TAXONOMY_FILES.skills}`,
          );
        }
        // Without skills.json the links are the only source of the skill concepts.
        skillIds.add(s.id);
        skills.push({ id: s.id, label: s.preferred_label, ...retired(s) });
      }
      ssyk4Skills.push({ ssyk4Id: g.id, skillId: s.id });
    }
  }

  const substitutability = parseSubstitutability(files, occupationById);

  const iscoGroups: IscoGroup[] = [];
  const iscoFile = optional(files, TAXONOMY_FILES.iscoGroups, schema.iscoGroupsFile);
  for (const c of iscoFile?.data.concepts ?? []) {
    iscoGroups.push({
      id: c.id,
      code: c.isco_code_08,
      label: c.preferred_label,
      ...(c.definition ? { definition: c.definition } : {}),
    });
  }
  const ssyk4Isco: Taxonomy['ssyk4Isco'] = [];
  const withIsco = optional(files, TAXONOMY_FILES.ssyk4Isco, schema.ssyk4WithIscoFile);
  for (const c of withIsco?.data.concepts ?? []) {
    const g = ssyk4(TAXONOMY_FILES.ssyk4Isco, c);
    for (const codeOf of new Set(c.related.map((r) => r.isco_code_08)))
      ssyk4Isco.push({ ssyk4Id: g.id, iscoCode: codeOf });
  }

  const languages: Language[] = [];
  const languagesFile = optional(files, TAXONOMY_FILES.languages, schema.languagesFile);
  for (const l of languagesFile?.data.concepts ?? []) {
    languages.push({
      id: l.id,
      label: l.preferred_label,
      ...(l.iso_639_1_2002 ? { iso6391: l.iso_639_1_2002.toLowerCase() } : {}),
      ...(l.iso_639_2_1998 ? { iso6392: l.iso_639_2_1998.toLowerCase() } : {}),
    });
  }

  for (const name of NO_EDUCATION_FILE_ALIASES) {
    const collection = optional(files, name, schema.occupationCollectionFile);
    for (const c of collection?.data.concepts ?? []) {
      for (const o of c.related) {
        const occupation = occupationById.get(o.id);
        if (!occupation)
          throw new TaxonomyFormatError(name, `occupation ${o.id} (${o.preferred_label}) is unknown`);
        occupation.noEducationRequired = true;
      }
    }
  }

  return {
    version: options.version ?? `jobtech-${contentHash(files)}`,
    source: 'jobtech',
    ...(options.sourceDate ? { sourceDate: options.sourceDate } : {}),
    ssykGroups,
    occupations,
    skills,
    ssyk4Skills,
    substitutability,
    ssyk4Isco,
    iscoGroups,
    languages,
    // The JobTech export has no driving licences, certificates or language levels; the
    // project's own lists apply to every taxonomy.
    credentials: [...DRIVING_LICENCES, ...CERTIFICATES].map((c) => ({
      ...c,
      ...(c.implies ? { implies: [...c.implies] } : {}),
    })),
    languageLevels: LANGUAGE_LEVELS.map((l) => ({ ...l })),
  };
}

/**
 * Each edge is listed twice (X.substituted_by ∋ Y and Y.substitutes ∋ X); both lists are read
 * and merged so that an export carrying only one of them still works.
 */
function parseSubstitutability(
  files: Record<string, unknown>,
  occupationById: Map<ConceptId, OccupationName>,
): SubstitutabilityEdge[] {
  const file = TAXONOMY_FILES.substitutability;
  const parsed = optional(files, file, schema.substitutabilityFile);
  const edges = new Map<string, SubstitutabilityEdge>();
  const add = (occupationId: string, substituteId: string, percent: number) => {
    for (const idOf of [occupationId, substituteId]) {
      if (!occupationById.has(idOf))
        throw new TaxonomyFormatError(file, `occupation ${idOf} is not in the SSYK hierarchy`);
    }
    const key = `${occupationId}\u0000${substituteId}`;
    const seen = edges.get(key);
    if (seen && seen.percent !== percent) {
      throw new TaxonomyFormatError(
        file,
        `edge ${substituteId} → ${occupationId} is listed with ${seen.percent} % and ${percent} %`,
      );
    }
    if (!seen) edges.set(key, { occupationId, substituteId, percent });
  };
  for (const c of parsed?.data.concepts ?? []) {
    for (const s of c.substituted_by) add(c.id, s.id, s.substitutability_percentage);
    for (const s of c.substitutes) add(s.id, c.id, s.substitutability_percentage);
  }
  return [...edges.values()];
}

function optional<T extends z.ZodType>(
  files: Record<string, unknown>,
  file: string,
  s: T,
): z.infer<T> | undefined {
  return files[file] === undefined ? undefined : validate(file, s, files[file]);
}

function validate<T extends z.ZodType>(file: string, s: T, value: unknown): z.infer<T> {
  const result = s.safeParse(value);
  if (result.success) return result.data;
  throw new TaxonomyFormatError(
    file,
    result.error.issues.map((issue) => `${describePath(value, issue.path)}: ${issue.message}`),
  );
}

/** `data.concepts[3].narrower[0].ssyk_code_2012 (concept 13md_uyV_BNG)` — the id helps find it in a 2 MB file. */
function describePath(root: unknown, path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(file)';
  let text = '';
  let node: unknown = root;
  let conceptId: string | undefined;
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const idOf = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof idOf === 'string') conceptId = idOf;
  }
  return conceptId ? `${text} (concept ${conceptId})` : text;
}

function contentHash(files: Record<string, unknown>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(files).sort()) hash.update(name).update(JSON.stringify(files[name]));
  return hash.digest('hex').slice(0, 12);
}
