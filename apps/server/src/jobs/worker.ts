import type { AppContext } from '../context.ts';
import { jobHandlers } from './job-handlers.ts';
import { jobQueue } from './job-queue.ts';

/** Runs due jobs until none is left. Returns how many ran (tests call this directly). */
export async function runDueJobs(ctx: AppContext, limit = 100): Promise<number> {
  let ran = 0;
  while (ran < limit) {
    const now = ctx.clock();
    const claimed = await jobQueue.claim(ctx.db, now);
    if (!claimed) break;
    ran++;
    const handler = jobHandlers.find((h) => h.type === claimed.type);
    try {
      if (!handler) throw new Error(`no handler for job type ${claimed.type}`);
      await handler.run(ctx, handler.payload.parse(claimed.payload));
      await jobQueue.complete(ctx.db, claimed.id, ctx.clock());
    } catch (error) {
      ctx.logger.warn(
        { jobType: claimed.type, jobId: claimed.id, err: { type: (error as Error).name } },
        'job failed',
      );
      await jobQueue.fail(
        ctx.db,
        claimed,
        `${(error as Error).name}: ${(error as Error).message}`,
        ctx.clock(),
      );
    }
  }
  return ran;
}

/** Enqueues this period's run of every scheduled job (deterministic key: no double runs). */
export async function enqueueScheduled(ctx: AppContext) {
  const at = ctx.clock();
  const now = at.getTime();
  for (const h of jobHandlers) {
    if (!h.everyMs) continue;
    const period = Math.floor(now / h.everyMs);
    await jobQueue.enqueue(ctx.db, {
      type: h.type,
      payload: {},
      municipalityCode: ctx.config.municipality.code,
      runAt: at,
      dedupeKey: `${h.type}:${ctx.config.municipality.code}:${period}`,
    });
  }
}

export function startJobWorker(ctx: AppContext, intervalMs = 10_000) {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = enqueueScheduled(ctx)
      .then(() => runDueJobs(ctx))
      .catch((error: Error) => ctx.logger.warn({ err: { type: error.name } }, 'job worker tick failed'));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  /** Settles once the first run (a second after the start) is done: the start prints after it. */
  const firstRun = new Promise<void>((resolve) => {
    setTimeout(() => {
      tick();
      void running.then(() => resolve());
    }, 1000).unref();
  });
  return {
    firstRun,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
