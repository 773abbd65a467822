// Issue 11's end-to-end figure: candidates for a stored need through the HTTP API (logged in as a
// manager, access-checked, audited, names presented) on PostgreSQL with 100,000 participants and
// 5,000 open needs — p50/p95 over ≥ 200 requests — beside the engine's own time for the same
// queries in this process on the same rows. BENCH_CANDIDATES_PEOPLE / _NEEDS change the sizes.
import { MatchingEngine } from '@arbetsbro/matching';
import { defaultTaxonomy } from '@arbetsbro/taxonomy';
import pg from 'pg';
import { toMatchingProfile } from '../apps/server/src/modules/matching/participant-matching-profile.ts';
import { toMatchingNeed } from '../apps/server/src/modules/matching/stored-need.ts';
import { addParticipants } from './many-participants.ts';
import { DEMO_PASSWORD, scratchPostgres, serverEnv, startServer } from './server-process.ts';

const PEOPLE = Number(process.env.BENCH_CANDIDATES_PEOPLE ?? 100_000);
const NEEDS = Number(process.env.BENCH_CANDIDATES_NEEDS ?? 5_000);
const REQUESTS = 250;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

const db = await scratchPostgres('arbetsbro_bench_candidates');
if (!db) process.exit(0);
try {
  const env = serverEnv({ url: db.url }, { LOG_LEVEL: 'silent' });
  // 1. The demo (units, accounts, employers, needs), then the large register and the needs in SQL.
  await (await startServer(env, ['--demo'])).stop();
  await addParticipants(db.url, PEOPLE, { analyze: true });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(
    `insert into recruitment_need (municipality_code, employer_id, status, source, title, occupation_id, positions,
       required_skills, merit_skills, licences, languages, municipality, extent_percent, start_date, open_to)
     select n.municipality_code, n.employer_id, 'open', 'staff', n.title || ' #' || g, n.occupation_id, n.positions,
       n.required_skills, n.merit_skills, n.licences, n.languages, n.municipality, n.extent_percent, n.start_date, n.open_to
     from generate_series(1, $1::int) g
     cross join lateral (select * from recruitment_need where status = 'open' and occupation_id is not null
                         order by id offset (g % (select count(*) from recruitment_need where status = 'open' and occupation_id is not null)) limit 1) n`,
    [NEEDS],
  );
  await client.query('analyze');
  const { rows: needRows } = await client.query(
    `select * from recruitment_need where status = 'open' order by random() limit $1`,
    [REQUESTS],
  );
  const { rows: counts } = await client.query(
    `select (select count(*) from participant)::int as people, (select count(*) from recruitment_need where status = 'open')::int as needs`,
  );

  // 2. The server, built on these rows; warm the index with one query.
  const server = await startServer(env);
  // The server's own error lines (kinds only, never personal data) on this process's stderr.
  server.process.stderr?.on('data', (d: Buffer) => process.stderr.write(d));
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'chef', password: DEMO_PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .find((c) => c.startsWith('arbetsbro_session='))!
      .split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const ask = (needId: string) =>
      fetch(`${server.url}/api/matching/candidates`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ needId, top: 20 }),
      });
    const warm = await ask(needRows[0].id);
    if (!warm.ok) throw new Error(`candidates failed: ${warm.status} ${await warm.text()}`);
    const httpMs: number[] = [];
    for (const n of needRows) {
      const t0 = performance.now();
      const res = await ask(n.id);
      await res.arrayBuffer();
      httpMs.push(performance.now() - t0);
      if (!res.ok) throw new Error(`candidates failed: ${res.status}`);
    }

    // 3. The engine alone, on the same rows, in this process (the server's index is the same code).
    const { rows: people } = await client.query(
      `select p.id, p.profile, p.adaptations from participant p join enrolment e on e.participant_id = p.id and e.exit_date is null`,
    );
    const engine = new MatchingEngine({ taxonomy: defaultTaxonomy() });
    const index = engine.createIndex();
    for (const p of people) index.upsertParticipant(toMatchingProfile(p.id, p.profile, p.adaptations));
    const camel = (r: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()), v]),
      );
    const needs = needRows.map((r) => toMatchingNeed(camel(r) as never)!);
    for (const n of needs) index.upsertNeed(n);
    for (const n of needs.slice(0, 20)) index.candidatesForNeed(n.id, 20); // warm-up
    const engineMs: number[] = [];
    for (const n of needs) {
      const t0 = performance.now();
      const top = index.candidatesForNeed(n.id, 20);
      for (const c of top) index.explain(c.id, n.id);
      engineMs.push(performance.now() - t0);
    }
    console.log(
      `PostgreSQL: ${counts[0].people.toLocaleString('en-US')} participants, ${counts[0].needs.toLocaleString('en-US')} open needs; ${REQUESTS} requests`,
    );
    console.log(
      `POST /api/matching/candidates {needId} (manager, audited, named): p50 ${pct(httpMs, 0.5).toFixed(2)} ms, p95 ${pct(httpMs, 0.95).toFixed(2)} ms`,
    );
    console.log(
      `  engine alone, same needs (top-20 + explanations): p50 ${pct(engineMs, 0.5).toFixed(2)} ms, p95 ${pct(engineMs, 0.95).toFixed(2)} ms; ` +
        `API − engine at p95: ${(pct(httpMs, 0.95) - pct(engineMs, 0.95)).toFixed(2)} ms (aim ≤ 10 ms)`,
    );
  } finally {
    await server.stop();
    await client.end();
  }
} finally {
  await db.drop();
}
