import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { FC, JC, setupCaseWorld } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  anonymousClient,
  createStaff,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';

// Staff accounts administered in the web app: one-time links instead of passwords chosen by the
// administrator, deactivation that ends sessions at once, and always an active administrator.

let t: TestContext;
let world: Awaited<ReturnType<typeof setupCaseWorld>>;
let admin: ApiClient;
let clients: Record<'anonymous' | 'coach' | 'manager' | 'liaison', ApiClient>;
const GOOD_PASSWORD = 'ett-långt-och-bra-lösenord';

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  world = await setupCaseWorld(t);
  admin = await loginAs(t, 'admin');
  clients = {
    anonymous: anonymousClient(t),
    coach: await loginAs(t, 'coach'),
    manager: await loginAs(t, 'chef'),
    liaison: await loginAs(t, 'liaison'),
  };
});
afterAll(() => t.close());

async function accounts(by = admin) {
  const items: Array<{ username: string }> = (await json(await by.get('/api/admin/accounts'))).items;
  return items;
}
async function account(username: string, by = admin) {
  const found = (await accounts(by)).find((a) => a.username === username);
  if (!found) throw new Error(`no account ${username}`);
  return found as Awaited<ReturnType<typeof json>>;
}
async function create(body: Record<string, unknown>) {
  const res = await admin.post('/api/admin/accounts', body);
  expect(res.status, await res.clone().text()).toBe(201);
  return json(res);
}
async function setPassword(token: string, newPassword = GOOD_PASSWORD) {
  return anonymousClient(t).post('/api/public/password-link/password', { token, newPassword });
}
async function tryLogin(username: string, password: string) {
  return t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

describe('authorization: administration is for administrators only', () => {
  const routes: Array<[string, string, (ids: { staffId: string }) => unknown]> = [
    ['GET', '/api/admin/accounts', () => undefined],
    ['POST', '/api/admin/accounts', () => ({ username: 'nobody', displayName: 'N', role: 'liaison' })],
    ['PATCH', '/api/admin/accounts/{staffId}', () => ({ version: 1, displayName: 'X' })],
    ['PUT', '/api/admin/accounts/{staffId}/active', () => ({ version: 1, active: false })],
    ['POST', '/api/admin/accounts/{staffId}/password-link', () => undefined],
  ];
  for (const [method, path, body] of routes) {
    it(`${method} ${path}: anonymous 401, coach/manager/liaison 403, nothing changed`, async () => {
      const target = world.staff.coach3.id;
      const url = path.replace('{staffId}', target);
      const before = await account('coach3');
      expect((await clients.anonymous.request(method, url, body({ staffId: target }))).status).toBe(401);
      for (const role of ['coach', 'manager', 'liaison'] as const) {
        const res = await clients[role].request(method, url, body({ staffId: target }));
        expect(res.status, role).toBe(403);
        expect((await json(res)).detail).toBe('Konton, enheter och inställningar sköts av administratörer.');
      }
      expect(await account('coach3')).toEqual(before);
      expect((await accounts()).some((a) => a.username === 'nobody')).toBe(false);
    });
  }

  it('a denied attempt is audited as access_denied', async () => {
    const res = await clients.coach.get('/api/admin/accounts');
    expect(res.status).toBe(403);
    const rows = rowsOf<{ action: string; reason: string }>(
      await t.db.execute(
        sql`select action, reason from audit_event where actor_id = ${world.staff.coach.id} order by seq desc limit 1`,
      ),
    );
    expect(rows[0]).toEqual({ action: 'access_denied', reason: 'staff.list' });
  });

  it('the administrator lists every account with role, units and state, and no password hash', async () => {
    const res = await admin.get('/api/admin/accounts');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(JSON.stringify(body)).not.toContain('argon2');
    const chef = body.items.find((a: { username: string }) => a.username === 'chef');
    expect(chef).toMatchObject({ role: 'manager', active: true, pendingLink: null });
    expect(chef.units.map((u: { name: string }) => u.name).sort()).toEqual([FC, JC].sort());
    // chef logged in in beforeAll: the audit trail knows when.
    expect(chef.lastLoginAt).toBe('2026-10-15T09:00:00.000Z');
  });
});

describe('a new account gets a one-time link, never a password from the administrator', () => {
  let created: Awaited<ReturnType<typeof json>>;

  beforeAll(async () => {
    created = await create({
      username: 'Nya.Coachen',
      displayName: 'Nya Coachen',
      role: 'coach',
      unitIds: [world.units[JC]],
    });
  });

  it('is created with its unit and an invitation link valid 72 hours, the token in the fragment', async () => {
    expect(created.account).toMatchObject({
      username: 'nya.coachen',
      displayName: 'Nya Coachen',
      role: 'coach',
      active: true,
      lastLoginAt: null,
      units: [{ id: world.units[JC], name: JC }],
      pendingLink: { purpose: 'invite', expiresAt: '2026-10-18T09:00:00.000Z' },
    });
    expect(created.link.path).toBe(`/valj-losenord#${created.link.token}`);
    expect(created.link.token.length).toBeGreaterThanOrEqual(40);
    expect(created.link.expiresAt).toBe('2026-10-18T09:00:00.000Z');
  });

  it('stores only the SHA-256 of the token', async () => {
    const rows = rowsOf<Record<string, unknown>>(
      await t.db.execute(sql`select * from staff_password_link where staff_id = ${created.account.id}`),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(createHash('sha256').update(created.link.token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(created.link.token);
  });

  it('cannot be logged in to before the link is used', async () => {
    expect((await tryLogin('nya.coachen', GOOD_PASSWORD)).status).toBe(401);
  });

  it('the link names the account; a weak password is refused on its field; then the person logs in', async () => {
    const info = await anonymousClient(t).post('/api/public/password-link', { token: created.link.token });
    expect(info.status).toBe(200);
    expect(await json(info)).toEqual({
      username: 'nya.coachen',
      displayName: 'Nya Coachen',
      purpose: 'invite',
      expiresAt: '2026-10-18T09:00:00.000Z',
    });

    const short = await setPassword(created.link.token, 'kort');
    expect(short.status).toBe(400);
    expect((await json(short)).errors).toEqual([{ path: 'newPassword', message: 'Minst 12 tecken.' }]);
    const withName = await setPassword(created.link.token, 'nya.coachen-har-ett-lösen');
    expect(withName.status).toBe(400);
    expect((await json(withName)).errors[0].path).toBe('newPassword');

    expect((await setPassword(created.link.token)).status).toBe(204);
    const coach = await loginAs(t, 'nya.coachen', GOOD_PASSWORD);
    const me = await json(await coach.get('/api/auth/me'));
    expect(me.user).toMatchObject({ role: 'coach', unitIds: [world.units[JC]] });
    expect(await account('nya.coachen')).toMatchObject({ pendingLink: null });
    expect((await account('nya.coachen')).lastLoginAt).not.toBeNull();
  });

  it('works once: the used link answers 404 with a Swedish message', async () => {
    const again = await setPassword(created.link.token, 'ett-annat-långt-lösenord');
    expect(again.status).toBe(404);
    expect((await json(again)).detail).toMatch(/redan använts/);
    expect(
      (await anonymousClient(t).post('/api/public/password-link', { token: created.link.token })).status,
    ).toBe(404);
    expect((await tryLogin('nya.coachen', GOOD_PASSWORD)).status).toBe(200);
  });

  it('the creation is audited with the role, not the token', async () => {
    const rows = rowsOf<{ action: string; details: unknown; entity_id: string }>(
      await t.db.execute(
        sql`select action, details, entity_id from audit_event where reason = 'staff.create' and entity_id = ${created.account.id}`,
      ),
    );
    expect(rows.map((r) => r.action)).toEqual(['create']);
    expect(JSON.stringify(rows)).not.toContain(created.link.token);
  });

  it('refuses a taken username, a coach without a unit and an unknown unit, each on its field', async () => {
    const taken = await admin.post('/api/admin/accounts', {
      username: 'COACH',
      displayName: 'X',
      role: 'liaison',
    });
    expect(taken.status).toBe(400);
    expect((await json(taken)).errors).toEqual([
      { path: 'username', message: 'Användarnamnet coach är upptaget. Välj ett annat.' },
    ]);
    const noUnit = await admin.post('/api/admin/accounts', {
      username: 'c9',
      displayName: 'X',
      role: 'coach',
    });
    expect(noUnit.status).toBe(400);
    expect((await json(noUnit)).errors[0].path).toBe('unitIds');
    const unknown = await admin.post('/api/admin/accounts', {
      username: 'c9',
      displayName: 'X',
      role: 'liaison',
      unitIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.status).toBe(400);
    expect((await json(unknown)).errors[0].path).toBe('unitIds');
    const badName = await admin.post('/api/admin/accounts', {
      username: 'å ä',
      displayName: 'X',
      role: 'liaison',
    });
    expect(badName.status).toBe(400);
    expect((await json(badName)).errors[0].path).toBe('username');
    expect((await accounts()).some((a) => a.username === 'c9')).toBe(false);
  });
});

describe('changing, deactivating and resetting accounts', () => {
  it('role and units change from the next request; a stale version answers 409', async () => {
    await createStaff(t, 'flytt', 'coach', [JC]);
    const session = await loginAs(t, 'flytt');
    const before = await account('flytt');
    const res = await admin.patch(`/api/admin/accounts/${before.id}`, {
      version: before.version,
      role: 'manager',
      unitIds: [world.units[FC]],
      displayName: 'Flytt Chef',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const after = await json(res);
    expect(after).toMatchObject({ role: 'manager', displayName: 'Flytt Chef', units: [{ name: FC }] });
    expect(after.version).toBe(before.version + 1);
    const me = await json(await session.get('/api/auth/me'));
    expect(me.user).toMatchObject({ role: 'manager', unitIds: [world.units[FC]] });

    const stale = await admin.patch(`/api/admin/accounts/${before.id}`, {
      version: before.version,
      role: 'coach',
    });
    expect(stale.status).toBe(409);
    expect((await json(stale)).detail).toMatch(/ändrat kontot/);
    expect(await account('flytt')).toMatchObject({ role: 'manager' });
  });

  it('deactivation ends the sessions at once and refuses login; reactivation lets the person in again', async () => {
    await createStaff(t, 'paus', 'liaison', [JC]);
    const session = await loginAs(t, 'paus');
    expect((await session.get('/api/auth/me')).status).toBe(200);
    const acc = await account('paus');
    const off = await admin.put(`/api/admin/accounts/${acc.id}/active`, {
      version: acc.version,
      active: false,
    });
    expect(off.status, await off.clone().text()).toBe(200);
    expect((await json(off)).active).toBe(false);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    const sessions = rowsOf(await t.db.execute(sql`select 1 from staff_session where staff_id = ${acc.id}`));
    expect(sessions).toHaveLength(0);
    expect((await tryLogin('paus', 'korrekt-häst-batteri-häftklammer')).status).toBe(401);
    // No link for a deactivated account.
    expect((await admin.post(`/api/admin/accounts/${acc.id}/password-link`)).status).toBe(409);

    const on = await admin.put(`/api/admin/accounts/${acc.id}/active`, {
      version: acc.version + 1,
      active: true,
    });
    expect(on.status).toBe(200);
    expect((await tryLogin('paus', 'korrekt-häst-batteri-häftklammer')).status).toBe(200);
  });

  it('there is always an active administrator: the last one cannot be demoted or deactivated', async () => {
    const only = await account('admin');
    const demote = await admin.patch(`/api/admin/accounts/${only.id}`, {
      version: only.version,
      role: 'coach',
      unitIds: [world.units[JC]],
    });
    expect(demote.status).toBe(409);
    expect((await json(demote)).detail).toMatch(/minst en aktiv administratör/);
    const self = await admin.put(`/api/admin/accounts/${only.id}/active`, {
      version: only.version,
      active: false,
    });
    expect(self.status).toBe(409);
    expect((await account('admin')).role).toBe('admin');

    // With a second administrator, one may step down; then the other is the last one again.
    await createStaff(t, 'admin2', 'admin');
    const admin2 = await loginAs(t, 'admin2');
    const first = await account('admin');
    const stepDown = await admin2.patch(`/api/admin/accounts/${first.id}`, {
      version: first.version,
      role: 'liaison',
    });
    expect(stepDown.status, await stepDown.clone().text()).toBe(200);
    // admin's own session is a liaison's now: the administration is closed to it at once.
    expect((await admin.get('/api/admin/accounts')).status).toBe(403);
    const second = await account('admin2', admin2);
    expect(
      (await admin2.patch(`/api/admin/accounts/${second.id}`, { version: second.version, role: 'liaison' }))
        .status,
    ).toBe(409);
    // Restore for the other tests: admin2 makes admin an administrator again.
    const back = await admin2.patch(`/api/admin/accounts/${first.id}`, {
      version: first.version + 1,
      role: 'admin',
    });
    expect(back.status).toBe(200);
    admin = await loginAs(t, 'admin');
  });

  it('a reset link: the old password works until it is used, a newer link replaces it, using it ends every session', async () => {
    await createStaff(t, 'glomsk', 'coach', [FC]);
    const session = await loginAs(t, 'glomsk');
    const acc = await account('glomsk');
    const first = await json(await admin.post(`/api/admin/accounts/${acc.id}/password-link`));
    expect(first.purpose).toBe('reset');
    const res = await admin.post(`/api/admin/accounts/${acc.id}/password-link`);
    expect(res.status).toBe(201);
    const second = await json(res);
    expect((await account('glomsk')).pendingLink).toMatchObject({ purpose: 'reset' });
    expect((await session.get('/api/auth/me')).status).toBe(200);
    expect((await setPassword(first.token)).status).toBe(404);
    expect((await setPassword(second.token)).status).toBe(204);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await tryLogin('glomsk', 'korrekt-häst-batteri-häftklammer')).status).toBe(401);
    expect((await tryLogin('glomsk', GOOD_PASSWORD)).status).toBe(200);
  });

  it('a link expires after 72 hours', async () => {
    await createStaff(t, 'tidsgrans', 'coach', [FC]);
    const acc = await account('tidsgrans');
    const link = await json(await admin.post(`/api/admin/accounts/${acc.id}/password-link`));
    t.setNow(new Date('2026-10-18T09:00:01Z'));
    try {
      expect((await setPassword(link.token)).status).toBe(404);
      expect((await account('tidsgrans', await loginAs(t, 'admin'))).pendingLink).toBeNull();
    } finally {
      t.setNow(new Date('2026-10-15T09:00:00Z'));
    }
    // The same link, a second before it expires: it was the time that stopped it.
    t.setNow(new Date('2026-10-18T08:59:59Z'));
    try {
      expect((await setPassword(link.token)).status).toBe(204);
    } finally {
      t.setNow(new Date('2026-10-15T09:00:00Z'));
    }
  });

  it('the public link routes refuse a body without a token, and an unknown token like a used one', async () => {
    const anon = anonymousClient(t);
    const empty = await anon.post('/api/public/password-link', {});
    expect(empty.status).toBe(400);
    const unknown = await anon.post('/api/public/password-link/password', {
      token: 'finns-inte',
      newPassword: GOOD_PASSWORD,
    });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).detail).toMatch(/Be administratören om en ny länk/);
  });

  it('an unknown account answers 404', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(
      (await admin.patch(`/api/admin/accounts/${missing}`, { version: 1, displayName: 'X' })).status,
    ).toBe(404);
    expect((await admin.post(`/api/admin/accounts/${missing}/password-link`)).status).toBe(404);
  });
});
