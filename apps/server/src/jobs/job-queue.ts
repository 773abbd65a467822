import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../db/client.ts';
import { job } from '../db/schema/index.ts';

export interface ClaimedJob {
  id: string;
  type: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

export const jobQueue = {
  async enqueue(
    db: Db,
    input: {
      type: string;
      payload: unknown;
      municipalityCode?: string | null;
      runAt?: Date;
      dedupeKey?: string;
    },
  ) {
    await db
      .insert(job)
      .values({
        type: input.type,
        payload: input.payload,
        municipalityCode: input.municipalityCode ?? null,
        runAt: input.runAt ?? new Date(),
        dedupeKey: input.dedupeKey ?? null,
      })
      .onConflictDoNothing();
  },

  /** Claims one due job; SKIP LOCKED lets several servers poll the same table. */
  async claim(db: Db, now: Date, lockMs = 5 * 60_000): Promise<ClaimedJob | undefined> {
    const result = await db.execute(sql`
      update job set status = 'running', attempts = attempts + 1, locked_until = ${new Date(now.getTime() + lockMs)}
      where id = (
        select id from job
        where (status = 'pending' and run_at <= ${now}) or (status = 'running' and locked_until < ${now})
        order by run_at
        for update skip locked
        limit 1
      )
      returning id, type, payload, attempts, max_attempts`);
    return rowsOf<ClaimedJob>(result)[0];
  },

  async complete(db: Db, id: string, now: Date) {
    await db.execute(
      sql`update job set status = 'done', finished_at = ${now}, locked_until = null where id = ${id}`,
    );
  },

  async fail(db: Db, claimed: ClaimedJob, error: string, now: Date) {
    const final = claimed.attempts >= claimed.max_attempts;
    // Exponential back-off: 30 s, 1 min, 2 min …
    const retryAt = new Date(now.getTime() + 30_000 * 2 ** (claimed.attempts - 1));
    await db.execute(sql`
      update job set status = ${final ? 'failed' : 'pending'}, last_error = ${error.slice(0, 500)},
        run_at = ${retryAt}, locked_until = null, finished_at = ${final ? now : null}
      where id = ${claimed.id}`);
  },
};
