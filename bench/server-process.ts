// Helpers for benches that run the real `arbetsbro` command as its own process: a free port,
// a scratch PostgreSQL database (created and dropped), a server started until health answers.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bin = join(root, 'apps/server/bin/arbetsbro.js');
export const DEMO_PASSWORD = 'bench-demo-losen';

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/** The server to create scratch databases on; `BENCH_POSTGRES_URL=` (empty) skips PostgreSQL. */
export const postgresAdminUrl =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the PostgreSQL server (null when there is none to reach). */
export async function scratchPostgres(name: string): Promise<ScratchDatabase | null> {
  if (!postgresAdminUrl) return null;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  try {
    await admin.connect();
  } catch (error) {
    process.stdout.write(
      `(PostgreSQL ${postgresAdminUrl} not reachable: ${(error as Error).message}; skipped)\n`,
    );
    return null;
  }
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: postgresAdminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** The environment for a server on `database` (a postgres URL, or a PGlite directory). */
export function serverEnv(database: { url: string } | { dataDir: string }, extra: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ARBETSBRO_DEMO_PASSWORD: DEMO_PASSWORD,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    ...extra,
  };
  if ('url' in database) env.DATABASE_URL = database.url;
  else {
    delete env.DATABASE_URL;
    env.ARBETSBRO_DATA_DIR = database.dataDir;
  }
  return env;
}

export interface RunningServer {
  url: string;
  /** From spawn until `GET /api/health` first answered 200. */
  readyMs: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Runs `arbetsbro start [args]` and waits until health answers (logs go to /dev/null). */
export async function startServer(env: NodeJS.ProcessEnv, args: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under load.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, bin, 'start', '--port', String(port), ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited) throw new Error(`arbetsbro start exited before it was ready:\n${stderr}`);
    const ok = await fetch(`${url}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = performance.now() - started;
  return {
    url,
    readyMs,
    process: child,
    stop: () =>
      new Promise<void>((done) => {
        if (exited) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Wall time of `node <args>` (ms), e.g. `node -e 0` as the floor for a start. */
export function timeNode(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return performance.now() - started;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
