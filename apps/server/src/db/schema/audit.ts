import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const auditActions = [
  'read',
  'create',
  'update',
  'delete',
  'export',
  'login',
  'logout',
  'access_denied',
] as const;
export type AuditAction = (typeof auditActions)[number];
export const auditOutcomes = ['success', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/**
 * Hash-chained, in two steps so that writing a record never waits for another request:
 * 1. the request inserts its row (content + `seq` from a sequence) in its own transaction — no
 *    lock, no hash; the row is *unsealed* (`chain_position`, `prev_hash`, `hash` null);
 * 2. the sealer (one at a time, every second or so) appends the committed unsealed rows to their
 *    municipality's chain in `seq` order: `chain_position` = next position, `prev_hash` = the
 *    chain's newest hash, `hash` = sha256 over the content and `prev_hash`. A row whose `seq` is
 *    lower than already sealed ones (its transaction committed later) simply gets the next
 *    position: chain order is `chain_position`, not `seq`, so nothing is skipped or waited for.
 * `arbetsbro audit verify` then detects a changed, inserted or removed sealed row.
 * Content columns are written once; the sealer only fills the three seal columns, once.
 * Holds ids and codes only — never names, personnummer or free text about a person.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** Each municipality has its own chain, so tenants can live on different servers. */
    chain: text('chain').notNull(),
    municipalityCode: text('municipality_code'),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    action: text('action', { enum: auditActions }).notNull(),
    outcome: text('outcome', { enum: auditOutcomes }).notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** Why: the use case ("participant.view", "intake") and optional codes; no personal data. */
    reason: text('reason').notNull(),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
    requestId: text('request_id'),
    /** Position in the chain (1, 2, …), set by the sealer; null while unsealed. */
    chainPosition: bigint('chain_position', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    uniqueIndex('audit_event_chain_position_uq').on(t.chain, t.chainPosition),
    /** Only the unsealed rows: what the sealer reads, however large the log grows. */
    index('audit_event_unsealed_idx').on(t.seq).where(sql`chain_position is null`),
    check(
      'audit_event_sealed_whole',
      sql`(chain_position is null) = (hash is null) and (hash is null) = (prev_hash is null)`,
    ),
    index('audit_event_entity_idx').on(t.entityType, t.entityId),
    index('audit_event_actor_idx').on(t.actorId, t.occurredAt),
  ],
);

/**
 * The newest sealed hash of each chain: lets verify detect rows removed from the end. Written only
 * by the sealer (requests never touch it); `count` is also the newest `chain_position`.
 */
export const auditChainHead = pgTable('audit_chain_head', {
  chain: text('chain').primaryKey(),
  /** `seq` of the newest sealed row. */
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
  count: bigint('count', { mode: 'number' }).notNull(),
});
