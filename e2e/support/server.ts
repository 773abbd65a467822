import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(repoRoot, 'apps/server/bin/arbetsbro.js');
const webDist = join(repoRoot, 'apps/web/dist/index.html');
const startupTimeoutMs = 60_000;

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every demo account (admin, chef, coach, foretag) has this password. */
  demoPassword: string;
  /**
   * The environment for an `arbetsbro` command on this server's database (`kolada import-values …`):
   * the embedded database's directory, whose running server the command is handed to, or the
   * PostgreSQL database.
   */
  cliEnv: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** A fresh database on the PostgreSQL server named by TEST_DATABASE_URL, dropped on stop. */
async function createTestDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `arbetsbro_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // WITH (FORCE) (PostgreSQL 13+) ends connections a killed server may have left behind.
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the real server (`arbetsbro start --demo --port 0`) with demo data in a throw-away
 * database: a temporary PGlite directory, or a fresh database on TEST_DATABASE_URL.
 */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(webDist)) {
    throw new Error(
      'apps/web/dist is missing: run `npm run build -w @arbetsbro/web` (npm test does it for you).',
    );
  }
  const demoPassword = `e2e-${randomBytes(12).toString('base64url')}`;
  const env: NodeJS.ProcessEnv = { ...process.env, ARBETSBRO_DEMO_PASSWORD: demoPassword };
  delete env.DATABASE_URL;
  const args = [cli, 'start', '--demo', '--port', '0'];

  let dataDir: string | undefined;
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  const testDatabaseUrl = process.env.TEST_DATABASE_URL;
  if (testDatabaseUrl) {
    database = await createTestDatabase(testDatabaseUrl);
    env.DATABASE_URL = database.url;
  } else {
    dataDir = await mkdtemp(join(tmpdir(), 'arbetsbro-e2e-'));
    args.push('--data-dir', dataDir);
  }

  const cleanUp = async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (database) await database.drop();
  };

  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 10_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    await cleanUp();
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const fail = (reason: string) =>
        reject(
          new Error(`${reason}\n--- server stderr ---\n${stderr || '(empty)'}\n--- stdout ---\n${stdout}`),
        );
      const timer = setTimeout(
        () => fail(`The server did not start within ${startupTimeoutMs / 1000} s.`),
        startupTimeoutMs,
      );
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        fail(`The server exited before it was ready (code ${code}, signal ${signal}).`);
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        fail(`The server could not be started: ${error.message}`);
      });
    });
    const cliEnv: NodeJS.ProcessEnv = { ...process.env };
    delete cliEnv.DATABASE_URL;
    if (dataDir) cliEnv.ARBETSBRO_DATA_DIR = dataDir;
    if (database) cliEnv.DATABASE_URL = database.url;
    return { url, demoPassword, cliEnv, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
