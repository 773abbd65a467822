import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditChainHead, auditEvent } from '../../db/schema/index.ts';

export type AuditEventRow = typeof auditEvent.$inferSelect;
export type NewAuditEvent = typeof auditEvent.$inferInsert;

export const auditRepository = {
  /** Locks the chain head for this transaction; appends to one chain are serialised by it. */
  async lockHead(db: Db, chain: string) {
    await db
      .insert(auditChainHead)
      .values({ chain, lastSeq: 0, lastHash: '0'.repeat(64), count: 0 })
      .onConflictDoNothing();
    const [head] = await db
      .select()
      .from(auditChainHead)
      .where(eq(auditChainHead.chain, chain))
      .for('update');
    return head!;
  },

  async append(db: Db, row: NewAuditEvent) {
    const [inserted] = await db.insert(auditEvent).values(row).returning({ seq: auditEvent.seq });
    await db
      .update(auditChainHead)
      .set({ lastSeq: inserted!.seq, lastHash: row.hash, count: sql`${auditChainHead.count} + 1` })
      .where(eq(auditChainHead.chain, row.chain));
    return inserted!.seq;
  },

  heads(db: Db) {
    return db.select().from(auditChainHead).orderBy(asc(auditChainHead.chain));
  },

  page(db: Db, chain: string, afterSeq: number, limit: number) {
    return db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.chain, chain), gt(auditEvent.seq, afterSeq)))
      .orderBy(asc(auditEvent.seq))
      .limit(limit);
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
