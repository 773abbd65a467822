import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import {
  createStaff,
  createTestContext,
  json,
  loginAs,
  TEST_PASSWORD,
  type TestContext,
} from '../../test/test-context.ts';
import { SESSION_IDLE_MS, SESSION_TOUCH_MS } from './auth.service.ts';
import { SESSION_CACHE_MS } from './session-cache.ts';

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

  it('an account deactivated outside this process is logged out once its session is no longer cached', async () => {
    // By hand in the database, as another server or a DBA would: this process learns it when its
    // cached look-up is SESSION_CACHE_MS old. (Through this process: at once, see the next tests
    // and staff.routes.test.ts.)
    const start = new Date();
    t.setNow(start);
    const api = await loginAs(t, 'leaver');
    expect((await api.get('/api/auth/me')).status).toBe(200);
    await t.db.execute(sql`update staff_user set active = false where username = 'leaver'`);
    t.setNow(new Date(start.getTime() + SESSION_CACHE_MS));
    expect((await api.get('/api/auth/me')).status).toBe(401);
    t.setNow(new Date());
  });
});

describe('the session cache (a request within two seconds of the last look-up asks no database)', () => {
  const sessionRows = async (username: string) =>
    rowsOf(
      await t.db.execute(sql`
        select 1 from staff_session s join staff_user u on u.id = s.staff_id where u.username = ${username}`),
    ).length;

  it('serves a looked-up session for SESSION_CACHE_MS, then asks the database again', async () => {
    await createStaff(t, 'cached', 'coach');
    const start = new Date();
    t.setNow(start);
    const api = await loginAs(t, 'cached');
    expect((await api.get('/api/auth/me')).status).toBe(200);
    // Removed behind the process's back: the cached look-up still answers…
    await t.db.execute(
      sql`delete from staff_session where staff_id = (select id from staff_user where username = 'cached')`,
    );
    t.setNow(new Date(start.getTime() + SESSION_CACHE_MS - 1));
    expect((await api.get('/api/auth/me')).status).toBe(200);
    // …until it is SESSION_CACHE_MS old.
    t.setNow(new Date(start.getTime() + SESSION_CACHE_MS));
    expect((await api.get('/api/auth/me')).status).toBe(401);
    t.setNow(new Date());
  });

  it('logout: the session is refused at once, also right after it was cached', async () => {
    await createStaff(t, 'logsout', 'coach');
    const api = await loginAs(t, 'logsout');
    expect((await api.get('/api/auth/me')).status).toBe(200);
    expect((await api.get('/api/auth/me')).status).toBe(200); // from the cache
    expect((await api.post('/api/auth/logout')).status).toBe(204);
    expect((await api.get('/api/auth/me')).status).toBe(401);
    expect(await sessionRows('logsout')).toBe(0);
  });

  it("a password change ends the account's other sessions at once; the changer's own goes on", async () => {
    await createStaff(t, 'twotabs', 'coach');
    const here = await loginAs(t, 'twotabs');
    const elsewhere = await loginAs(t, 'twotabs');
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(200); // both cached
    const changed = await here.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'ett-helt-annat-långt-lösenord',
    });
    expect(changed.status, await changed.clone().text()).toBe(204);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect(await sessionRows('twotabs')).toBe(1);
  });
});
