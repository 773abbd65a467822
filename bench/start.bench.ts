// How fast `arbetsbro` starts, each figure beside `node -e 0` measured in the same run (the floor
// any Node program pays): `arbetsbro --help`, and a server from spawn until `GET /api/health`
// answers — on an empty database (PGlite: first start creates it), on the demo database, and on
// PostgreSQL holding 100,000 more participants (matching index included; right after the bulk
// insert, before any ANALYZE, and again once analysed). Medians of BENCH_START_RUNS (default 3).
// PostgreSQL: scratch databases on BENCH_POSTGRES_URL's server, created and dropped (empty: skip).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { addParticipants } from './many-participants.ts';
import { bin, median, scratchPostgres, serverEnv, startServer, timeNode } from './server-process.ts';

const RUNS = Number(process.env.BENCH_START_RUNS ?? 3);
const MANY = Number(process.env.BENCH_START_PARTICIPANTS ?? 100_000);
const rows: Array<[string, number]> = [];

function report(what: string, samples: number[]) {
  const ms = median(samples);
  rows.push([what, ms]);
  process.stdout.write(`  ${what.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms\n`);
}

async function readyTimes(env: NodeJS.ProcessEnv, runs = RUNS): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const server = await startServer(env);
    times.push(server.readyMs);
    await server.stop();
  }
  return times;
}

/** `arbetsbro seed --demo` into the database `env` points at. */
function seedDemo(env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [bin, 'seed', '--demo'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`seed --demo failed: ${result.stderr}`);
}

const floor = () => timeNode(['-e', '0']);
process.stdout.write('\n');
report('node -e 0', Array.from({ length: 5 }, floor));
report(
  'arbetsbro --help',
  Array.from({ length: 5 }, () => timeNode([bin, '--help'])),
);

const dir = mkdtempSync(join(tmpdir(), 'arbetsbro-start-bench-'));
try {
  // Empty PGlite: the first start creates the database and applies every migration.
  const firsts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const server = await startServer(serverEnv({ dataDir: join(dir, `empty-${i}`) }));
    firsts.push(server.readyMs);
    await server.stop();
  }
  report('server ready, PGlite, new empty database (first start)', firsts);
  report(
    'server ready, PGlite, empty database',
    await readyTimes(serverEnv({ dataDir: join(dir, 'empty-0') })),
  );
  const demo = serverEnv({ dataDir: join(dir, 'demo') });
  seedDemo(demo);
  report('server ready, PGlite, demo database', await readyTimes(demo));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const scratch = await scratchPostgres('arbetsbro_bench_start');
if (scratch) {
  try {
    const env = serverEnv({ url: scratch.url });
    report('server ready, PostgreSQL, empty database', await readyTimes(env));
    seedDemo(env);
    report('server ready, PostgreSQL, demo database', await readyTimes(env));
    const started = performance.now();
    await addParticipants(scratch.url, MANY, { analyze: false });
    process.stdout.write(
      `  (${MANY.toLocaleString('en')} participants inserted in ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
    );
    report(`server ready, PostgreSQL, +${MANY / 1000}k participants, not analysed`, await readyTimes(env, 1));
    const admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    await admin.query('analyze');
    await admin.end();
    report(`server ready, PostgreSQL, +${MANY / 1000}k participants`, await readyTimes(env));
  } finally {
    await scratch.drop();
  }
}
report('node -e 0 (again, after the servers)', Array.from({ length: 5 }, floor));
const base = Math.min(rows[0]![1], rows.at(-1)![1]);
process.stdout.write('\n  over node -e 0:\n');
for (const [what, ms] of rows.slice(1, -1))
  process.stdout.write(`  ${what.padEnd(58)} +${(ms - base).toFixed(0).padStart(5)} ms\n`);
