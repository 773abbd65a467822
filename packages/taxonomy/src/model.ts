// The in-memory vocabulary every other part of Arbetsbro speaks: occupations and
// skills as JobTech concept ids, never free text. Built either from the JobTech
// Taxonomy export files (importer) or from the project's own default vocabulary.

export type ConceptId = string;

export interface SsykGroup {
  id: ConceptId;
  /** SSYK 2012 code: 1 digit (level 1) … 4 digits (level 4). */
  code: string;
  level: 1 | 2 | 3 | 4;
  label: string;
  definition?: string;
  /** Parent group id (level - 1); undefined for level 1. */
  parentId?: ConceptId;
}

export interface OccupationName {
  id: ConceptId;
  label: string;
  /** The SSYK-4 group (concept id) the occupation name hangs under. */
  ssyk4Id: ConceptId;
  /** Other names people type for it ("undersköterska" ← "usk"). */
  synonyms?: string[];
  /** True when the occupation needs no formal education (JobTech collection). */
  noEducationRequired?: boolean;
  deprecated?: boolean;
  /** For a deprecated concept: the concept that replaces it. */
  replacedBy?: ConceptId;
}

export interface Skill {
  id: ConceptId;
  label: string;
  deprecated?: boolean;
  replacedBy?: ConceptId;
}

export interface SubstitutabilityEdge {
  /** The occupation whose job is to be filled. */
  occupationId: ConceptId;
  /** An occupation whose holders can fill it. */
  substituteId: ConceptId;
  /** 75 (high) or 25 (some). */
  percent: number;
}

/** An ISCO-08 unit group (level 4), for international comparison and EU data. */
export interface IscoGroup {
  id: ConceptId;
  /** 4-digit ISCO-08 code. */
  code: string;
  label: string;
  definition?: string;
}

export interface Language {
  id: ConceptId;
  label: string;
  /** ISO 639-1 (lower case) where JobTech has it. */
  iso6391?: string;
  iso6392?: string;
}

/** A licence or certificate that a recruitment need can require (B-körkort, truckkort A2 …). */
export interface Credential {
  code: string;
  label: string;
  kind: 'driving_licence' | 'certificate';
  /** Codes this credential also satisfies (CE satisfies C and B, …). */
  implies?: string[];
}

export interface LanguageLevel {
  code: string;
  label: string;
  /** Scale the level belongs to. */
  scale: 'sfi' | 'sas' | 'cefr';
  /** Comparable rank across scales, 1 (lowest) … 6 (CEFR C2). */
  rank: number;
}

export interface Taxonomy {
  /** e.g. "jobtech-2026-11-01" or "default-1". */
  version: string;
  source: 'jobtech' | 'default';
  /** ISO date of the export files, when known (the importer records it with the version). */
  sourceDate?: string;
  ssykGroups: SsykGroup[];
  occupations: OccupationName[];
  skills: Skill[];
  /** SSYK-4 group id → skill ids typical for the group. */
  ssyk4Skills: Array<{ ssyk4Id: ConceptId; skillId: ConceptId }>;
  substitutability: SubstitutabilityEdge[];
  /** SSYK-4 group id → ISCO-08 code(s). */
  ssyk4Isco: Array<{ ssyk4Id: ConceptId; iscoCode: string }>;
  /** ISCO-08 level-4 groups with labels/definitions (JobTech export only). */
  iscoGroups?: IscoGroup[];
  languages: Language[];
  credentials: Credential[];
  languageLevels: LanguageLevel[];
}
