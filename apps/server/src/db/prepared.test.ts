import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-context.ts';
import { rowsOf } from './client.ts';
import { preparedQuery } from './prepared.ts';
import { unit } from './schema/index.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('preparedQuery', () => {
  it('builds once per database handle, and for each transaction inside it', async () => {
    let builds = 0;
    const unitsNamed = preparedQuery((db) => {
      builds++;
      return db
        .select({ name: unit.name })
        .from(unit)
        .where(sql`${unit.name} = ${sql.placeholder('name')}`)
        .prepare('test_units_named');
    });
    await t.db.execute(
      sql`insert into unit (municipality_code, name) values ('1488', 'Prov A'), ('1488', 'Prov B')`,
    );
    expect(await unitsNamed(t.db, { name: 'Prov A' })).toEqual([{ name: 'Prov A' }]);
    expect(await unitsNamed(t.db, { name: 'Prov B' })).toEqual([{ name: 'Prov B' }]);
    expect(builds).toBe(1);
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`insert into unit (municipality_code, name) values ('1488', 'Prov C')`);
      expect(await unitsNamed(tx, { name: 'Prov C' })).toEqual([{ name: 'Prov C' }]); // sees its own write
    });
    expect(builds).toBe(2);
    expect(await unitsNamed(t.db, { name: 'Prov C' })).toEqual([{ name: 'Prov C' }]);
    expect(builds).toBe(2);
    expect(rowsOf(await t.db.execute(sql`select 1`))).toHaveLength(1);
  });
});
