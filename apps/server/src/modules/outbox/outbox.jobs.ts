import { z } from 'zod';
import type { JobHandler } from '../../jobs/job-handlers.ts';
import { sendPendingMail } from './send-outbox.ts';

/** Every run of the job worker: send what the outbox holds. */
export const outboxSendJob: JobHandler = {
  type: 'outbox.send',
  payload: z.object({}).passthrough(),
  everyMs: 10_000,
  async run(ctx) {
    await sendPendingMail(ctx);
  },
};
