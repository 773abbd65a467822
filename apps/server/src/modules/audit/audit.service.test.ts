import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Db, rowsOf } from '../../db/client.ts';
import * as schema from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/test-context.ts';
import { systemActor } from '../auth/index.ts';
import { auditRepository } from './audit.repository.ts';
import { sealAuditLog, verifyAuditLog } from './audit.service.ts';
import { auditHash } from './audit-hash.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const actor = () => systemActor(t.config.municipality.code, 'test');
const record = (db: Db, entityId: string, action: 'read' | 'create' | 'update' = 'read') =>
  t.audit.record(db, actor(), { action, entityType: 'participant', entityId, reason: 'test' });

// Records are appended unsealed and chained by the sealer. The tampering tests below seal before
// verifying (before sealing existed, record() chained at once).
describe('audit log', () => {
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
    await t.audit.seal(t.db);
    const ok = await verifyAuditLog(t.db);
    expect(ok).toMatchObject({ ok: true, checked: 5, unsealed: 0 });
    await t.db.execute(sql`update audit_event set entity_id = 'someone-else' where entity_id = 'p2'`);
    const bad = await verifyAuditLog(t.db);
    expect(bad.ok).toBe(false);
    expect(bad.problems.join()).toMatch(/ändrats/);
    await t.db.execute(sql`update audit_event set entity_id = 'p2' where entity_id = 'someone-else'`);
    expect((await verifyAuditLog(t.db)).ok).toBe(true);
  });

  it('detects a removed row, also the newest', async () => {
    await record(t.db, 'middle', 'create');
    await record(t.db, 'after-middle', 'create');
    await record(t.db, 'last', 'create');
    await t.audit.seal(t.db);
    expect((await verifyAuditLog(t.db)).ok).toBe(true);
    await t.db.execute(sql`delete from audit_event where entity_id = 'last'`);
    const newestGone = await verifyAuditLog(t.db);
    expect(newestGone.ok).toBe(false);
    expect(newestGone.problems.join()).toMatch(/tagits bort/);
    await t.db.execute(sql`delete from audit_event where entity_id = 'middle'`);
    const middleGone = await verifyAuditLog(t.db);
    expect(middleGone.ok).toBe(false);
    expect(middleGone.problems.join()).toMatch(/pekar inte på föregående rad/);
  });

  it('a record written inside a transaction disappears with its rolled-back write', async () => {
    await t.audit.seal(t.db);
    const before = await verifyAuditLog(t.db);
    await expect(
      t.db.transaction(async (tx) => {
        await record(tx, 'x', 'update');
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await t.audit.seal(t.db)).toBe(0);
    const after = await verifyAuditLog(t.db);
    expect(after.checked).toBe(before.checked);
    expect(after.unsealed).toBe(0);
  });
});

describe('group commit: records outside a transaction share inserts', () => {
  let g: TestContext;
  beforeAll(async () => {
    g = await createTestContext();
  });
  afterAll(() => {
    vi.restoreAllMocks();
    return g.close();
  });
  const rec = (id: string, actorId?: string) =>
    g.audit.record(
      g.db,
      actorId
        ? {
            kind: 'staff',
            id: actorId,
            username: 'x',
            displayName: 'x',
            role: 'coach',
            municipalityCode: g.config.municipality.code,
            unitIds: [],
          }
        : systemActor(g.config.municipality.code, 'test'),
      { action: 'read', entityType: 'participant', entityId: id, reason: 'test', details: { n: 1, k: id } },
      { requestId: `req-${id}` },
    );
  const rows = async () =>
    rowsOf<{ entity_id: string; request_id: string; details: Record<string, unknown> }>(
      await g.db.execute(sql`select entity_id, request_id, details from audit_event order by seq`),
    );

  it('each concurrent record lands once, with its own content, and is committed when its promise resolves', async () => {
    const many = vi.spyOn(auditRepository, 'insertUnsealedMany');
    const ids = Array.from({ length: 40 }, (_, i) => `g${i}`);
    await Promise.all(ids.map((id) => rec(id)));
    const stored = await rows();
    expect(stored.map((r) => r.entity_id).sort()).toEqual([...ids].sort());
    for (const r of stored) {
      expect(r.request_id).toBe(`req-${r.entity_id}`);
      expect(r.details).toEqual({ n: 1, k: r.entity_id });
    }
    // They did share: fewer inserts than records.
    expect(many).toHaveBeenCalled();
    expect(await sealAuditLog(g.db)).toBe(40);
    expect(await verifyAuditLog(g.db)).toMatchObject({ ok: true, checked: 40, unsealed: 0 });
  });

  it('a record that cannot be stored fails its own request only; the others of its group land', async () => {
    const before = (await rows()).length;
    const results = await Promise.allSettled([
      rec('ok-1'),
      rec('ok-2'),
      rec('bad', 'not-a-uuid'),
      rec('ok-3'),
      rec('ok-4'),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    const added = (await rows()).slice(before).map((r) => r.entity_id);
    expect(added.sort()).toEqual(['ok-1', 'ok-2', 'ok-3', 'ok-4']);
  });
});

describe('audit sealing', () => {
  let s: TestContext;
  beforeAll(async () => {
    s = await createTestContext();
  });
  afterAll(() => s.close());
  const rec = (db: Db, id: string, chain = s.config.municipality.code) =>
    s.audit.record(db, systemActor(chain, 'test'), {
      action: 'read',
      entityType: 'participant',
      entityId: id,
      reason: 'test',
    });
  const count = async (query: ReturnType<typeof sql>) =>
    Number(rowsOf<{ n: string }>(await s.db.execute(query))[0]!.n);

  it('records without hashing or touching the chain head; verify counts them as unsealed', async () => {
    await rec(s.db, 'u1');
    await rec(s.db, 'u2');
    expect(await count(sql`select count(*)::text as n from audit_chain_head`)).toBe(0);
    expect(await count(sql`select count(*)::text as n from audit_event where hash is null`)).toBe(2);
    const before = await verifyAuditLog(s.db);
    expect(before).toMatchObject({ ok: true, checked: 0, unsealed: 2 });
    expect(before.oldestUnsealedAt).toBeInstanceOf(Date);
    expect(await sealAuditLog(s.db)).toBe(2);
    expect(await verifyAuditLog(s.db)).toMatchObject({ ok: true, checked: 2, unsealed: 0 });
    expect(await sealAuditLog(s.db)).toBe(0);
  });

  it('keeps one chain per municipality, sealed in batches', async () => {
    for (let i = 0; i < 7; i++) await rec(s.db, `b${i}`, i % 2 ? '1480' : s.config.municipality.code);
    expect(await sealAuditLog(s.db, { batchSize: 3 })).toBe(7);
    const result = await verifyAuditLog(s.db);
    expect(result).toMatchObject({ ok: true, checked: 9, chains: 2, unsealed: 0 });
    const positions = rowsOf<{ chain: string; positions: string }>(
      await s.db.execute(
        sql`select chain, string_agg(chain_position::text, ',' order by chain_position) as positions
            from audit_event group by chain order by chain`,
      ),
    );
    expect(positions).toEqual([
      { chain: '1480', positions: '1,2,3' },
      { chain: s.config.municipality.code, positions: '1,2,3,4,5,6' },
    ]);
  });

  it('a row that commits after higher sequence numbers were sealed is appended, not skipped', async () => {
    // What a slow transaction does: it takes its seq, others commit and get sealed, then it commits.
    const [{ seq: late }] = rowsOf<{ seq: string }>(
      await s.db.execute(sql`select nextval(pg_get_serial_sequence('audit_event', 'seq'))::text as seq`),
    ) as [{ seq: string }];
    await rec(s.db, 'early-1');
    await rec(s.db, 'early-2');
    await sealAuditLog(s.db);
    await s.db.execute(sql`
      insert into audit_event (seq, occurred_at, chain, municipality_code, action, outcome, entity_type, entity_id, reason)
      values (${Number(late)}, now(), ${s.config.municipality.code}, ${s.config.municipality.code}, 'read', 'success', 'participant', 'late', 'test')`);
    expect((await verifyAuditLog(s.db)).unsealed).toBe(1);
    expect(await sealAuditLog(s.db)).toBe(1);
    const result = await verifyAuditLog(s.db);
    expect(result).toMatchObject({ ok: true, unsealed: 0 });
    const order = rowsOf<{ entity_id: string; seq: string }>(
      await s.db.execute(
        sql`select entity_id, seq::text as seq from audit_event
            where chain = ${s.config.municipality.code} order by chain_position desc limit 3`,
      ),
    );
    // Chain order is the sealer's order: the late row comes last although its seq is the lowest.
    expect(order.map((r) => r.entity_id)).toEqual(['late', 'early-2', 'early-1']);
    expect(Number(order[0]!.seq)).toBeLessThan(Number(order[1]!.seq));
  });

  it('detects a row inserted into the sealed chain', async () => {
    await rec(s.db, 'i1');
    await rec(s.db, 'i2');
    await sealAuditLog(s.db);
    const chain = s.config.municipality.code;
    const [i1] = rowsOf<{ chain_position: string; hash: string }>(
      await s.db.execute(
        sql`select chain_position::text as chain_position, hash from audit_event where entity_id = 'i1'`,
      ),
    );
    const position = Number(i1!.chain_position);
    // A forger makes room after i1 and writes a well-formed row that points to i1.
    await s.db.execute(sql`update audit_event set chain_position = chain_position + 1000000
                           where chain = ${chain} and chain_position > ${position}`);
    await s.db.execute(sql`update audit_event set chain_position = chain_position - 1000000 + 1
                           where chain = ${chain} and chain_position > ${position + 1000000}`);
    const occurredAt = new Date(Math.floor(Date.now()));
    const fields = {
      chain,
      occurredAt,
      municipalityCode: chain,
      actorId: null,
      actorRole: 'system',
      action: 'read',
      outcome: 'success',
      entityType: 'participant',
      entityId: 'forged',
      reason: 'test',
      details: null,
      requestId: null,
    };
    await s.db.execute(sql`
      insert into audit_event (occurred_at, chain, municipality_code, actor_role, action, outcome, entity_type, entity_id, reason, chain_position, prev_hash, hash)
      values (${occurredAt}, ${chain}, ${chain}, 'system', 'read', 'success', 'participant', 'forged', 'test',
              ${position + 1}, ${i1!.hash}, ${auditHash(i1!.hash, fields)})`);
    const result = await verifyAuditLog(s.db);
    expect(result.ok).toBe(false);
    expect(result.problems.join()).toMatch(/pekar inte på föregående rad|tagits bort/);
  });
});

// Real concurrency needs a server: PGlite is one connection, so these run with TEST_DATABASE_URL.
describe.runIf(process.env.TEST_DATABASE_URL)('audit sealing under concurrency (PostgreSQL)', () => {
  let c: TestContext;
  let other: pg.Pool;
  beforeAll(async () => {
    c = await createTestContext();
    const [current] = rowsOf<{ name: string }>(await c.db.execute(sql`select current_database() as name`));
    const base = new URL(process.env.TEST_DATABASE_URL!);
    base.pathname = `/${current!.name}`;
    other = new pg.Pool({ connectionString: base.toString(), max: 4 });
    // The test database is dropped with force at the end: a connection still closing then gets
    // "terminating connection" (57P01), which must not surface as an uncaught error.
    other.on('error', () => {});
  });
  afterAll(async () => {
    await other.end();
    await c.close();
  });
  const rec = (db: Db, id: string) =>
    c.audit.record(db, systemActor(c.config.municipality.code, 'test'), {
      action: 'read',
      entityType: 'participant',
      entityId: id,
      reason: 'test',
    });

  it('a transaction holding a lower seq open does not block sealing, and is sealed after it commits', async () => {
    const client = await other.connect();
    const slow = drizzle({ client, schema }) as unknown as Db;
    try {
      await client.query('begin');
      await rec(slow, 'slow'); // takes the lower seq, stays uncommitted
      await rec(c.db, 'fast-1');
      await rec(c.db, 'fast-2');
      expect(await sealAuditLog(c.db)).toBe(2); // does not wait for the open transaction
      expect((await verifyAuditLog(c.db)).unsealed).toBe(0); // invisible until it commits
      await client.query('commit');
    } finally {
      client.release();
    }
    expect((await verifyAuditLog(c.db)).unsealed).toBe(1);
    expect(await sealAuditLog(c.db)).toBe(1);
    const result = await verifyAuditLog(c.db);
    expect(result).toMatchObject({ ok: true, unsealed: 0, checked: 3 });
  });

  it('concurrent sealers and writers: every row sealed once, one unbroken chain', async () => {
    const otherDb = drizzle({ client: other, schema }) as unknown as Db;
    const writers = Array.from({ length: 4 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 25; i++) await rec(w % 2 ? otherDb : c.db, `w${w}-${i}`);
      })(),
    );
    const sealers = Array.from({ length: 3 }, (_, k) =>
      (async () => {
        let n = 0;
        for (let i = 0; i < 10; i++) n += await sealAuditLog(k === 0 ? c.db : otherDb, { wait: k !== 2 });
        return n;
      })(),
    );
    await Promise.all(writers);
    await Promise.all(sealers);
    await sealAuditLog(c.db);
    const result = await verifyAuditLog(c.db);
    expect(result).toMatchObject({ ok: true, unsealed: 0, checked: 103 });
  });
});
