// Taxonomy import into the database (PGlite, or PostgreSQL with BENCH_DATABASE_URL): parsing the
// JobTech export, the first import, a second import of the same export (must write nothing), and
// reading it back as a server start does. Needs ../shared/data/taxonomy (skipped without it).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadTaxonomyFromDir } from '@arbetsbro/taxonomy';
import { loadConfig } from '../apps/server/src/config.ts';
import type { AppContext } from '../apps/server/src/context.ts';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { createLogger } from '../apps/server/src/logger.ts';
import { createAuditLog } from '../apps/server/src/modules/audit/audit.service.ts';
import { systemActor } from '../apps/server/src/modules/auth/actor.ts';
import { createReferenceData } from '../apps/server/src/modules/reference/reference-data.ts';
import { importTaxonomy } from '../apps/server/src/modules/taxonomy/import-taxonomy.ts';
import { loadImportedTaxonomy } from '../apps/server/src/modules/taxonomy/load-imported-taxonomy.ts';

const dir = process.env.ARBETSBRO_TAXONOMY_DIR ?? resolve(import.meta.dirname, '../../shared/data/taxonomy');
if (!existsSync(dir)) {
  console.log(`skipped: no JobTech export in ${dir}`);
  process.exit(0);
}

const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;
console.log(`node ${process.version}, ${cpus().length} cpus, load ${loadavg()[0]!.toFixed(2)}`);

let started = performance.now();
const taxonomy = await loadTaxonomyFromDir(dir);
console.log(`parse export (10 files):          ${ms(started)}`);

const targets: Array<{ name: string; url?: string; dataDir?: string }> = process.env.BENCH_DATABASE_URL
  ? [{ name: 'PostgreSQL', url: process.env.BENCH_DATABASE_URL }]
  : [
      { name: 'PGlite in memory', dataDir: 'memory://' },
      { name: 'PGlite on disk', dataDir: join(mkdtempSync(join(tmpdir(), 'arbetsbro-bench-')), 'db') },
    ];

for (const target of targets) {
  console.log(`\n${target.name}`);
  const database = await openDatabase(target.url ? { url: target.url } : { dataDir: target.dataDir! });
  await database.migrate();
  const ctx: AppContext = {
    config: loadConfig({}),
    database,
    db: database.db,
    logger: createLogger('silent'),
    audit: createAuditLog(),
    clock: () => new Date(),
    reference: createReferenceData(),
  };
  const actor = systemActor(ctx.config.municipality.code, 'bench');

  started = performance.now();
  const first = await importTaxonomy(ctx, actor, taxonomy);
  console.log(
    `  first import:                   ${ms(started)}  (${first.counts.occupations} occupations, ${first.counts.skills} skills, ${first.counts.ssyk4Skills} links, ${first.counts.substitutability} edges${first.unchanged ? ', already there' : ''})`,
  );
  started = performance.now();
  const second = await importTaxonomy(ctx, actor, taxonomy);
  console.log(`  same export again:              ${ms(started)}  (unchanged: ${second.unchanged})`);

  const reads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await loadImportedTaxonomy(ctx.db);
    reads.push(performance.now() - t0);
  }
  reads.sort((a, b) => a - b);
  console.log(`  read back at server start:      ${Math.round(reads[2]!)} ms median of 5`);
  await database.close();
  if (target.dataDir && target.dataDir !== 'memory://')
    rmSync(resolve(target.dataDir, '..'), { recursive: true, force: true });
}
