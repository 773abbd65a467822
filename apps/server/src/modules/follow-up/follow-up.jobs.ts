import { todayInSweden } from '@arbetsbro/identity';
import { z } from 'zod';
import type { JobHandler } from '../../jobs/job-handlers.ts';
import { systemActor } from '../auth/index.ts';
import { followUpRepository } from './follow-up.repository.ts';

const DAY_MS = 86_400_000;

/**
 * Daily: creates the missing one-month verification follow-ups of job exits (e.g. imported ones)
 * and flags follow-ups whose day has passed. Idempotent: a second run the same day changes nothing.
 */
export const followUpDailyJob: JobHandler = {
  type: 'follow-up.daily',
  payload: z.object({}).passthrough(),
  everyMs: DAY_MS,
  async run(ctx) {
    const municipalityCode = ctx.config.municipality.code;
    const today = todayInSweden(ctx.clock());
    const { created, flagged } = await ctx.db.transaction(async (tx) => ({
      created: await followUpRepository.createMissingVerifications(tx, municipalityCode),
      flagged: await followUpRepository.flagOverdue(tx, municipalityCode, today),
    }));
    if (created > 0)
      await ctx.audit.record(ctx.db, systemActor(municipalityCode, 'follow-up.daily'), {
        action: 'create',
        entityType: 'follow_up',
        reason: 'follow_up.create_due',
        details: { created, flagged },
      });
    ctx.logger.info({ created, flagged }, 'follow-up daily job');
  },
};
