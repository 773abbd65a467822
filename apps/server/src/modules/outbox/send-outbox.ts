import type { AppContext } from '../../context.ts';
import { createMailer, type Mailer } from './mailer.ts';
import { outboxRepository } from './outbox.repository.ts';

/** Attempts before a message is marked failed (each run of the job is one attempt). */
const MAX_ATTEMPTS = 5;

/**
 * Sends pending messages (oldest first) and marks each sent or failed. A failure records only the
 * error's kind or SMTP code, never the address or the text. Returns how many were sent.
 */
export async function sendPendingMail(
  ctx: AppContext,
  mailer: Mailer = createMailer(ctx.config.mail),
  limit = 50,
) {
  let sent = 0;
  await ctx.db.transaction(async (tx) => {
    for (const row of await outboxRepository.claimPending(tx, limit)) {
      try {
        await mailer.send({ id: row.id, to: row.toAddress, subject: row.subject, text: row.bodyText });
        await outboxRepository.markSent(tx, row.id, ctx.clock());
        sent++;
      } catch (error) {
        const e = error as { name?: string; responseCode?: number; code?: string };
        const kind = [e.name ?? 'Error', e.code, e.responseCode].filter(Boolean).join(' ');
        await outboxRepository.markFailed(tx, row.id, kind, row.attempts + 1 >= MAX_ATTEMPTS);
        ctx.logger.warn({ outboxId: row.id, err: { type: kind } }, 'outbox: sending failed');
      }
    }
  });
  return sent;
}
