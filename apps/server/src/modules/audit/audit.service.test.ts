import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-context.ts';
import { systemActor } from '../auth/actor.ts';
import { verifyAuditLog } from './audit.service.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('audit log', () => {
  const actor = () => systemActor(t.config.municipality.code, 'test');

  it('verifies an untouched chain, and detects an altered row', async () => {
    for (let i = 0; i < 5; i++) {
      await t.audit.record(t.db, actor(), {
        action: 'read',
        entityType: 'participant',
        entityId: `p${i}`,
        reason: 'test',
        details: { b: 1, a: 'x' },
      });
    }
    const ok = await verifyAuditLog(t.db);
    expect(ok).toMatchObject({ ok: true, checked: 5 });
    await t.db.execute(sql`update audit_event set entity_id = 'someone-else' where entity_id = 'p2'`);
    const bad = await verifyAuditLog(t.db);
    expect(bad.ok).toBe(false);
    expect(bad.problems.join()).toMatch(/ändrats/);
    await t.db.execute(sql`update audit_event set entity_id = 'p2' where entity_id = 'someone-else'`);
    expect((await verifyAuditLog(t.db)).ok).toBe(true);
  });

  it('detects a removed row, also the newest', async () => {
    await t.audit.record(t.db, actor(), {
      action: 'create',
      entityType: 'participant',
      entityId: 'last',
      reason: 'test',
    });
    expect((await verifyAuditLog(t.db)).ok).toBe(true);
    await t.db.execute(sql`delete from audit_event where entity_id = 'last'`);
    expect((await verifyAuditLog(t.db)).ok).toBe(false);
  });

  it('a record written inside a transaction disappears with its rolled-back write', async () => {
    const before = (await verifyAuditLog(t.db)).checked;
    await expect(
      t.db.transaction(async (tx) => {
        await t.audit.record(tx, actor(), {
          action: 'update',
          entityType: 'participant',
          entityId: 'x',
          reason: 'test',
        });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect((await verifyAuditLog(t.db)).checked).toBe(before);
  });
});
