import type { Db } from '../../db/client.ts';
import type { AuditAction, AuditOutcome } from '../../db/schema/index.ts';
import type { Actor, RequestMeta } from '../auth/index.ts';
import {
  type AuditChainHeadRow,
  auditRepository,
  type SealUpdate,
  type UnsealedAuditEvent,
} from './audit.repository.ts';
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
   * Appends one record: an insert without locks, so audited requests never wait for each other.
   * Pass the transaction of the write it describes, so that the write and its audit record commit
   * together; for reads and denied access the plain db: the promise resolves once the record is
   * committed (group commit: records of concurrent requests share one insert, see `groupCommit`),
   * so the response still leaves after its record. The record is chained (hashed) shortly after
   * by the sealer: see `sealAuditLog`.
   */
  record(db: Db, actor: Actor | null, entry: AuditEntry, meta?: RequestMeta): Promise<void>;
  /** Chains every committed unsealed record now (waits for a running sealer); returns how many. */
  seal(db: Db): Promise<number>;
}

export function createAuditLog(clock: () => Date = () => new Date()): AuditLog {
  const groups = new WeakMap<Db, (row: UnsealedAuditEvent) => Promise<void>>();
  return {
    async record(db, actor, entry, meta) {
      const municipalityCode = actor?.municipalityCode ?? null;
      const row: UnsealedAuditEvent = {
        chain: municipalityCode ?? '-',
        // Millisecond precision: what PostgreSQL stores is exactly what is hashed.
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
      // A write's record goes into the write's own transaction, alone.
      if ('rollback' in db) return auditRepository.insertUnsealed(db, row);
      let append = groups.get(db);
      if (!append) {
        append = groupCommit(db);
        groups.set(db, append);
      }
      return append(row);
    },
    seal: (db) => sealAuditLog(db),
  };
}

/** Rows in one group insert at most (a longer queue goes in several). */
const GROUP_MAX_ROWS = 500;

interface Pending {
  row: UnsealedAuditEvent;
  done: () => void;
  failed: (error: unknown) => void;
}

/**
 * Group commit for the records written outside a transaction (reads, denials). While no insert
 * runs, a record is inserted at once (an idle server adds no wait); while one runs, records queue
 * and then go together into the next insert: one statement and one commit (one WAL flush) for
 * every request that arrived meanwhile, instead of one each. Measured on the 2-core machine: a
 * one-row commit cost ~400 µs of CPU, a row of a ten-row commit ~90 µs; and one insert at a time
 * gave larger groups under load than two. Each caller's promise resolves only after the statement
 * holding its row has committed, so no response leaves before its record is stored. When a group
 * insert fails, its rows are inserted one by one, so that each request gets its own row's outcome
 * (a row that cannot be stored fails only its own request).
 */
function groupCommit(db: Db) {
  let queue: Pending[] = [];
  let running = false;
  const insert = async (batch: Pending[]) => {
    try {
      if (batch.length === 1) await auditRepository.insertUnsealed(db, batch[0]!.row);
      else
        await auditRepository.insertUnsealedMany(
          db,
          batch.map((p) => p.row),
        );
      for (const p of batch) p.done();
    } catch (error) {
      if (batch.length === 1) batch[0]!.failed(error);
      else
        await Promise.all(batch.map((p) => auditRepository.insertUnsealed(db, p.row).then(p.done, p.failed)));
    }
  };
  const next = () => {
    if (running || queue.length === 0) return;
    const batch = queue.slice(0, GROUP_MAX_ROWS);
    queue = queue.slice(GROUP_MAX_ROWS);
    running = true;
    void insert(batch).finally(() => {
      running = false;
      next();
    });
  };
  return (row: UnsealedAuditEvent) =>
    new Promise<void>((done, failed) => {
      queue.push({ row, done, failed });
      next();
    });
}

export interface SealOptions {
  /** false: return 0 at once if another sealer is running (the periodic sealer). Default true. */
  wait?: boolean;
  /** Rows per transaction. */
  batchSize?: number;
}

/**
 * Appends the committed unsealed rows to their chains, in `seq` order, one batch per transaction,
 * until none is left. One sealer at a time (advisory transaction lock), so positions and hashes
 * follow one another. A row that commits after rows with a higher `seq` were sealed is not lost
 * nor waited for: it is unsealed, so the next run appends it at the chain's next position.
 */
export async function sealAuditLog(db: Db, options: SealOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 2000;
  let sealed = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      if (!(await auditRepository.lockSealer(tx, options.wait ?? true))) return 0;
      const rows = await auditRepository.unsealed(tx, batchSize);
      if (rows.length === 0) return 0;
      const heads = await auditRepository.headsFor(tx, [...new Set(rows.map((r) => r.chain))]);
      const changed = new Set<AuditChainHeadRow>();
      const seals: SealUpdate[] = [];
      for (const row of rows) {
        const head = heads.get(row.chain)!;
        const prevHash = head.count === 0 ? GENESIS_HASH : head.lastHash;
        const hash = auditHash(prevHash, { ...row, details: row.details ?? null });
        head.count += 1;
        head.lastHash = hash;
        head.lastSeq = row.seq;
        changed.add(head);
        seals.push({ seq: row.seq, chainPosition: head.count, prevHash, hash });
      }
      // Only this sealer writes seals (lock above), so every row must still be unsealed.
      const written = await auditRepository.seal(tx, seals);
      if (written !== seals.length)
        throw new Error(`audit sealing: ${written} of ${seals.length} rows sealed; rolled back`);
      for (const head of changed) await auditRepository.saveHead(tx, head);
      return rows.length;
    });
    sealed += n;
    if (n < batchSize) return sealed;
  }
}

export interface AuditVerification {
  ok: boolean;
  /** Sealed rows whose chain was recomputed. */
  checked: number;
  chains: number;
  problems: string[];
  /** Committed rows the sealer has not chained yet: they cannot be verified until it has. */
  unsealed: number;
  oldestUnsealedAt: Date | null;
}

/** Walks every chain from the start and recomputes each hash; counts the rows not yet sealed. */
export async function verifyAuditLog(db: Db, batchSize = 5000): Promise<AuditVerification> {
  const problems: string[] = [];
  let checked = 0;
  const heads = await auditRepository.heads(db);
  for (const head of heads) {
    let prev = GENESIS_HASH;
    let position = 0;
    let count = 0;
    for (;;) {
      const rows = await auditRepository.page(db, head.chain, position, batchSize);
      if (rows.length === 0) break;
      for (const row of rows) {
        count++;
        const at = row.chainPosition ?? 0;
        if (row.prevHash !== prev || at !== position + 1)
          problems.push(
            `Kedjan ${head.chain}: rad ${row.seq} (plats ${at}) pekar inte på föregående rad (rad saknas eller har lagts till).`,
          );
        const recomputed = auditHash(row.prevHash ?? '', { ...row, details: row.details ?? null });
        if (recomputed !== row.hash)
          problems.push(`Kedjan ${head.chain}: rad ${row.seq} har ändrats i efterhand.`);
        prev = row.hash ?? '';
        position = at;
      }
    }
    checked += count;
    if (count !== head.count || position !== head.count || (count > 0 && prev !== head.lastHash)) {
      problems.push(
        `Kedjan ${head.chain}: ${head.count} rader väntades men ${count} hittades (rader har tagits bort).`,
      );
    }
  }
  const unsealed = await auditRepository.unsealedSummary(db);
  const total = await auditRepository.countAll(db);
  if (total !== checked + unsealed.count)
    problems.push(`${total - checked - unsealed.count} rader hör inte till någon kedja.`);
  return {
    ok: problems.length === 0,
    checked,
    chains: heads.length,
    problems,
    unsealed: unsealed.count,
    oldestUnsealedAt: unsealed.oldest,
  };
}
