import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
 * Append-only, hash-chained: each row's hash covers its content and the previous row's hash,
 * so `arbetsbro audit verify` detects a changed, inserted or removed row.
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
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_event_chain_idx').on(t.chain, t.seq),
    index('audit_event_entity_idx').on(t.entityType, t.entityId),
    index('audit_event_actor_idx').on(t.actorId, t.occurredAt),
  ],
);

/** The newest hash of each chain: lets verify detect rows removed from the end, and serialises appends. */
export const auditChainHead = pgTable('audit_chain_head', {
  chain: text('chain').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
  count: bigint('count', { mode: 'number' }).notNull(),
});
