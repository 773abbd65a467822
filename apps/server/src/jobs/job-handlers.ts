import type { z } from 'zod';
import type { AppContext } from '../context.ts';
import { auditSealJob } from '../modules/audit/audit-sealer.ts';
import { followUpDailyJob } from '../modules/follow-up/follow-up.jobs.ts';
import { outboxSendJob } from '../modules/outbox/index.ts';

export interface JobHandler<S extends z.ZodType = z.ZodType> {
  type: string;
  payload: S;
  run(ctx: AppContext, payload: z.infer<S>): Promise<void>;
  /** Run on a schedule: one job per period, deduplicated across servers. */
  everyMs?: number;
}

/** Every module's background jobs; add yours here. */
export const jobHandlers: JobHandler[] = [followUpDailyJob, auditSealJob, outboxSendJob];
