// Issue 13's scale: the yearly Kolada report, the Statistik page (its queries, groups and the
// survival curve) and the Excel export through the HTTP API on PostgreSQL with 1,000,000
// enrolments over ten years (2017–2026) in the demo municipality, beside GET /api/auth/me in the
// same run. Aim: each under 1 s. Also the Kaplan–Meier curve alone over 1,000,000 observations.
import { kaplanMeier } from '@arbetsbro/kolada';
import pg from 'pg';
import { DEMO_PASSWORD, scratchPostgres, serverEnv, startServer } from './server-process.ts';

const ENROLMENTS = Number(process.env.BENCH_OUTCOME_ENROLMENTS ?? 1_000_000);
const LOADS = 5;

const db = await scratchPostgres('arbetsbro_bench_outcomes');
if (!db) process.exit(0);
try {
  const env = serverEnv({ url: db.url }, { LOG_LEVEL: 'silent' });
  await (await startServer(env, ['--demo'])).stop();
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const t0 = performance.now();
  // One person per enrolment; placeholder numbers no real personnummer can have (month 00).
  // Enrolled on a day in 2017–2026; four in five exited 0–700 days later with a spread of
  // categories (work kinds, studies with and without student finance, C, D, other).
  for (let from = 1; from <= ENROLMENTS; from += 100_000) {
    const to = Math.min(ENROLMENTS, from + 99_999);
    await client.query(
      `with units as (select array_agg(id order by name) as ids, min(municipality_code) as m from unit),
       people as (
         insert into participant (municipality_code, personnummer, personnummer_kind, birth_date, first_name, last_name, profile)
         select u.m, '1970' || '00' || lpad(g::text, 7, '0'), 'personnummer', date '1960-01-01' + (g % 15000),
                'Bench', 'Utfall ' || g, '{"occupations":[],"wishedOccupations":[],"interests":[],"skills":[],"licences":[],"languages":[],"educations":[]}'::jsonb
         from generate_series($1::int, $2::int) g, units u
         returning municipality_code, id, (substr(personnummer, 7))::int as g)
       insert into enrolment (municipality_code, participant_id, unit_id, enrolled_at, referral_source, education_level,
                              months_without_work, income_support, exit_date, exit_category, exit_employment_kind,
                              exit_employment_start, exit_held_one_month, exit_studies_kind, exit_student_finance_eligible)
       select p.municipality_code, p.id, u.ids[1 + p.g % array_length(u.ids, 1)], e.enrolled, 
              (array['arbetsformedlingen','socialtjansten','self','other','forsakringskassan'])[1 + p.g % 5],
              (array['compulsory','upper_secondary','post_secondary',null])[1 + p.g % 4],
              case when p.g % 7 = 0 then null else p.g % 40 end, p.g % 3 = 0,
              x.exit_date, x.category,
              case when x.category = 'work' then (array['unsubsidised','subsidised','municipal_labour_market'])[1 + p.g % 3] end,
              case when x.category = 'work' then x.exit_date end,
              case when x.category = 'work' then (array[true, true, false, null])[1 + p.g % 4] end,
              case when x.category = 'studies' then 'komvux' end,
              case when x.category = 'studies' then p.g % 5 <> 0 end
       from people p, units u,
         lateral (select date '2017-01-01' + ((p.g::bigint * 7919) % 3600)::int as enrolled) e,
         lateral (select case when p.g % 5 = 0 or e.enrolled + (p.g % 700) > date '2026-11-15' then null
                              else e.enrolled + (p.g % 700) end as exit_date,
                         case when p.g % 5 = 0 or e.enrolled + (p.g % 700) > date '2026-11-15' then null
                              else (array['work','work','studies','other_authority','completed','other'])[1 + (p.g / 5) % 6] end as category) x`,
      [from, to],
    );
  }
  await client.query('analyze participant; analyze enrolment');
  const { rows } = await client.query<{ n: string }>('select count(*)::text as n from enrolment');
  console.log(
    `PostgreSQL, ${Number(rows[0]!.n).toLocaleString('en')} enrolments (filled in ${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
  await client.end();

  const server = await startServer(env);
  try {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'chef', password: DEMO_PASSWORD }),
    });
    const cookie = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('arbetsbro_session='))!
      .split(';')[0]!;
    const time = async (path: string) => {
      const ms: number[] = [];
      let bytes = 0;
      for (let i = 0; i < LOADS + 1; i++) {
        const started = performance.now();
        const r = await fetch(`${server.url}${path}`, { headers: { cookie } });
        const body = await r.arrayBuffer();
        if (!r.ok) throw new Error(`${path}: ${r.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
        if (i > 0) ms.push(performance.now() - started); // one warm-up
        bytes = body.byteLength;
      }
      ms.sort((a, b) => a - b);
      return `median ${ms[Math.floor(ms.length / 2)]!.toFixed(0)} ms, max ${ms.at(-1)!.toFixed(0)} ms (${(bytes / 1024).toFixed(0)} kB)`;
    };
    console.log(`  baseline GET /api/auth/me:                 ${await time('/api/auth/me')}`);
    console.log(
      `  Kolada yearly report 2025 (all units):     ${await time('/api/statistics/kolada-report?year=2025')}`,
    );
    console.log(`  Statistik page 2025 (all units):           ${await time('/api/statistics?year=2025')}`);
    console.log(
      `  Excel export 2025 (every table):           ${await time('/api/statistics/export?year=2025&format=xlsx')}`,
    );
  } finally {
    await server.stop();
  }

  // The survival curve alone, in process: 1,000,000 observations.
  const obs = Array.from({ length: ENROLMENTS }, (_, i) => ({ days: (i * 7919) % 900, event: i % 3 !== 0 }));
  const k0 = performance.now();
  const curve = kaplanMeier(obs);
  console.log(
    `  Kaplan–Meier over ${ENROLMENTS.toLocaleString('en')} observations: ${(performance.now() - k0).toFixed(0)} ms (${curve.steps.length} steps)`,
  );
  console.log('  (aim: each under 1 s)');
} finally {
  // BENCH_KEEP_DB=1 keeps the filled database for profiling (drop it by hand afterwards).
  if (!process.env.BENCH_KEEP_DB) await db.drop();
}
