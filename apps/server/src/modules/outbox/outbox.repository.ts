import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outboxMessage } from '../../db/schema/index.ts';

export type OutboxRow = typeof outboxMessage.$inferSelect;

export const outboxRepository = {
  /** Adds a message; pass the transaction of what caused it, so both commit together. */
  async enqueue(
    db: Db,
    message: { municipalityCode: string; kind: string; to: string; subject: string; text: string },
  ) {
    const [row] = await db
      .insert(outboxMessage)
      .values({
        municipalityCode: message.municipalityCode,
        kind: message.kind,
        toAddress: message.to,
        subject: message.subject,
        bodyText: message.text,
      })
      .returning({ id: outboxMessage.id });
    return row!.id;
  },

  /** Pending messages, oldest first, locked for this sender (other processes skip them). */
  claimPending(db: Db, limit: number) {
    return db
      .select()
      .from(outboxMessage)
      .where(and(eq(outboxMessage.status, 'pending'), lt(outboxMessage.attempts, 5)))
      .orderBy(asc(outboxMessage.createdAt))
      .limit(limit)
      .for('update', { skipLocked: true });
  },

  async markSent(db: Db, id: string, at: Date) {
    await db
      .update(outboxMessage)
      .set({ status: 'sent', sentAt: at, attempts: sql`${outboxMessage.attempts} + 1` })
      .where(eq(outboxMessage.id, id));
  },

  async markFailed(db: Db, id: string, error: string, final: boolean) {
    await db
      .update(outboxMessage)
      .set({
        lastError: error,
        attempts: sql`${outboxMessage.attempts} + 1`,
        ...(final ? { status: 'failed' as const } : {}),
      })
      .where(eq(outboxMessage.id, id));
  },

  list(db: Db, kind?: string) {
    return db
      .select()
      .from(outboxMessage)
      .where(kind ? eq(outboxMessage.kind, kind) : undefined)
      .orderBy(asc(outboxMessage.createdAt));
  },
};
