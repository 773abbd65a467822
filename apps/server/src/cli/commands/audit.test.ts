import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { createAuditLog } from '../../modules/audit/audit.service.ts';
import { systemActor } from '../../modules/auth/actor.ts';
import { withDatabase } from '../../test/global-setup.ts';

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, '../../../bin/arbetsbro.js');
const baseUrl = process.env.TEST_DATABASE_URL;
const dbName = `arbetsbro_cli_${process.pid}`;
const dataDir = mkdtempSync(join(tmpdir(), 'arbetsbro-cli-'));
const env = baseUrl
  ? { ...process.env, DATABASE_URL: withDatabase(baseUrl, dbName) }
  : { ...process.env, DATABASE_URL: '', ARBETSBRO_DATA_DIR: join(dataDir, 'db') };
if (!baseUrl) delete (env as NodeJS.ProcessEnv).DATABASE_URL;

async function open() {
  return openDatabase(baseUrl ? { url: withDatabase(baseUrl, dbName) } : { dataDir: join(dataDir, 'db') });
}

async function verify(...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, [bin, 'audit', 'verify', ...args], { env });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, out: e.stderr };
  }
}

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (baseUrl) {
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
});

describe('arbetsbro audit verify (the real CLI)', () => {
  it('passes on an untouched database and fails after a row is altered by hand', async () => {
    if (baseUrl) {
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.query(`create database ${dbName}`);
      await admin.end();
    }
    let database = await open();
    await database.migrate();
    const audit = createAuditLog();
    for (let i = 0; i < 3; i++) {
      await audit.record(database.db, systemActor('1488', 'test'), {
        action: 'read',
        entityType: 'participant',
        entityId: `p${i}`,
        reason: 'test',
      });
    }
    await database.close();

    // Recorded rows are chained by a sealer; without sealing first, verify reports them as waiting.
    const unsealed = await verify('--no-seal');
    expect(unsealed.code).toBe(0);
    expect(unsealed.out).toMatch(/intakt: 0 rader/);
    expect(unsealed.out).toMatch(/3 rader är ännu inte förseglade/);

    const ok = await verify();
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/intakt: 3 rader/);

    database = await open();
    await database.db.execute(sql`update audit_event set reason = 'tampered' where entity_id = 'p1'`);
    await database.close();

    const bad = await verify();
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/INTE intakt/);
  }, 180_000);
});
