import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import type { sessionRepository } from './session.repository.ts';

/** How long a looked-up session is used without asking the database again. */
export const SESSION_CACHE_MS = 2000;
/** Sessions kept at most (the oldest go first); a municipality's staff fit many times over. */
export const SESSION_CACHE_SIZE = 5000;

type SessionRow = NonNullable<Awaited<ReturnType<typeof sessionRepository.findForRequest>>>;

interface Entry {
  row: SessionRow;
  /** ctx.clock() when it was looked up. */
  at: number;
}

/**
 * The sessions this process looked up in the last SESSION_CACHE_MS, by token hash: a request
 * then authenticates without a round trip to the database (it was one of a read's few).
 *
 * Never stale within this process: whatever ends a session or changes what it carries (logout,
 * password change or reset, deactivation, role, units, name) calls `sessionsChanged(ctx)` after
 * its transaction has committed and before it answers, which empties the cache; and a look-up
 * that began before that call is not kept (the cache's generation moved on), so a session read
 * before the commit cannot be put back. From the moment the revoking request has returned, no
 * request in this process is let in on the old session. Expiry is checked on every request
 * against the cached expiry, as before.
 *
 * Several processes (servers on one PostgreSQL database, or a command run with DATABASE_URL):
 * a change made through another process, or by hand in the database, is seen here when the entry
 * is older than SESSION_CACHE_MS, so a revoked session may still be let in for up to two seconds
 * on the other servers. That is the bound; it is why the lifetime is this short.
 */
class SessionCache {
  private entries = new Map<string, Entry>();
  private generation = 0;

  /** The cached row if it was looked up less than SESSION_CACHE_MS ago (by the given clock). */
  get(tokenHash: string, now: number): SessionRow | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    // A clock set back (tests) counts as stale too.
    if (now - entry.at >= SESSION_CACHE_MS || now < entry.at) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.row;
  }

  /** Call before the look-up; pass the result to `set`. */
  begin(): number {
    return this.generation;
  }

  /** Keeps a looked-up row, unless the cache was emptied since its look-up began. */
  set(tokenHash: string, row: SessionRow, now: number, generation: number) {
    if (generation !== this.generation) return;
    if (this.entries.size >= SESSION_CACHE_SIZE) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(tokenHash, { row, at: now });
  }

  delete(tokenHash: string) {
    this.entries.delete(tokenHash);
  }

  clear() {
    this.generation++;
    this.entries.clear();
  }
}

/** One cache per database handle (a server has one; each test its own). */
const caches = new WeakMap<Db, SessionCache>();

export function sessionCache(ctx: Pick<AppContext, 'db'>): SessionCache {
  let cache = caches.get(ctx.db);
  if (!cache) {
    cache = new SessionCache();
    caches.set(ctx.db, cache);
  }
  return cache;
}

/**
 * Sessions or accounts changed: forget every cached session, so the next request of each
 * looks its session up again. Call it after the change has committed, before answering.
 */
export function sessionsChanged(ctx: Pick<AppContext, 'db'>) {
  sessionCache(ctx).clear();
}
