import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { SESSION_CACHE_MS, SESSION_CACHE_SIZE, sessionCache, sessionsChanged } from './session-cache.ts';

const row = (id: string) => ({
  csrfToken: 'c',
  lastSeenAt: new Date(0),
  expiresAt: new Date(1e13),
  id,
  username: id,
  displayName: id,
  role: 'coach' as const,
  municipalityCode: '1488',
  active: true,
  unitIds: [] as string[],
});

const fresh = () => ({ db: {} as Db });

describe('session cache', () => {
  it('keeps a look-up for SESSION_CACHE_MS by the clock; a clock set back counts as stale', () => {
    const ctx = fresh();
    const cache = sessionCache(ctx);
    cache.set('t', row('a'), 1000, cache.begin());
    expect(cache.get('t', 1000 + SESSION_CACHE_MS - 1)?.id).toBe('a');
    expect(cache.get('t', 1000 + SESSION_CACHE_MS)).toBeUndefined();
    cache.set('t', row('a'), 1000, cache.begin());
    expect(cache.get('t', 999)).toBeUndefined();
  });

  it('a look-up that began before sessionsChanged is not kept (it may have read the old row)', () => {
    const ctx = fresh();
    const cache = sessionCache(ctx);
    const generation = cache.begin();
    sessionsChanged(ctx); // the revoking request commits and empties the cache meanwhile
    cache.set('t', row('a'), 1000, generation);
    expect(cache.get('t', 1000)).toBeUndefined();
    cache.set('t', row('a'), 1000, cache.begin());
    expect(cache.get('t', 1000)).toBeDefined();
    sessionsChanged(ctx);
    expect(cache.get('t', 1000)).toBeUndefined();
  });

  it('is bounded: the oldest look-up goes first; each database handle has its own', () => {
    const ctx = fresh();
    const cache = sessionCache(ctx);
    for (let i = 0; i <= SESSION_CACHE_SIZE; i++) cache.set(`t${i}`, row(`a${i}`), 1000, cache.begin());
    expect(cache.get('t0', 1000)).toBeUndefined();
    expect(cache.get(`t${SESSION_CACHE_SIZE}`, 1000)).toBeDefined();
    expect(sessionCache(fresh()).get(`t${SESSION_CACHE_SIZE}`, 1000)).toBeUndefined();
  });
});

// What ends a session or changes what it carries (the account's role, units, state, name,
// password) must empty the cache after its commit; else this process would let a revoked session
// in for up to SESSION_CACHE_MS. A use case that writes those tables through these calls must
// also call sessionsChanged.
const WRITES = [
  'sessionRepository.delete(',
  'sessionRepository.deleteForStaff(',
  'staffRepository.deleteSessions(',
  'staffRepository.update(',
  'staffRepository.replaceUnits(',
  'staffRepository.updatePassword(',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('every session or account change empties the session cache', () => {
  it('each file whose code ends sessions or changes accounts calls sessionsChanged', () => {
    const modules = join(dirname(fileURLToPath(import.meta.url)), '..');
    const offenders: string[] = [];
    let writers = 0;
    for (const file of sourceFiles(join(modules, '..'))) {
      const text = readFileSync(file, 'utf8');
      if (!WRITES.some((w) => text.includes(w))) continue;
      writers++;
      if (!text.includes('sessionsChanged(')) offenders.push(relative(modules, file));
    }
    expect(offenders).toEqual([]);
    expect(writers).toBeGreaterThanOrEqual(4);
  });
});
