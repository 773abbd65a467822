import { and, asc, count, eq, gt, isNull, min, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.ts';
import { auditChainHead, auditEvent } from '../../db/schema/index.ts';

export type AuditEventRow = typeof auditEvent.$inferSelect;
export type NewAuditEvent = typeof auditEvent.$inferInsert;
export type AuditChainHeadRow = typeof auditChainHead.$inferSelect;
/** Every content column, explicitly (null where absent): what a request writes. */
export type UnsealedAuditEvent = Omit<AuditEventRow, 'seq' | 'chainPosition' | 'prevHash' | 'hash'>;

/** One key for "the sealer" in pg_advisory_xact_lock: one sealer at a time, across processes. */
const SEAL_LOCK = sql`hashtext('arbetsbro.audit.seal')`;

export interface SealUpdate {
  seq: number;
  chainPosition: number;
  prevHash: string;
  hash: string;
}

export const auditRepository = {
  /**
   * The request's part: one insert, no lock, no hash (sealed later). Plain SQL rather than the
   * insert builder: this runs on every audited request, and building the insert cost ~35 µs.
   */
  async insertUnsealed(db: Db, row: UnsealedAuditEvent) {
    await db.execute(sql`
      insert into audit_event (occurred_at, chain, municipality_code, actor_id, actor_role, action,
        outcome, entity_type, entity_id, reason, details, request_id)
      values (${row.occurredAt.toISOString()}, ${row.chain}, ${row.municipalityCode}, ${row.actorId},
        ${row.actorRole}, ${row.action}, ${row.outcome}, ${row.entityType}, ${row.entityId},
        ${row.reason}, ${row.details === null ? null : JSON.stringify(row.details)}, ${row.requestId})`);
  },

  /**
   * Several requests' rows in one statement (group commit): one parameter, a JSON array of the
   * rows, so that the statement's text is the same for any number of rows (prepared once) and
   * node-postgres and PGlite pass it alike. Rows get their `seq` in the array's order.
   */
  async insertUnsealedMany(db: Db, rows: UnsealedAuditEvent[]) {
    const json = JSON.stringify(
      rows.map((row) => ({
        occurred_at: row.occurredAt.toISOString(),
        chain: row.chain,
        municipality_code: row.municipalityCode,
        actor_id: row.actorId,
        actor_role: row.actorRole,
        action: row.action,
        outcome: row.outcome,
        entity_type: row.entityType,
        entity_id: row.entityId,
        reason: row.reason,
        details: row.details,
        request_id: row.requestId,
      })),
    );
    await db.execute(sql`
      insert into audit_event (occurred_at, chain, municipality_code, actor_id, actor_role, action,
        outcome, entity_type, entity_id, reason, details, request_id)
      select r.occurred_at, r.chain, r.municipality_code, r.actor_id, r.actor_role, r.action,
        r.outcome, r.entity_type, r.entity_id, r.reason, r.details, r.request_id
      from rows from (json_to_recordset(${json}::json) as (occurred_at timestamptz, chain text,
        municipality_code text, actor_id uuid, actor_role text, action text, outcome text,
        entity_type text, entity_id text, reason text, details jsonb, request_id text))
        with ordinality as r
      order by r.ordinality`);
  },

  /**
   * Takes the sealer's lock for this transaction. `wait: false` returns false at once when another
   * sealer holds it (the periodic sealer then leaves the work to that one).
   */
  async lockSealer(db: Db, wait: boolean): Promise<boolean> {
    if (wait) {
      await db.execute(sql`select pg_advisory_xact_lock(${SEAL_LOCK})`);
      return true;
    }
    const result = await db.execute<{ locked: boolean }>(
      sql`select pg_try_advisory_xact_lock(${SEAL_LOCK}) as locked`,
    );
    return rowsOf<{ locked: boolean }>(result)[0]?.locked === true;
  },

  /** Committed rows not yet in a chain, oldest sequence number first (partial index). */
  unsealed(db: Db, limit: number) {
    return db
      .select()
      .from(auditEvent)
      .where(isNull(auditEvent.chainPosition))
      .orderBy(asc(auditEvent.seq))
      .limit(limit);
  },

  /** Writes a batch of seals in one statement; returns how many rows it sealed. */
  async seal(db: Db, seals: SealUpdate[]): Promise<number> {
    if (seals.length === 0) return 0;
    // Arrays as literals: node-postgres and PGlite serialise JS arrays differently, text does not.
    const seqs = `{${seals.map((s) => s.seq).join(',')}}`;
    const positions = `{${seals.map((s) => s.chainPosition).join(',')}}`;
    const prevs = `{${seals.map((s) => s.prevHash).join(',')}}`;
    const hashes = `{${seals.map((s) => s.hash).join(',')}}`;
    const result = await db.execute(sql`
      update audit_event as e
      set chain_position = v.pos, prev_hash = v.prev, hash = v.hash
      from unnest(${seqs}::bigint[], ${positions}::bigint[], ${prevs}::text[], ${hashes}::text[])
        as v(seq, pos, prev, hash)
      where e.seq = v.seq and e.chain_position is null`);
    return (
      (result as { rowCount?: number; affectedRows?: number }).rowCount ??
      (result as { affectedRows?: number }).affectedRows ??
      0
    );
  },

  /** Every chain's head (few rows), creating those of the given chains at position 0 when new. */
  async headsFor(db: Db, chains: string[]): Promise<Map<string, AuditChainHeadRow>> {
    let rows = await db.select().from(auditChainHead);
    const missing = chains.filter((c) => !rows.some((h) => h.chain === c));
    if (missing.length > 0) {
      await db
        .insert(auditChainHead)
        .values(missing.map((chain) => ({ chain, lastSeq: 0, lastHash: '0'.repeat(64), count: 0 })))
        .onConflictDoNothing();
      rows = await db.select().from(auditChainHead);
    }
    return new Map(rows.map((h) => [h.chain, h]));
  },

  async saveHead(db: Db, head: AuditChainHeadRow) {
    await db
      .update(auditChainHead)
      .set({ lastSeq: head.lastSeq, lastHash: head.lastHash, count: head.count })
      .where(eq(auditChainHead.chain, head.chain));
  },

  heads(db: Db) {
    return db.select().from(auditChainHead).orderBy(asc(auditChainHead.chain));
  },

  /** A chain's sealed rows in chain order, after a position (keyset paging). */
  page(db: Db, chain: string, afterPosition: number, limit: number) {
    return db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.chain, chain), gt(auditEvent.chainPosition, afterPosition)))
      .orderBy(asc(auditEvent.chainPosition))
      .limit(limit);
  },

  async unsealedSummary(db: Db): Promise<{ count: number; oldest: Date | null }> {
    const [row] = await db
      .select({ n: count(), oldest: min(auditEvent.occurredAt) })
      .from(auditEvent)
      .where(isNull(auditEvent.chainPosition));
    return { count: Number(row?.n ?? 0), oldest: row?.oldest ? new Date(row.oldest) : null };
  },

  async countAll(db: Db): Promise<number> {
    const result = await db.execute<{ n: string }>(sql`select count(*)::text as n from audit_event`);
    return Number(rowsOf<{ n: string }>(result)[0]?.n ?? 0);
  },

  forEntity(db: Db, entityType: string, entityId: string, limit = 200) {
    return db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, entityType), eq(auditEvent.entityId, entityId)))
      .orderBy(asc(auditEvent.seq))
      .limit(limit);
  },
};
