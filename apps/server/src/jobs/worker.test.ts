import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rowsOf } from '../db/client.ts';
import { createTestContext, type TestContext } from '../test/test-context.ts';
import { type JobHandler, jobHandlers } from './job-handlers.ts';
import { jobQueue } from './job-queue.ts';
import { enqueueScheduled, runDueJobs } from './worker.ts';

let t: TestContext;
const seen: string[] = [];
let failuresLeft = 0;
const testHandlers: JobHandler[] = [
  {
    type: 'test.echo',
    payload: z.object({ word: z.string() }),
    async run(_ctx, payload) {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error('transient');
      }
      seen.push((payload as { word: string }).word);
    },
  },
  { type: 'test.scheduled', payload: z.object({}), everyMs: 24 * 3600_000, async run() {} },
];

beforeAll(async () => {
  t = await createTestContext();
  jobHandlers.push(...testHandlers);
});
afterAll(async () => {
  for (const h of testHandlers) jobHandlers.splice(jobHandlers.indexOf(h), 1);
  await t.close();
});

async function statusOf(type: string) {
  return rowsOf<{ status: string; attempts: number }>(
    await t.db.execute(sql`select status, attempts from job where type = ${type} order by created_at`),
  );
}

describe('jobs table worker', () => {
  it('runs a due job once and marks it done', async () => {
    await jobQueue.enqueue(t.db, { type: 'test.echo', payload: { word: 'hej' } });
    expect(await runDueJobs(t)).toBe(1);
    expect(seen).toEqual(['hej']);
    expect(await runDueJobs(t)).toBe(0);
  });

  it('does not run a job before its time', async () => {
    await jobQueue.enqueue(t.db, {
      type: 'test.echo',
      payload: { word: 'sen' },
      runAt: new Date(Date.now() + 3600_000),
    });
    expect(await runDueJobs(t)).toBe(0);
    t.setNow(new Date(Date.now() + 2 * 3600_000));
    expect(await runDueJobs(t)).toBe(1);
    expect(seen).toContain('sen');
    t.setNow(new Date());
  });

  it('retries a failing job with back-off, then succeeds', async () => {
    failuresLeft = 1;
    await jobQueue.enqueue(t.db, {
      type: 'test.echo',
      payload: { word: 'igen' },
      dedupeKey: 'retry-1',
      runAt: t.clock(),
    });
    await runDueJobs(t);
    expect(seen).not.toContain('igen');
    const start = Date.now();
    t.setNow(new Date(start + 10_000));
    expect(await runDueJobs(t)).toBe(0); // back-off: 30 s
    t.setNow(new Date(start + 31_000));
    await runDueJobs(t);
    expect(seen).toContain('igen');
    t.setNow(new Date());
  });

  it('gives up after max attempts and keeps the error', async () => {
    failuresLeft = 100;
    await jobQueue.enqueue(t.db, { type: 'test.echo', payload: { word: 'aldrig' }, dedupeKey: 'fail-1' });
    for (let i = 0; i < 6; i++) {
      t.setNow(new Date(Date.now() + i * 3600_000));
      await runDueJobs(t);
    }
    const rows = rowsOf<{ status: string; last_error: string }>(
      await t.db.execute(sql`select status, last_error from job where dedupe_key = 'fail-1'`),
    );
    expect(rows[0]).toMatchObject({ status: 'failed', last_error: 'Error: transient' });
    failuresLeft = 0;
    t.setNow(new Date());
  });

  it('a malformed payload fails instead of running', async () => {
    await jobQueue.enqueue(t.db, { type: 'test.echo', payload: { word: 42 }, dedupeKey: 'bad-payload' });
    const before = seen.length;
    await runDueJobs(t);
    expect(seen.length).toBe(before);
  });

  it('enqueues one scheduled run per period, however often it is asked', async () => {
    await enqueueScheduled(t);
    await enqueueScheduled(t);
    expect(await statusOf('test.scheduled')).toHaveLength(1);
    t.setNow(new Date(Date.now() + 25 * 3600_000));
    await enqueueScheduled(t);
    expect(await statusOf('test.scheduled')).toHaveLength(2);
    t.setNow(new Date());
  });
});
