// Fills a demo database with N more participants straight in SQL (one statement per batch, rows
// made by generate_series from the demo's own profiles), for benches that need a large register
// without going through the API. The personnummer are placeholders that no real number can have
// (month 00), not valid numbers.
import pg from 'pg';

export async function addParticipants(
  url: string,
  count: number,
  options: { batch?: number; analyze?: boolean } = {},
): Promise<void> {
  const batch = options.batch ?? 20_000;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "select count(*)::text as n from participant where personnummer not like '198000%'",
    );
    if (Number(rows[0]!.n) === 0) throw new Error('seed the demo first: profiles are copied from it');
    for (let from = 1; from <= count; from += batch) {
      const to = Math.min(count, from + batch - 1);
      await client.query(
        `with demo as (
           select array_agg(profile order by id) as profiles, array_agg(adaptations order by id) as adaptations,
                  min(municipality_code) as municipality_code
           from participant where personnummer not like '198000%'),
         units as (select array_agg(id order by name) as ids from unit),
         people as (
           insert into participant (municipality_code, personnummer, personnummer_kind, birth_date, first_name,
                                    last_name, profile, adaptations)
           select d.municipality_code, '1980' || '00' || lpad(g::text, 6, '0'), 'personnummer',
                  date '1960-01-01' + (g % 15000), 'Bench', 'Person ' || g,
                  d.profiles[1 + g % array_length(d.profiles, 1)],
                  d.adaptations[1 + g % array_length(d.adaptations, 1)]
           from generate_series($1::int, $2::int) g, demo d
           returning municipality_code, id)
         insert into enrolment (municipality_code, participant_id, unit_id, enrolled_at, referral_source,
                                income_support)
         select p.municipality_code, p.id, u.ids[1 + (row_number() over ()) % array_length(u.ids, 1)],
                date '2025-01-01', 'arbetsformedlingen', false
         from people p, units u`,
        [from, to],
      );
    }
    if (options.analyze !== false) await client.query('analyze participant; analyze enrolment');
  } finally {
    await client.end();
  }
}
