import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousClient,
  createStaff,
  createTestContext,
  json,
  loginAs,
  TEST_PASSWORD,
  type TestContext,
} from '../../test/test-context.ts';
import { THROTTLE_MAX_FAILURES } from './auth.service.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  await createStaff(t, 'coach', 'coach', ['Jobbcentrum 25+']);
  await createStaff(t, 'throttled', 'coach');
});
afterAll(() => t.close());

describe('login', () => {
  it('returns the user, a CSRF token and an HttpOnly SameSite session cookie', async () => {
    const res = await anonymousClient(t).post('/api/auth/login', {
      username: 'Coach',
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.user).toMatchObject({ username: 'coach', role: 'coach', municipality: { code: '1488' } });
    expect(body.user.unitIds).toHaveLength(1);
    expect(body.user.units).toEqual([{ id: body.user.unitIds[0], name: 'Jobbcentrum 25+' }]);
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/arbetsbro_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('answers a wrong password with 401 problem+json in Swedish, without saying which part was wrong', async () => {
    const res = await anonymousClient(t).post('/api/auth/login', {
      username: 'coach',
      password: 'fel-lösenord',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await json(res);
    expect(body).toMatchObject({ status: 401, detail: 'Fel användarnamn eller lösenord.' });
    const unknown = await anonymousClient(t).post('/api/auth/login', {
      username: 'finns-inte',
      password: 'x',
    });
    expect((await json(unknown)).detail).toBe(body.detail);
  });

  it('rejects a malformed body with 400 and field errors', async () => {
    const res = await anonymousClient(t).post('/api/auth/login', { username: '' });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['username', 'password']),
    );
    const broken = await anonymousClient(t).request('POST', '/api/auth/login', '{not json', {
      'content-type': 'application/json',
    });
    expect(broken.status).toBe(400);
  });

  it('throttles repeated failures with 429 and Retry-After, even for the right password', async () => {
    for (let i = 0; i < THROTTLE_MAX_FAILURES; i++) {
      expect(
        (await anonymousClient(t).post('/api/auth/login', { username: 'throttled', password: 'fel' })).status,
      ).toBe(401);
    }
    const res = await anonymousClient(t).post('/api/auth/login', {
      username: 'throttled',
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    // After the window the account works again.
    t.setNow(new Date(Date.now() + 16 * 60_000));
    expect(
      (await anonymousClient(t).post('/api/auth/login', { username: 'throttled', password: TEST_PASSWORD }))
        .status,
    ).toBe(200);
    t.setNow(new Date());
  });
});

describe('session', () => {
  it('an unauthenticated call to a protected route gets 401', async () => {
    const res = await anonymousClient(t).get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('me returns the session; logout ends it', async () => {
    const api = await loginAs(t, 'coach');
    expect((await api.get('/api/auth/me')).status).toBe(200);
    expect((await api.post('/api/auth/logout')).status).toBe(204);
    expect((await api.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a write without the CSRF token', async () => {
    const api = await loginAs(t, 'coach');
    const res = await api.request('POST', '/api/auth/logout', undefined, { 'x-csrf-token': 'wrong' });
    expect(res.status).toBe(403);
    expect((await api.get('/api/auth/me')).status).toBe(200);
  });

  it('expires after two idle hours', async () => {
    const api = await loginAs(t, 'coach');
    t.setNow(new Date(Date.now() + 2 * 60 * 60_000 + 1000));
    expect((await api.get('/api/auth/me')).status).toBe(401);
    t.setNow(new Date());
  });
});

describe('password change', () => {
  it('requires the current password and a long enough new one, then works with the new one', async () => {
    await createStaff(t, 'byter', 'coach');
    const api = await loginAs(t, 'byter');
    expect(
      (
        await api.post('/api/auth/password', {
          currentPassword: 'fel',
          newPassword: 'ett-långt-nytt-lösenord',
        })
      ).status,
    ).toBe(400);
    const short = await api.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'kort',
    });
    expect(short.status).toBe(400);
    expect((await json(short)).detail).toMatch(/minst 12 tecken/);
    expect(
      (
        await api.post('/api/auth/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'ett-långt-nytt-lösenord',
        })
      ).status,
    ).toBe(204);
    await expect(loginAs(t, 'byter')).rejects.toThrow(/401/);
    await loginAs(t, 'byter', 'ett-långt-nytt-lösenord');
  });

  it('is not for anonymous callers', async () => {
    expect(
      (await anonymousClient(t).post('/api/auth/password', { currentPassword: 'a', newPassword: 'b' }))
        .status,
    ).toBe(401);
  });
});
