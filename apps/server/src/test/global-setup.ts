import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrationsFolder, openDatabase } from '../db/client.ts';

/**
 * Migrates once, then every test file starts from a copy: a PGlite data-directory dump, or a
 * PostgreSQL template database when TEST_DATABASE_URL is set. initdb + migrations run once per
 * change of the migrations, not per file.
 */
export default async function setup(project: TestProject) {
  const fingerprint = createHash('sha256')
    .update(
      readdirSync(migrationsFolder, { recursive: true })
        .sort()
        .map((f) => String(f))
        .join(),
    )
    .update(
      readdirSync(migrationsFolder)
        .filter((f) => f.endsWith('.sql'))
        .map((f) => readFileSync(join(migrationsFolder, f)))
        .join(),
    )
    .digest('hex')
    .slice(0, 16);
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `arbetsbro_tpl_${fingerprint}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (!rowCount) {
      await admin.query(`create database ${template}`);
      const db = await openDatabase({ url: withDatabase(url, template) });
      await db.migrate();
      await db.close();
    }
    await admin.end();
    project.provide('databaseTemplate', template);
    return;
  }
  const dumpPath = join(tmpdir(), `arbetsbro-test-${fingerprint}.tar`);
  if (!existsSync(dumpPath)) {
    const db = await openDatabase({ dataDir: 'memory://' });
    await db.migrate();
    const client = (db.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
    const dump = await client.dumpDataDir('none');
    writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
    await db.close();
  }
  project.provide('databaseTemplate', dumpPath);
}

export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: string;
  }
}
