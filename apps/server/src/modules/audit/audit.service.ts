import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.ts';
import type { AuditAction, AuditOutcome } from '../../db/schema/index.ts';
import type { Actor, RequestMeta } from '../auth/actor.ts';
import { auditRepository } from './audit.repository.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';

export interface AuditEntry {
  action: AuditAction;
  outcome?: AuditOutcome;
  entityType: string;
  entityId?: string | null;
  /** The use case, e.g. "participant.view". Codes only: never names or free text about a person. */
  reason: string;
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditLog {
  /**
   * Appends one record. Pass the transaction of the write it describes, so that the write and
   * its audit record commit together; pass the plain db for reads and denied access.
   */
  record(db: Db, actor: Actor | null, entry: AuditEntry, meta?: RequestMeta): Promise<void>;
}

export function createAuditLog(clock: () => Date = () => new Date()): AuditLog {
  return {
    async record(db, actor, entry, meta) {
      const municipalityCode = actor?.municipalityCode ?? null;
      const chain = municipalityCode ?? '-';
      const append = async (tx: Db) => {
        const head = await auditRepository.lockHead(tx, chain);
        const fields = {
          chain,
          // Millisecond precision: what PostgreSQL stores is exactly what was hashed.
          occurredAt: new Date(Math.floor(clock().getTime())),
          municipalityCode,
          actorId: actor?.id ?? null,
          actorRole: actor?.role ?? null,
          action: entry.action,
          outcome: entry.outcome ?? 'success',
          entityType: entry.entityType,
          entityId: entry.entityId ?? null,
          reason: entry.reason,
          details: entry.details ?? null,
          requestId: meta?.requestId ?? null,
        };
        const prevHash = head.count === 0 ? GENESIS_HASH : head.lastHash;
        await auditRepository.append(tx, { ...fields, prevHash, hash: auditHash(prevHash, fields) });
      };
      // Inside a caller's transaction already? Then join it; otherwise open one.
      if (isTransaction(db)) await append(db);
      else await db.transaction(append);
    },
  };
}

function isTransaction(db: Db): boolean {
  return 'rollback' in db;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  chains: number;
  problems: string[];
}

/** Walks every chain from the start and recomputes each hash. */
export async function verifyAuditLog(db: Db, batchSize = 5000): Promise<AuditVerification> {
  const problems: string[] = [];
  let checked = 0;
  const heads = await auditRepository.heads(db);
  for (const head of heads) {
    let prev = GENESIS_HASH;
    let afterSeq = 0;
    let count = 0;
    for (;;) {
      const rows = await auditRepository.page(db, head.chain, afterSeq, batchSize);
      if (rows.length === 0) break;
      for (const row of rows) {
        count++;
        if (row.prevHash !== prev)
          problems.push(
            `Kedjan ${head.chain}: rad ${row.seq} pekar inte på föregående rad (rad saknas eller har lagts till).`,
          );
        const recomputed = auditHash(row.prevHash, { ...row, details: row.details ?? null });
        if (recomputed !== row.hash)
          problems.push(`Kedjan ${head.chain}: rad ${row.seq} har ändrats i efterhand.`);
        prev = row.hash;
        afterSeq = row.seq;
      }
    }
    checked += count;
    if (count !== head.count || (count > 0 && prev !== head.lastHash)) {
      problems.push(
        `Kedjan ${head.chain}: ${head.count} rader väntades men ${count} hittades (rader har tagits bort).`,
      );
    }
  }
  const total = await countAll(db);
  if (total !== checked) problems.push(`${total - checked} rader hör inte till någon kedja.`);
  return { ok: problems.length === 0, checked, chains: heads.length, problems };
}

async function countAll(db: Db): Promise<number> {
  const result = await db.execute<{ n: string }>(sql`select count(*)::text as n from audit_event`);
  return Number(rowsOf<{ n: string }>(result)[0]?.n ?? 0);
}
