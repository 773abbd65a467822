import { createHash } from 'node:crypto';
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rateLimitHit } from '../../db/schema/index.ts';

// Rate limits that hold across app processes (e.g. the public form): hits are rows, counted in a
// sliding window. The key (a client address) is stored only as a hash.

export interface RateLimit {
  /** e.g. "public_need.submit". */
  bucket: string;
  windowMs: number;
  max: number;
}

/**
 * Counts one hit for `key` unless `max` hits already fall in the window. Returns whether it was
 * allowed and, if not, how many seconds until one more would be.
 */
export async function consumeRateLimit(
  db: Db,
  limit: RateLimit,
  key: string,
  now: Date,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const keyHash = createHash('sha256').update(`${limit.bucket}:${key}`).digest('hex');
  const since = new Date(now.getTime() - limit.windowMs);
  return db.transaction(async (tx) => {
    // One lock per bucket and key, so that concurrent requests count one after another.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${keyHash}))`);
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int`, oldest: sql<Date | null>`min(${rateLimitHit.at})` })
      .from(rateLimitHit)
      .where(
        and(
          eq(rateLimitHit.bucket, limit.bucket),
          eq(rateLimitHit.keyHash, keyHash),
          gte(rateLimitHit.at, since),
        ),
      );
    if ((row?.n ?? 0) >= limit.max) {
      const oldest = row?.oldest ? new Date(row.oldest).getTime() : now.getTime();
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + limit.windowMs - now.getTime()) / 1000)),
      };
    }
    await tx.insert(rateLimitHit).values({ bucket: limit.bucket, keyHash, at: now });
    return { allowed: true, retryAfterSeconds: 0 };
  });
}

/** Removes hits older than the longest window (a job keeps the table small). */
export async function pruneRateLimitHits(db: Db, before: Date) {
  await db.delete(rateLimitHit).where(lt(rateLimitHit.at, before));
}
