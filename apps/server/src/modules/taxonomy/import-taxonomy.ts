import type { Taxonomy } from '@arbetsbro/taxonomy';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { problems } from '../../http/problem.ts';
import type { Actor } from '../auth/index.ts';
import { loadImportedTaxonomy } from './load-imported-taxonomy.ts';
import {
  type ConceptRows,
  type ConceptTable,
  conceptTables,
  type TaxonomyRows,
  taxonomyRepository,
} from './taxonomy.repository.ts';
import { rowsOfTaxonomy } from './taxonomy-rows.ts';

export interface TaxonomyCounts {
  ssykGroups: number;
  ssyk4Groups: number;
  occupations: number;
  skills: number;
  ssyk4Skills: number;
  substitutability: number;
  iscoGroups: number;
  ssyk4Isco: number;
  languages: number;
  noEducationRequired: number;
}

export interface TableChange {
  added: number;
  changed: number;
  /** Concepts kept but marked as no longer in the export; for relations: deleted. */
  removed: number;
}

export interface TaxonomyImportReport {
  version: string;
  sourceDate: string | null;
  /** What the imported export contains. */
  counts: TaxonomyCounts;
  changes: Record<keyof TaxonomyRows, TableChange>;
  /** True when the tables already held exactly this export: nothing was written. */
  unchanged: boolean;
}

export type ImportProgress = (event: { step: keyof TaxonomyRows; done: number; total: number }) => void;

export function countTaxonomy(t: Taxonomy): TaxonomyCounts {
  return {
    ssykGroups: t.ssykGroups.length,
    ssyk4Groups: t.ssykGroups.filter((g) => g.level === 4).length,
    occupations: t.occupations.length,
    skills: t.skills.length,
    ssyk4Skills: t.ssyk4Skills.length,
    substitutability: t.substitutability.length,
    iscoGroups: t.iscoGroups?.length ?? 0,
    ssyk4Isco: t.ssyk4Isco.length,
    languages: t.languages.length,
    noEducationRequired: t.occupations.filter((o) => o.noEducationRequired).length,
  };
}

/**
 * Writes a parsed JobTech taxonomy to the database, all or nothing, and puts it in force.
 * Idempotent: only rows that differ are written, so importing the same export twice writes nothing.
 * Concepts the export lacks stay (marked removed) so that data which uses them still resolves;
 * relations (group → skills, substitutability, ISCO) follow the export exactly.
 */
export async function importTaxonomy(
  ctx: AppContext,
  actor: Actor,
  taxonomy: Taxonomy,
  options: { onProgress?: ImportProgress } = {},
): Promise<TaxonomyImportReport> {
  // An installation task: the vocabulary is shared by every municipality of the installation.
  if (actor.kind !== 'system') throw problems.forbidden();
  const wanted = rowsOfTaxonomy(taxonomy);
  const counts = countTaxonomy(taxonomy);
  const progress = options.onProgress ?? (() => {});

  const result = await ctx.db.transaction(async (tx) => {
    const existing = await taxonomyRepository.readAll(tx);
    const current = await taxonomyRepository.currentVersion(tx);
    const changes = {} as Record<keyof TaxonomyRows, TableChange>;

    for (const kind of Object.keys(conceptTables) as ConceptTable[]) {
      changes[kind] = await syncConcepts(tx, kind, existing[kind], wanted[kind], taxonomy.version, progress);
    }

    const skillLinks = diffByKey(
      existing.ssyk4Skills,
      wanted.ssyk4Skills,
      (r) => `${r.ssyk4Id} ${r.skillId}`,
    );
    await taxonomyRepository.deleteSsyk4Skills(tx, skillLinks.removed);
    await taxonomyRepository.insertSsyk4Skills(tx, skillLinks.added, (done) =>
      progress({ step: 'ssyk4Skills', done, total: skillLinks.added.length }),
    );
    changes.ssyk4Skills = { added: skillLinks.added.length, changed: 0, removed: skillLinks.removed.length };

    const edges = diffByKey(
      existing.substitutability,
      wanted.substitutability,
      (r) => `${r.occupationId} ${r.substituteId}`,
      (a, b) => a.percent === b.percent,
    );
    await taxonomyRepository.deleteSubstitutability(tx, edges.removed);
    await taxonomyRepository.upsertSubstitutability(tx, [...edges.added, ...edges.changed], (done) =>
      progress({ step: 'substitutability', done, total: edges.added.length + edges.changed.length }),
    );
    changes.substitutability = {
      added: edges.added.length,
      changed: edges.changed.length,
      removed: edges.removed.length,
    };

    const isco = diffByKey(existing.ssyk4Isco, wanted.ssyk4Isco, (r) => `${r.ssyk4Id} ${r.iscoCode}`);
    await taxonomyRepository.deleteSsyk4Isco(tx, isco.removed);
    await taxonomyRepository.insertSsyk4Isco(tx, isco.added);
    changes.ssyk4Isco = { added: isco.added.length, changed: 0, removed: isco.removed.length };

    const rowsChanged = Object.values(changes).some((c) => c.added + c.changed + c.removed > 0);
    const unchanged = !rowsChanged && current?.version === taxonomy.version;
    if (!unchanged) {
      await taxonomyRepository.recordVersion(tx, {
        version: taxonomy.version,
        source: taxonomy.source,
        sourceDate: taxonomy.sourceDate ? new Date(taxonomy.sourceDate) : null,
        counts: { ...counts },
        importedAt: ctx.clock(),
      });
      await ctx.audit.record(tx, actor, {
        action: 'update',
        entityType: 'taxonomy',
        entityId: taxonomy.version,
        reason: 'taxonomy.import',
        details: { occupations: counts.occupations, skills: counts.skills },
      });
    }
    return { changes, unchanged };
  });

  // After the commit: the server process that ran the import uses it at once.
  if (!result.unchanged) {
    const loaded = await loadImportedTaxonomy(ctx.db);
    if (loaded) ctx.reference.replace(loaded);
  }
  ctx.logger.info({ version: taxonomy.version, unchanged: result.unchanged }, 'taxonomy imported');
  return {
    version: taxonomy.version,
    sourceDate: taxonomy.sourceDate ?? null,
    counts,
    changes: result.changes,
    unchanged: result.unchanged,
  };
}

async function syncConcepts<K extends ConceptTable>(
  tx: Db,
  kind: K,
  existing: ConceptRows[K],
  wanted: ConceptRows[K],
  version: string,
  progress: ImportProgress,
): Promise<TableChange> {
  const diff = diffByKey<ConceptRows[K][number]>(existing, wanted, (r) => r.id, sameRow);
  const toWrite = [...diff.added, ...diff.changed] as ConceptRows[K];
  await taxonomyRepository.upsertConcepts(tx, kind, toWrite, (done) =>
    progress({ step: kind, done, total: toWrite.length }),
  );
  // Already marked in an earlier import: not a change now.
  const newlyRemoved = diff.removed.filter((r) => r.removedInVersion === null).map((r) => r.id);
  await taxonomyRepository.markRemoved(tx, kind, newlyRemoved, version);
  return { added: diff.added.length, changed: diff.changed.length, removed: newlyRemoved.length };
}

function diffByKey<T>(
  existing: readonly T[],
  wanted: readonly T[],
  key: (row: T) => string,
  same: (a: T, b: T) => boolean = () => true,
): { added: T[]; changed: T[]; removed: T[] } {
  const before = new Map(existing.map((r) => [key(r), r]));
  const added: T[] = [];
  const changed: T[] = [];
  const seen = new Set<string>();
  for (const row of wanted) {
    const k = key(row);
    if (seen.has(k)) continue;
    seen.add(k);
    const old = before.get(k);
    if (!old) added.push(row);
    else if (!same(old, row)) changed.push(row);
  }
  const removed = existing.filter((r) => !seen.has(key(r)));
  return { added, changed, removed };
}

/** Field-by-field equality of two rows of the same table (jsonb arrays compared by value). */
function sameRow(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of Object.keys(rb)) {
    if (JSON.stringify(ra[k] ?? null) !== JSON.stringify(rb[k] ?? null)) return false;
  }
  return true;
}
