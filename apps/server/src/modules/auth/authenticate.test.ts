import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { createStaff, createTestContext, json, loginAs, type TestContext } from '../../test/test-context.ts';
import { SESSION_IDLE_MS, SESSION_TOUCH_MS } from './auth.service.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  await createStaff(t, 'glider', 'coach', ['Jobbcentrum 25+', 'Framtidscentrum 16–24']);
  await createStaff(t, 'leaver', 'coach');
});
afterAll(() => t.close());

async function session(username: string) {
  return rowsOf<{ last_seen_at: string; expires_at: string }>(
    await t.db.execute(sql`
      select s.last_seen_at::text, s.expires_at::text from staff_session s
      join staff_user u on u.id = s.staff_id where u.username = ${username}`),
  );
}

describe('authenticating a request (every request)', () => {
  it('writes the session row at most once a minute; the idle timeout slides with use and then ends it', async () => {
    const start = new Date(Math.floor(Date.now() / 1000) * 1000);
    t.setNow(start);
    const api = await loginAs(t, 'glider');
    const [created] = await session('glider');

    t.setNow(new Date(start.getTime() + SESSION_TOUCH_MS / 2));
    const me = await api.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect((await json(me)).user.unitIds).toHaveLength(2); // unit ids come with the session query
    expect(await session('glider')).toEqual([created]); // no write

    const touchedAt = new Date(start.getTime() + SESSION_TOUCH_MS + 1000);
    t.setNow(touchedAt);
    expect((await api.get('/api/auth/me')).status).toBe(200);
    const [touched] = await session('glider');
    expect(new Date(touched!.last_seen_at).getTime()).toBe(touchedAt.getTime());
    expect(new Date(touched!.expires_at).getTime()).toBe(touchedAt.getTime() + SESSION_IDLE_MS);

    // Used again just before two idle hours: valid, and the expiry slides again.
    const lastUse = new Date(touchedAt.getTime() + SESSION_IDLE_MS - 1000);
    t.setNow(lastUse);
    expect((await api.get('/api/auth/me')).status).toBe(200);
    // Two idle hours after the last use: ended, and the row is gone.
    t.setNow(new Date(lastUse.getTime() + SESSION_IDLE_MS + 1000));
    expect((await api.get('/api/auth/me')).status).toBe(401);
    expect(await session('glider')).toEqual([]);
    t.setNow(new Date());
  });

  it('a deactivated account is logged out at its next request', async () => {
    const api = await loginAs(t, 'leaver');
    expect((await api.get('/api/auth/me')).status).toBe(200);
    await t.db.execute(sql`update staff_user set active = false where username = 'leaver'`);
    expect((await api.get('/api/auth/me')).status).toBe(401);
  });
});
