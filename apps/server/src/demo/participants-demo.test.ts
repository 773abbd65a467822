import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.ts';
import { createTestContext, json, loginAs, type TestContext } from '../test/test-context.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  const result = await seedDemo(t, { password: 'demo-lösenord-1', seed: 1488 });
  expect(result.seeded).toBe(true);
});
afterAll(() => t.close());

describe('participants demo data', () => {
  it('gives both demo coaches a caseload where every quick filter shows something', async () => {
    for (const username of ['coach', 'coach2']) {
      const client = await loginAs(t, username, 'demo-lösenord-1');
      const mine = await json(await client.get('/api/participants/caseload'));
      expect(mine.counts.all, username).toBeGreaterThan(5);
      const unit = await json(await client.get('/api/participants/caseload?scope=unit'));
      for (const [filter, n] of Object.entries(unit.counts))
        expect(n, `${username} ${filter}`).toBeGreaterThan(0);
      const week = await json(await client.get('/api/follow-ups/reminders'));
      expect(week.overdue, username).toBeGreaterThan(0);
      expect(week.today, username).toBeGreaterThan(0);
    }
  });

  it('has exits in every Kolada category, valid data, and is deterministic', async () => {
    const chef = await loginAs(t, 'chef', 'demo-lösenord-1');
    const rows = rowsOf<{ category: string; n: number }>(
      await t.db.execute(sql`select exit_category as category, count(*)::int as n from enrolment
        where exit_date is not null group by exit_category order by 1`),
    );
    expect(rows.map((r) => r.category)).toEqual(['completed', 'other', 'other_authority', 'studies', 'work']);
    // Through the API, so that the classification is the one the coach sees (classifyExit).
    const exited = rowsOf<{ participant_id: string }>(
      await t.db.execute(sql`select participant_id from enrolment where exit_category is not null`),
    );
    const categories = new Set<string>();
    for (const { participant_id } of exited) {
      const d = await json(await chef.get(`/api/participants/${participant_id}`));
      categories.add(d.enrolments[0].exit.koladaCategory);
    }
    expect([...categories].sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    // Same seed, same day → the same people.
    const t2 = await createTestContext();
    try {
      t2.setNow(new Date('2026-10-15T09:00:00Z'));
      await seedDemo(t2, { password: 'demo-lösenord-1', seed: 1488 });
      const names = async (ctx: TestContext) =>
        rowsOf<{ k: string }>(
          await ctx.db.execute(
            sql`select string_agg(personnummer || first_name || last_name, ',' order by personnummer) as k from participant`,
          ),
        )[0]!.k;
      expect(await names(t2)).toBe(await names(t));
    } finally {
      await t2.close();
    }
  });

  it('gives the liaison an employer side to work with: next steps, open needs that the matching engine ranks, a received one with a warning', async () => {
    const liaison = await loginAs(t, 'foretag', 'demo-lösenord-1');
    const week = await json(await liaison.get('/api/employer-contact-log/follow-ups'));
    expect(week.items.length).toBeGreaterThan(3);
    expect(week.overdue).toBeGreaterThan(0);
    const needs = await json(await liaison.get('/api/recruitment-needs'));
    expect(needs.counts.open).toBeGreaterThanOrEqual(6);
    expect(needs.counts.received).toBe(1);
    const received = needs.items.find((n: { status: string }) => n.status === 'received');
    expect(received.warnings.map((w: { ground: string }) => w.ground)).toContain('age');
    const open = needs.items.find((n: { status: string }) => n.status === 'open');
    const candidates = await json(await liaison.post('/api/matching/candidates', { needId: open.id }));
    expect(candidates.candidates.length).toBeGreaterThan(0);
    expect(candidates.candidates.every((c: { pseudonymised: boolean }) => c.pseudonymised)).toBe(true);
    const employers = await json(await liaison.get('/api/employers?hasOpenNeeds=true'));
    expect(employers.items.length).toBeGreaterThanOrEqual(6);
  });
});
