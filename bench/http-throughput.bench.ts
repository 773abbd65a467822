// HTTP throughput of the real server (`arbetsbro start --demo` as its own process) over loopback,
// with autocannon: 10 connections, BENCH_HTTP_SECONDS (default 8) per endpoint after a 2 s warm-up.
//   GET /api/health                   — as a monitoring probe sends it (no cookie)
//   GET /api/health with a session    — the same with a coach's cookie (authentication runs too)
//   GET /api/auth/me                  — a logged-in session: authentication only
//   GET /api/participants/{id}        — a coach reads a case file: access check, 4 reads, audit row
// On PGlite (fresh directory) and on PostgreSQL (scratch database arbetsbro_bench, created and
// dropped; BENCH_POSTGRES_URL names the server, empty skips it). Prints req/s, p50, p99 and the
// participant/health ratio. The load generator shares the machine's cores with server and database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DEMO_PASSWORD, scratchPostgres, serverEnv, startServer } from './server-process.ts';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 8);
const CONNECTIONS = 10;

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

async function load(url: string, headers: Record<string, string>, duration: number): Promise<Figures> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration, headers });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failed: r.non2xx + r.errors + r.timeouts,
  };
}

async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'coach', password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('arbetsbro_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

async function benchDatabase(label: string, env: NodeJS.ProcessEnv) {
  const server = await startServer(env, ['--demo']);
  try {
    const cookie = await login(server.url);
    const caseload = (await (
      await fetch(`${server.url}/api/participants/caseload`, { headers: { cookie } })
    ).json()) as {
      items: Array<{ participantId: string }>;
    };
    const participantId = caseload.items[0]?.participantId;
    if (!participantId) throw new Error('the demo coach has no participants');
    const endpoints: Array<[string, string, Record<string, string>]> = [
      ['GET /api/health', `${server.url}/api/health`, {}],
      ['GET /api/health (session)', `${server.url}/api/health`, { cookie }],
      ['GET /api/auth/me', `${server.url}/api/auth/me`, { cookie }],
      ['GET /api/participants/{id}', `${server.url}/api/participants/${participantId}`, { cookie }],
    ];
    const results = new Map<string, Figures>();
    for (const [name, url, headers] of endpoints) {
      await load(url, headers, 2); // warm-up: JIT, connection pool, plan caches
      results.set(name, await load(url, headers, SECONDS));
    }
    process.stdout.write(`\n${label} (demo data, ${CONNECTIONS} connections, ${SECONDS} s each)\n`);
    process.stdout.write(
      `  ${'endpoint'.padEnd(28)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}\n`,
    );
    for (const [name, f] of results) {
      process.stdout.write(
        `  ${name.padEnd(28)} ${f.rps.toFixed(0).padStart(8)} ${f.p50.toFixed(0).padStart(7)} ${f.p99.toFixed(0).padStart(7)}${f.failed ? `  (${f.failed} failed)` : ''}\n`,
      );
    }
    const participant = results.get('GET /api/participants/{id}')!.rps;
    process.stdout.write(
      `  participant read / health: ${(participant / results.get('GET /api/health')!.rps).toFixed(2)}` +
        ` (/ health with a session: ${(participant / results.get('GET /api/health (session)')!.rps).toFixed(2)})\n`,
    );
  } finally {
    await server.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'arbetsbro-http-bench-'));
try {
  await benchDatabase('PGlite (embedded)', serverEnv({ dataDir: join(dir, 'pglite') }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const scratch = await scratchPostgres('arbetsbro_bench');
if (scratch) {
  try {
    await benchDatabase('PostgreSQL', serverEnv({ url: scratch.url }));
  } finally {
    await scratch.drop();
  }
}
