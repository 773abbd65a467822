import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedAuditFields {
  chain: string;
  occurredAt: Date;
  municipalityCode: string | null;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  outcome: string;
  entityType: string;
  entityId: string | null;
  reason: string;
  details: Record<string, unknown> | null;
  requestId: string | null;
}

/** Keys sorted at every level: jsonb does not keep the order they were written in. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export function auditHash(prevHash: string, e: HashedAuditFields): string {
  const content = canonical([
    prevHash,
    e.chain,
    e.occurredAt.toISOString(),
    e.municipalityCode,
    e.actorId,
    e.actorRole,
    e.action,
    e.outcome,
    e.entityType,
    e.entityId,
    e.reason,
    e.details,
    e.requestId,
  ]);
  return createHash('sha256').update(content).digest('hex');
}
