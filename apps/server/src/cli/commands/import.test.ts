import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fictitiousPersonnummer } from '@arbetsbro/identity';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf } from '../../db/client.ts';
import { withDatabase } from '../../test/global-setup.ts';

// The real CLI on a brand-new database: no migrations applied beforehand, no demo data.
const run = promisify(execFile);
const bin = resolve(import.meta.dirname, '../../../bin/arbetsbro.js');
const baseUrl = process.env.TEST_DATABASE_URL;
const dbName = `arbetsbro_cli_import_${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'arbetsbro-cli-import-'));
const env: NodeJS.ProcessEnv = baseUrl
  ? { ...process.env, DATABASE_URL: withDatabase(baseUrl, dbName), LOG_LEVEL: 'silent' }
  : { ...process.env, ARBETSBRO_DATA_DIR: join(dir, 'db'), LOG_LEVEL: 'silent' };
if (!baseUrl) delete env.DATABASE_URL;

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function enrolments() {
  const database = await openDatabase(
    baseUrl ? { url: withDatabase(baseUrl, dbName) } : { dataDir: join(dir, 'db') },
  );
  try {
    return rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from enrolment`))[0]!
      .n;
  } finally {
    await database.close();
  }
}

const pnr = (birthDate: string) => fictitiousPersonnummer(() => 0, { birthDate });
const line = (birthDate: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    personnummer: pnr(birthDate),
    firstName: 'Cli',
    lastName: 'Test',
    unit: 'Jobbcentrum 25+',
    enrolledAt: '2025-03-01',
    referralSource: 'self',
    educationLevel: 'compulsory',
    monthsWithoutWork: 4,
    incomeSupport: false,
    ...extra,
  });

beforeAll(async () => {
  if (!baseUrl) return;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.query(`create database ${dbName}`);
  await admin.end();
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (baseUrl) {
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
});

describe('arbetsbro import cases (the real CLI)', () => {
  it('dry-runs, imports into a fresh database creating the unit, and rejects a bad file naming the line', async () => {
    const good = join(dir, 'good.jsonl');
    writeFileSync(
      good,
      [line('1980-01-01'), line('1980-01-02', { exit: { date: '2025-05-01', category: 'completed' } })].join(
        '\n',
      ),
    );
    const dry = await cli('import', 'cases', good, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/Provkörning: 2 inskrivningar/);
    expect(dry.stdout).toMatch(/Skulle skapa enheten "Jobbcentrum 25\+"/);
    expect(dry.stdout).toMatch(/Inget sparades/);
    expect(await enrolments()).toBe(0);

    const real = await cli('import', 'cases', good);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toMatch(/Skapade enheten "Jobbcentrum 25\+"/);
    expect(await enrolments()).toBe(2);

    const bad = join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      [line('1981-01-01'), line('1981-01-02', { enrolledAt: '2025-13-01' }), line('1981-01-03')].join('\n'),
    );
    const rejected = await cli('import', 'cases', bad);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/^rad 2: inskrivningsdatum: /m);
    expect(rejected.stderr).toMatch(/1 av 3 rader avvisades\. Inget importerades\./);
    expect(await enrolments()).toBe(2);
  }, 180_000); // four CLI processes, each starting tsx and opening the database

  it('kolada report prints the year from the imported cases: JSON keyed by KPI id, CSV, and a clear error for an unknown unit', async () => {
    // After the first test: two people imported into Jobbcentrum 25+, one exited 2025-05-01 as completed (D).
    const json = await cli('kolada', 'report', '--year', '2025');
    expect(json.code, json.stderr).toBe(0);
    const values = JSON.parse(json.stdout) as Record<string, number | null>;
    expect(values).toMatchObject({ U40800: 2, U40803: 2, U40453: 1, U40415: 100, U40455: 0, U40450: 0 });
    expect(Object.keys(values)).toHaveLength(34);
    const csv = await cli(
      'kolada',
      'report',
      '--year',
      '2025',
      '--unit',
      'jobbcentrum 25+',
      '--format',
      'csv',
    );
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toMatch(/^\uFEFFkpi;namn;T;K;M\r\n/);
    expect(csv.stdout).toMatch(/\r\nU40415;[^;]+;100;/);
    const unknown = await cli('kolada', 'report', '--year', '2025', '--unit', 'Finns inte');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Enheten "Finns inte" finns inte\. Enheter: "Jobbcentrum 25\+"/);
  }, 180_000);

  it('field cases through the CLI: the sheet with the header is found, a file with nothing in it fails, no personnummer in any output', async () => {
    const fieldCases = resolve(import.meta.dirname, '../../modules/case-import/fixtures/field-cases');
    const sheet = await cli('import', 'cases', join(fieldCases, 'F13-second-sheet.xlsx'), '--dry-run');
    expect(sheet.code, sheet.stderr).toBe(0);
    expect(sheet.stdout).toMatch(/Provkörning: 2 inskrivningar/);

    const wrongSheet = await cli(
      'import',
      'cases',
      join(fieldCases, 'F13-second-sheet.xlsx'),
      '--sheet',
      'Blad1',
    );
    expect(wrongSheet.code).toBe(1);
    expect(wrongSheet.stderr).toMatch(/^arbetsbro: .*Blad1.*rubrikrad/m);

    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, 'personnummer;firstName;lastName\r\n;;\r\n');
    const nothing = await cli('import', 'cases', empty);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/inga inskrivningar att importera/);

    const nul = await cli('import', 'cases', join(fieldCases, 'F06-nul-in-name.jsonl'));
    expect(nul.code).toBe(1);
    const output = `${nul.stdout}${nul.stderr}`;
    expect(output).toMatch(/rad 1: .*U\+0000/);
    expect(output.replace(/[-\s]/g, '')).not.toMatch(/8504122386/);
    expect(output).not.toContain('Anna');
  }, 180_000);
});
