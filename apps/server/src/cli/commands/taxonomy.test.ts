import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { jobtechExport, writeExport } from '../../test/taxonomy-fixtures.ts';

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, '../../../bin/arbetsbro.js');
const dataDir = mkdtempSync(join(tmpdir(), 'arbetsbro-cli-taxonomy-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('arbetsbro taxonomy import (the real CLI)', () => {
  it('rejects a malformed file with its name and the problem, exit code 1, before opening the database', async () => {
    const dir = writeExport(jobtechExport());
    writeFileSync(
      join(dir, 'skills.json'),
      JSON.stringify({ data: { concepts: [{ id: 'S1', type: 'skill' }] } }),
    );
    const env: NodeJS.ProcessEnv = { ...process.env, ARBETSBRO_DATA_DIR: join(dataDir, 'db') };
    delete env.DATABASE_URL;
    const error = (await run(process.execPath, [bin, 'taxonomy', 'import', dir], { env }).catch(
      (e: unknown) => e,
    )) as { code: number; stderr: string };
    expect(error.code).toBe(1);
    expect(error.stderr).toMatch(/Felaktig fil skills\.json: .*preferred_label/);
    expect(error.stderr).toMatch(/Inget importerades/);
  }, 60_000);
});
