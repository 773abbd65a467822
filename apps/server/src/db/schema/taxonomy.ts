import { boolean, index, jsonb, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

// JobTech taxonomy as imported by `arbetsbro taxonomy import`. Reference data is shared by every
// municipality of an installation (it is the national vocabulary), so these tables carry no
// municipality_code: under distribution by tenant they are reference tables replicated to every
// node. Ids are JobTech concept ids and never change; a concept missing from a newer export is kept
// with `removed_in_version` set, so that participant and recruitment-need data that uses it still
// resolves.

/** SSYK 2012, levels 1–4. */
export const taxonomySsykGroup = pgTable(
  'taxonomy_ssyk_group',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    level: smallint('level').notNull(),
    label: text('label').notNull(),
    definition: text('definition'),
    parentId: text('parent_id'),
    removedInVersion: text('removed_in_version'),
  },
  (t) => [index('taxonomy_ssyk_group_code_idx').on(t.code)],
);

/** JobTech occupation names, each under one SSYK-4 group. */
export const taxonomyOccupation = pgTable(
  'taxonomy_occupation',
  {
    id: text('id').primaryKey(),
    label: text('label').notNull(),
    ssyk4Id: text('ssyk4_id').notNull(),
    synonyms: jsonb('synonyms').$type<string[]>(),
    noEducationRequired: boolean('no_education_required').notNull().default(false),
    /** Deprecated in JobTech itself (the export says so). */
    deprecated: boolean('deprecated').notNull().default(false),
    replacedBy: text('replaced_by'),
    /** Set when a newer import no longer contains the concept. */
    removedInVersion: text('removed_in_version'),
  },
  (t) => [index('taxonomy_occupation_ssyk4_idx').on(t.ssyk4Id)],
);

export const taxonomySkill = pgTable('taxonomy_skill', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  deprecated: boolean('deprecated').notNull().default(false),
  replacedBy: text('replaced_by'),
  removedInVersion: text('removed_in_version'),
});

/** Skills typical for an SSYK-4 group. Relations follow the newest import exactly. */
export const taxonomySsyk4Skill = pgTable(
  'taxonomy_ssyk4_skill',
  {
    ssyk4Id: text('ssyk4_id').notNull(),
    skillId: text('skill_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ssyk4Id, t.skillId] })],
);

/** Holders of `substitute_id` can fill a job as `occupation_id` (JobTech: 75 or 25 %). */
export const taxonomySubstitutability = pgTable(
  'taxonomy_substitutability',
  {
    occupationId: text('occupation_id').notNull(),
    substituteId: text('substitute_id').notNull(),
    percent: smallint('percent').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.occupationId, t.substituteId] }),
    index('taxonomy_substitutability_substitute_idx').on(t.substituteId),
  ],
);

export const taxonomyIscoGroup = pgTable('taxonomy_isco_group', {
  id: text('id').primaryKey(),
  code: text('code').notNull(),
  label: text('label').notNull(),
  definition: text('definition'),
  removedInVersion: text('removed_in_version'),
});

export const taxonomySsyk4Isco = pgTable(
  'taxonomy_ssyk4_isco',
  {
    ssyk4Id: text('ssyk4_id').notNull(),
    iscoCode: text('isco_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ssyk4Id, t.iscoCode] })],
);

export const taxonomyLanguage = pgTable('taxonomy_language', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  iso6391: text('iso_639_1'),
  iso6392: text('iso_639_2'),
  removedInVersion: text('removed_in_version'),
});

/** One row per distinct export imported; the newest `imported_at` is the version in force. */
export const taxonomyVersion = pgTable('taxonomy_version', {
  version: text('version').primaryKey(),
  source: text('source').notNull(),
  /** Date of the export files, when known. */
  sourceDate: timestamp('source_date', { withTimezone: true }),
  counts: jsonb('counts').notNull().$type<Record<string, number>>(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});
