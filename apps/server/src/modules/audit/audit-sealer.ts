import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { JobHandler } from '../../jobs/job-handlers.ts';
import { sealAuditLog } from './audit.service.ts';

/** How often a running server chains new audit records: the window in which a row is unsealed. */
export const AUDIT_SEAL_INTERVAL_MS = 1000;

/**
 * The server's sealer: every second, chains what requests have appended. Several servers may run
 * one each; a tick that finds another sealer busy skips (that one does the work).
 */
export function startAuditSealer(ctx: AppContext, intervalMs = AUDIT_SEAL_INTERVAL_MS) {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  let stopped = false;
  const tick = () => {
    if (stopped || busy) return;
    busy = true;
    running = sealAuditLog(ctx.db, { wait: false })
      .catch((error: Error) => ctx.logger.warn({ err: { type: error.name } }, 'audit sealing failed'))
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    /** Stops the timer, then seals what is left (nothing is left unsealed by a clean stop). */
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await sealAuditLog(ctx.db).catch((error: Error) =>
        ctx.logger.warn({ err: { type: error.name } }, 'audit sealing failed'),
      );
    },
  };
}

/**
 * The same work as a job (jobs table), as a backstop for processes that run the job worker: a
 * server whose sealer timer died, or one started without it. Idempotent; waits for a running sealer.
 */
export const auditSealJob: JobHandler = {
  type: 'audit.seal',
  payload: z.object({}).passthrough(),
  everyMs: 10 * 60_000,
  async run(ctx) {
    const sealed = await sealAuditLog(ctx.db);
    if (sealed > 0) ctx.logger.debug({ sealed }, 'audit records sealed by job');
  },
};
