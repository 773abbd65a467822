import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fictitiousPersonnummer } from '@arbetsbro/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlSocketPath } from './control-protocol.ts';

// The hand-off is about the embedded database (PGlite holds its directory in one process), so
// this test always runs on a temporary PGlite directory, also when TEST_DATABASE_URL is set.
const bin = resolve(import.meta.dirname, '../../bin/arbetsbro.js');
const dir = mkdtempSync(join(tmpdir(), 'arbetsbro-hand-off-'));
const dataDir = join(dir, 'db');
const password = 'hand-off-demo-password';
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ARBETSBRO_DATA_DIR: dataDir,
  ARBETSBRO_DEMO_PASSWORD: password,
  ARBETSBRO_OUTBOX_DIR: join(dir, 'outbox'),
  LOG_LEVEL: 'warn',
};
delete env.DATABASE_URL;

interface Server {
  child: ChildProcess;
  url: string;
}

/** `arbetsbro start --demo` as `npm start` runs it, in its own process. */
function startServer(): Promise<Server> {
  const child = spawn(process.execPath, [bin, 'start', '--demo', '--port', '0'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Öppna (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${output}`));
    });
  });
}

function stop(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill(signal);
  });
}

/** The real CLI in its own process, from `cwd` (relative file names are read from there). */
function cli(args: string[], options: { stdin?: string; cwd?: string } = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { env, cwd: options.cwd ?? dir },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  });
}

const line = (birthDate: string, lastName: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    personnummer: fictitiousPersonnummer(() => 0, { birthDate }),
    firstName: 'Överlämnad',
    lastName,
    unit: 'Jobbcentrum 25+',
    enrolledAt: '2025-03-01',
    referralSource: 'self',
    educationLevel: 'compulsory',
    monthsWithoutWork: 4,
    incomeSupport: false,
    ...extra,
  });

/** Logs in as the demo manager and searches by last name through the running server's API. */
async function searchThroughApi(url: string, lastName: string): Promise<number> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'chef', password }),
  });
  expect(login.status).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const search = await fetch(`${url}/api/participants/search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ query: lastName }),
  });
  expect(search.status).toBe(200);
  return ((await search.json()) as { total: number }).total;
}

let server: Server;

beforeAll(async () => {
  server = await startServer();
}, 120_000);

afterAll(async () => {
  if (server) await stop(server, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('the CLI while `arbetsbro start` runs on the embedded database', () => {
  it('hands `import cases FILE` to the server, which imports into its database; the people are in its API at once', async () => {
    // Beside the data directory, only for its owner.
    expect(statSync(`${dataDir}.control`).mode & 0o777).toBe(0o700);
    expect(statSync(controlSocketPath(dataDir)).mode & 0o777).toBe(0o600);

    writeFileSync(
      join(dir, 'cases.jsonl'),
      [line('1961-02-03', 'Kanalsson'), line('1962-03-04', 'Kanalsson')].join('\n'),
    );
    // A relative file name is read from the caller's directory, not the server's.
    const imported = await cli(['import', 'cases', 'cases.jsonl']);
    expect(imported.stderr).not.toMatch(/används redan/);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^2 inskrivningar \(2 nya personer/m);
    expect(await searchThroughApi(server.url, 'Kanalsson')).toBe(2);
  }, 120_000);

  it('reports a rejected file as it does without a server: each line on stderr, exit 1, nothing saved', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      [line('1963-01-01', 'Felradsson'), line('1963-01-02', 'Felradsson', { enrolledAt: '2025-13-01' })].join(
        '\n',
      ),
    );
    const rejected = await cli(['import', 'cases', bad]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/^rad 2: inskrivningsdatum: /m);
    expect(rejected.stderr).toMatch(/^arbetsbro: 1 av 2 rader avvisades\. Inget importerades\./m);
    expect(rejected.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await searchThroughApi(server.url, 'Felradsson')).toBe(0);
  }, 60_000);

  it('relays standard input when the command reads it (a password), and refuses start and migrate in Swedish', async () => {
    const created = await cli(
      [
        'user',
        'create',
        '--username',
        'overlamnad',
        '--role',
        'coach',
        '--unit',
        'Jobbcentrum 25+',
        '--password-stdin',
      ],
      { stdin: 'ett-langt-losenord\n' },
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/Kontot overlamnad \(coach\) är skapat/);
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'overlamnad', password: 'ett-langt-losenord' }),
    });
    expect(login.status).toBe(200);

    const migrate = await cli(['migrate']);
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toMatch(
      /^arbetsbro: Arbetsbro körs redan på databaskatalogen .* och migrerade databasen/m,
    );
    const start = await cli(['start', '--port', '0']);
    expect(start.code).toBe(1);
    expect(start.stderr).toMatch(/^arbetsbro: Arbetsbro körs redan/m);
  }, 60_000);

  it('runs commands directly once the server has stopped, and after it was killed (its lock and socket left behind)', async () => {
    await stop(server, 'SIGTERM');
    expect(existsSync(controlSocketPath(dataDir))).toBe(false);
    writeFileSync(join(dir, 'later.jsonl'), line('1964-05-06', 'Direktsson'));
    const direct = await cli(['import', 'cases', 'later.jsonl']);
    expect(direct.code, direct.stderr).toBe(0);
    expect(direct.stdout).toMatch(/^1 inskrivningar \(1 nya personer/m);

    server = await startServer();
    await stop(server, 'SIGKILL');
    // What a killed server leaves: a fresh lock and a socket nobody listens on.
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    expect(existsSync(controlSocketPath(dataDir))).toBe(true);
    const afterKill = await cli(['audit', 'verify']);
    expect(afterKill.stderr).toBe('');
    expect(afterKill.code).toBe(0);
    expect(afterKill.stdout).toMatch(/Granskningsloggen är intakt/);
  }, 180_000);
});
