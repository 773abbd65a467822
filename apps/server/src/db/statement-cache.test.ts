import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-context.ts';
import { rowsOf, STATEMENTS_PER_CONNECTION } from './client.ts';

// PostgreSQL only: PGlite is one in-process connection without named statements.
describe.runIf(process.env.TEST_DATABASE_URL)('statement cache per PostgreSQL connection', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  const prepared = async (tx: TestContext['db']) =>
    rowsOf<{ name: string; statement: string }>(
      await tx.execute(
        sql`select name, statement from pg_prepared_statements where name like 'arbetsbro_q%'`,
      ),
    );

  it('prepares each query text once per connection and reuses it', async () => {
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < 3; i++) {
        const rows = rowsOf<{ n: number }>(await tx.execute(sql`select ${i}::int + 1 as n`));
        expect(rows[0]!.n).toBe(i + 1);
      }
      const named = (await prepared(tx)).filter((p) => p.statement.includes('::int + 1 as n'));
      expect(named).toHaveLength(1);
    });
  });

  it('keeps working past the cap (the rest run unnamed) and after a migration changes a table', async () => {
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < STATEMENTS_PER_CONNECTION + 20; i++) {
        const rows = rowsOf<{ n: number }>(await tx.execute(sql.raw(`select ${i} as n`)));
        expect(rows[0]!.n).toBe(i);
      }
      expect((await prepared(tx)).length).toBeLessThanOrEqual(STATEMENTS_PER_CONNECTION);
      const units = () => tx.execute(sql`select name from unit where municipality_code = ${'1488'}`);
      await units();
      await tx.execute(sql`alter table unit add column bench_extra int`);
      await units();
      await tx.execute(sql`alter table unit drop column bench_extra`);
      await units();
    });
  });

  it('a failing statement does not poison the connection', async () => {
    await expect(t.db.execute(sql`select * from no_such_table`)).rejects.toThrow();
    await expect(t.db.execute(sql`select * from no_such_table`)).rejects.toThrow();
    expect(rowsOf<{ ok: number }>(await t.db.execute(sql`select 1 as ok`))[0]!.ok).toBe(1);
  });
});
