import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { seedDemo } from '../../demo/seed-demo.ts';
import { createTestContext, type TestContext } from '../../test/test-context.ts';
import { type IndexLoadRow, matchingRepository } from './matching.repository.ts';
import { matchingIndexFor } from './matching-index.ts';

let t: TestContext;
let expected: Map<string, { unitId: string; profile: unknown; adaptations: unknown }>;
beforeAll(async () => {
  t = await createTestContext();
  await seedDemo(t, { password: 'demo-losen-bench' });
  // Also one person whose only enrolment has ended: not in the index.
  const open = rowsOf<{ id: string; unit_id: string; profile: unknown; adaptations: unknown }>(
    await t.db.execute(sql`
      select p.id::text as id, e.unit_id::text as unit_id, p.profile, p.adaptations
      from participant p join enrolment e on e.participant_id = p.id and e.exit_date is null`),
  );
  expected = new Map(
    open.map((r) => [r.id, { unitId: r.unit_id, profile: r.profile, adaptations: r.adaptations }]),
  );
});
afterAll(() => t.close());

describe('building the matching index at start', () => {
  it('reads every participant with an open enrolment once, in pages, with profile and adaptations', async () => {
    const pages: IndexLoadRow[][] = [];
    await matchingRepository.loadForIndex(
      t.db,
      t.database.kind,
      t.config.municipality.code,
      (rows) => pages.push(rows),
      7,
    );
    expect(pages.length).toBe(Math.ceil(expected.size / 7));
    expect(pages.every((p) => p.length <= 7)).toBe(true);
    const rows = pages.flat();
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.length).toBe(expected.size);
    for (const row of rows) {
      const want = expected.get(row.id)!;
      expect(row.unitId).toBe(want.unitId);
      expect(row.profile).toEqual(want.profile);
      expect(row.adaptations).toEqual(want.adaptations);
      expect(row.changedMs).toBeGreaterThan(Date.UTC(2020, 0, 1));
    }
    const ended = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from participant p
        where not exists (select 1 from enrolment e where e.participant_id = p.id and e.exit_date is null)`),
    )[0]!.n;
    expect(ended).toBeGreaterThan(0); // the demo has people who have left: they are not read
  });

  it('the index built at start holds them with their units, then follows edits incrementally', async () => {
    const index = await matchingIndexFor(t);
    expect(index.size).toBe(expected.size);
    for (const [id, want] of expected) expect(index.unitOf.get(id)).toBe(want.unitId);
    // An exit after the build reaches the index through the incremental sync.
    const [someone] = [...expected.keys()];
    await t.db.execute(sql`update enrolment set exit_date = current_date, exit_category = 'other', updated_at = now()
                           where participant_id = ${someone} and exit_date is null`);
    await index.sync();
    expect(index.unitOf.has(someone!)).toBe(false);
    expect(index.size).toBe(expected.size - 1);
  });

  it('an edit carrying the same updated_at as the newest seen is still picked up', async () => {
    const index = await matchingIndexFor(t);
    // Many rows share one updated_at (one statement, one now()) — fewer than a bulk import.
    const stamp = new Date(Date.now() + 5_000);
    await t.db.execute(sql`update participant set updated_at = ${stamp.toISOString()}::timestamptz
                           where id in (select participant_id from enrolment where exit_date is null)`);
    await index.sync();
    // A second edit in the same millisecond (or a late commit stamped the same).
    const [late] = [...expected.keys()].filter((id) => index.unitOf.has(id)).slice(-1);
    const other = rowsOf<{ id: string }>(
      await t.db.execute(sql`select id::text as id from unit where id <> ${index.unitOf.get(late!)} limit 1`),
    )[0]!.id;
    await t.db.execute(sql`update enrolment set unit_id = ${other}::uuid, updated_at = ${stamp.toISOString()}::timestamptz,
                           version = version + 1 where participant_id = ${late} and exit_date is null`);
    await index.sync();
    expect(index.unitOf.get(late!)).toBe(other);
  });
});
