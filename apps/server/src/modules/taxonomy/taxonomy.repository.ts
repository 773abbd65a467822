import { and, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  taxonomyIscoGroup,
  taxonomyLanguage,
  taxonomyOccupation,
  taxonomySkill,
  taxonomySsyk4Isco,
  taxonomySsyk4Skill,
  taxonomySsykGroup,
  taxonomySubstitutability,
  taxonomyVersion,
} from '../../db/schema/index.ts';

export type SsykGroupRow = typeof taxonomySsykGroup.$inferSelect;
export type OccupationRow = typeof taxonomyOccupation.$inferSelect;
export type SkillRow = typeof taxonomySkill.$inferSelect;
export type IscoGroupRow = typeof taxonomyIscoGroup.$inferSelect;
export type LanguageRow = typeof taxonomyLanguage.$inferSelect;
export type Ssyk4SkillRow = typeof taxonomySsyk4Skill.$inferSelect;
export type SubstitutabilityRow = typeof taxonomySubstitutability.$inferSelect;
export type Ssyk4IscoRow = typeof taxonomySsyk4Isco.$inferSelect;
export type TaxonomyVersionRow = typeof taxonomyVersion.$inferSelect;

/** The concept tables: keyed by JobTech id, kept (marked removed) when an import lacks them. */
export const conceptTables = {
  ssykGroups: taxonomySsykGroup,
  occupations: taxonomyOccupation,
  skills: taxonomySkill,
  iscoGroups: taxonomyIscoGroup,
  languages: taxonomyLanguage,
} as const;
export type ConceptTable = keyof typeof conceptTables;

export interface ConceptRows {
  ssykGroups: SsykGroupRow[];
  occupations: OccupationRow[];
  skills: SkillRow[];
  iscoGroups: IscoGroupRow[];
  languages: LanguageRow[];
}

export interface RelationRows {
  ssyk4Skills: Ssyk4SkillRow[];
  substitutability: SubstitutabilityRow[];
  ssyk4Isco: Ssyk4IscoRow[];
}

export type TaxonomyRows = ConceptRows & RelationRows;

// Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table (8 columns),
// and large enough that round trips do not dominate on PGlite.
const CHUNK = 1000;

export const taxonomyRepository = {
  /** Everything, one query per table (server start and import diff). */
  async readAll(db: Db): Promise<TaxonomyRows> {
    // One after another: inside a transaction they share one connection (node-postgres would
    // queue concurrent queries on it, which pg 9 no longer allows).
    const ssykGroups = await db.select().from(taxonomySsykGroup).orderBy(taxonomySsykGroup.code);
    const occupations = await db.select().from(taxonomyOccupation).orderBy(taxonomyOccupation.id);
    const skills = await db.select().from(taxonomySkill).orderBy(taxonomySkill.id);
    const iscoGroups = await db.select().from(taxonomyIscoGroup).orderBy(taxonomyIscoGroup.code);
    const languages = await db.select().from(taxonomyLanguage).orderBy(taxonomyLanguage.id);
    const ssyk4Skills = await db.select().from(taxonomySsyk4Skill);
    const substitutability = await db.select().from(taxonomySubstitutability);
    const ssyk4Isco = await db.select().from(taxonomySsyk4Isco);
    return {
      ssykGroups,
      occupations,
      skills,
      iscoGroups,
      languages,
      ssyk4Skills,
      substitutability,
      ssyk4Isco,
    };
  },

  /** Inserts or overwrites concepts by id, in multi-row chunks. */
  async upsertConcepts<K extends ConceptTable>(
    db: Db,
    kind: K,
    rows: ConceptRows[K],
    onChunk?: (done: number) => void,
  ): Promise<void> {
    const table = conceptTables[kind];
    const set = Object.fromEntries(
      Object.entries(getTableColumns(table))
        .filter(([key]) => key !== 'id')
        .map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
    );
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await db
        .insert(table)
        .values(chunk as never)
        .onConflictDoUpdate({ target: table.id, set: set as never });
      onChunk?.(i + chunk.length);
    }
  },

  /** Marks concepts that an import no longer contains; they keep resolving for old data. */
  async markRemoved(db: Db, kind: ConceptTable, ids: string[], version: string): Promise<void> {
    const table = conceptTables[kind];
    for (let i = 0; i < ids.length; i += CHUNK) {
      await db
        .update(table)
        .set({ removedInVersion: version })
        .where(and(inArray(table.id, ids.slice(i, i + CHUNK)), isNull(table.removedInVersion)));
    }
  },

  async insertSsyk4Skills(db: Db, rows: Ssyk4SkillRow[], onChunk?: (done: number) => void) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db
        .insert(taxonomySsyk4Skill)
        .values(rows.slice(i, i + CHUNK))
        .onConflictDoNothing();
      onChunk?.(Math.min(i + CHUNK, rows.length));
    }
  },

  async deleteSsyk4Skills(db: Db, rows: Ssyk4SkillRow[]) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const pairs = rows.slice(i, i + CHUNK).map((r) => sql`(${r.ssyk4Id}, ${r.skillId})`);
      await db
        .delete(taxonomySsyk4Skill)
        .where(
          sql`(${taxonomySsyk4Skill.ssyk4Id}, ${taxonomySsyk4Skill.skillId}) in (${sql.join(pairs, sql`, `)})`,
        );
    }
  },

  async upsertSubstitutability(db: Db, rows: SubstitutabilityRow[], onChunk?: (done: number) => void) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db
        .insert(taxonomySubstitutability)
        .values(rows.slice(i, i + CHUNK))
        .onConflictDoUpdate({
          target: [taxonomySubstitutability.occupationId, taxonomySubstitutability.substituteId],
          set: { percent: sql`excluded.percent` },
        });
      onChunk?.(Math.min(i + CHUNK, rows.length));
    }
  },

  async deleteSubstitutability(db: Db, rows: SubstitutabilityRow[]) {
    const t = taxonomySubstitutability;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const pairs = rows.slice(i, i + CHUNK).map((r) => sql`(${r.occupationId}, ${r.substituteId})`);
      await db.delete(t).where(sql`(${t.occupationId}, ${t.substituteId}) in (${sql.join(pairs, sql`, `)})`);
    }
  },

  async insertSsyk4Isco(db: Db, rows: Ssyk4IscoRow[]) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db
        .insert(taxonomySsyk4Isco)
        .values(rows.slice(i, i + CHUNK))
        .onConflictDoNothing();
    }
  },

  async deleteSsyk4Isco(db: Db, rows: Ssyk4IscoRow[]) {
    const t = taxonomySsyk4Isco;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const pairs = rows.slice(i, i + CHUNK).map((r) => sql`(${r.ssyk4Id}, ${r.iscoCode})`);
      await db.delete(t).where(sql`(${t.ssyk4Id}, ${t.iscoCode}) in (${sql.join(pairs, sql`, `)})`);
    }
  },

  /** The version in force: the most recently imported one. */
  async currentVersion(db: Db): Promise<TaxonomyVersionRow | null> {
    const [row] = await db.select().from(taxonomyVersion).orderBy(desc(taxonomyVersion.importedAt)).limit(1);
    return row ?? null;
  },

  /** Records an import; importing an older export again makes it the version in force again. */
  async recordVersion(db: Db, row: typeof taxonomyVersion.$inferInsert): Promise<void> {
    await db
      .insert(taxonomyVersion)
      .values(row)
      .onConflictDoUpdate({
        target: taxonomyVersion.version,
        set: { importedAt: sql`excluded.imported_at`, counts: sql`excluded.counts` },
      });
  },

  async versionCount(db: Db): Promise<number> {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(taxonomyVersion);
    return row?.n ?? 0;
  },

  async findVersion(db: Db, version: string): Promise<TaxonomyVersionRow | null> {
    const [row] = await db.select().from(taxonomyVersion).where(eq(taxonomyVersion.version, version));
    return row ?? null;
  },
};
