// Issue 12's caseload at a large unit's scale, through the HTTP API on PostgreSQL: a coach's own
// caseload ("mine") and a manager's unit view, with 5,000 and then 50,000 people assigned to one
// coach in one unit — p50/p95 over 40 loads per view (first page of 100, counts included), beside
// GET /api/auth/me (a session read, no list) measured in the same run. Aim: p95 < 100 ms.
import pg from 'pg';
import { addParticipants } from './many-participants.ts';
import { DEMO_PASSWORD, scratchPostgres, serverEnv, startServer } from './server-process.ts';

const SIZES = [5_000, 50_000];
const LOADS = 40;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

const db = await scratchPostgres('arbetsbro_bench_caseload');
if (!db) process.exit(0);
try {
  const env = serverEnv({ url: db.url }, { LOG_LEVEL: 'silent' });
  await (await startServer(env, ['--demo'])).stop();
  await addParticipants(db.url, Math.max(...SIZES), { analyze: true });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows: coachRows } = await client.query(
    `select s.id, su.unit_id from staff_user s join staff_unit su on su.staff_id = s.id where s.username = 'coach' limit 1`,
  );
  const coach = coachRows[0] as { id: string; unit_id: string };

  for (const size of SIZES) {
    // The first `size` bench people: in the coach's unit, with the coach.
    await client.query(
      `update enrolment e set unit_id = $1, coach_id = $2
       from participant p
       where p.id = e.participant_id and p.personnummer like '198000%'
         and substr(p.personnummer, 7)::int <= $3 and e.exit_date is null`,
      [coach.unit_id, coach.id, size],
    );
    await client.query('analyze enrolment');
    const server = await startServer(env);
    try {
      const login = async (username: string) => {
        const res = await fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: DEMO_PASSWORD }),
        });
        return res.headers
          .getSetCookie()
          .find((c) => c.startsWith('arbetsbro_session='))!
          .split(';')[0]!;
      };
      const time = async (cookie: string, path: string) => {
        const ms: number[] = [];
        let total = 0;
        for (let i = 0; i < LOADS + 3; i++) {
          const t0 = performance.now();
          const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
          const body = (await res.json()) as { total?: number; counts?: { all?: number } };
          if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
          if (i >= 3) ms.push(performance.now() - t0); // three warm-up loads
          total = body.counts?.all ?? body.total ?? 0;
        }
        return { p50: pct(ms, 0.5), p95: pct(ms, 0.95), total };
      };
      const coachCookie = await login('coach');
      const chefCookie = await login('chef');
      const me = await time(coachCookie, '/api/auth/me');
      const mine = await time(coachCookie, '/api/participants/caseload?scope=mine');
      const mineFiltered = await time(
        coachCookie,
        '/api/participants/caseload?scope=mine&filter=no_active_intervention&sort=next_follow_up',
      );
      const unit = await time(chefCookie, `/api/participants/caseload?scope=unit&unitId=${coach.unit_id}`);
      const fmt = (x: { p50: number; p95: number }) =>
        `p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms`;
      console.log(`PostgreSQL, ${size.toLocaleString('en')} people with one coach in one unit:`);
      console.log(`  coach, mine (${mine.total.toLocaleString('en')}):            ${fmt(mine)}`);
      console.log(`  coach, mine, no active intervention, by next follow-up: ${fmt(mineFiltered)}`);
      console.log(`  manager, the unit (${unit.total.toLocaleString('en')}):      ${fmt(unit)}`);
      console.log(`  baseline GET /api/auth/me:                  ${fmt(me)}  (aim: lists p95 < 100 ms)`);
    } finally {
      await server.stop();
    }
  }
  await client.end();
} finally {
  await db.drop();
}
