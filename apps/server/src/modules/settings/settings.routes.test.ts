import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupCaseWorld } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  anonymousClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';
import { DEFAULT_EXIT_CORRECTION_DAYS, settingsRepository } from './index.ts';

let t: TestContext;
let admin: ApiClient;
let clients: Record<'anonymous' | 'coach' | 'manager' | 'liaison', ApiClient>;

beforeAll(async () => {
  t = await createTestContext();
  await setupCaseWorld(t);
  admin = await loginAs(t, 'admin');
  clients = {
    anonymous: anonymousClient(t),
    coach: await loginAs(t, 'coach'),
    manager: await loginAs(t, 'chef'),
    liaison: await loginAs(t, 'liaison'),
  };
});
afterAll(() => t.close());

describe('the municipality settings', () => {
  it('without a saved row: the defaults, for the repository other modules read and for the administrator', async () => {
    expect(DEFAULT_EXIT_CORRECTION_DAYS).toBe(30);
    expect(await settingsRepository.get(t.db, '1488')).toEqual({
      municipalityCode: '1488',
      displayName: 'Trollhättan',
      exitCorrectionDays: 30,
      version: 0,
      updatedAt: null,
    });
    const res = await admin.get('/api/admin/settings');
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ displayName: 'Trollhättan', exitCorrectionDays: 30, version: 0 });
  });

  for (const [method, body] of [
    ['GET', undefined],
    ['PUT', { version: 0, displayName: 'Smyg', exitCorrectionDays: 1 }],
  ] as const) {
    it(`${method} /api/admin/settings: anonymous 401, coach/manager/liaison 403, nothing saved`, async () => {
      expect((await clients.anonymous.request(method, '/api/admin/settings', body)).status).toBe(401);
      for (const role of ['coach', 'manager', 'liaison'] as const) {
        expect((await clients[role].request(method, '/api/admin/settings', body)).status, role).toBe(403);
      }
      expect((await settingsRepository.get(t.db, '1488')).exitCorrectionDays).toBe(30);
    });
  }

  it('saves the name and the correction period with the version; stale is 409; the range is 0–365', async () => {
    const saved = await admin.put('/api/admin/settings', {
      version: 0,
      displayName: 'Trollhättans stad',
      exitCorrectionDays: 14,
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect(await json(saved)).toMatchObject({
      displayName: 'Trollhättans stad',
      exitCorrectionDays: 14,
      version: 1,
    });
    expect(await settingsRepository.get(t.db, '1488')).toMatchObject({
      displayName: 'Trollhättans stad',
      exitCorrectionDays: 14,
      version: 1,
    });
    // Everyone's session names the municipality as the administrator set it, without a restart.
    expect((await json(await admin.get('/api/auth/me'))).user.municipality.name).toBe('Trollhättans stad');

    const stale = await admin.put('/api/admin/settings', {
      version: 0,
      displayName: 'X',
      exitCorrectionDays: 1,
    });
    expect(stale.status).toBe(409);
    const again = await admin.put('/api/admin/settings', {
      version: 1,
      displayName: 'Trollhättan',
      exitCorrectionDays: 0,
    });
    expect(again.status).toBe(200);
    expect((await json(again)).version).toBe(2);

    const tooMany = await admin.put('/api/admin/settings', {
      version: 2,
      displayName: 'Trollhättan',
      exitCorrectionDays: 366,
    });
    expect(tooMany.status).toBe(400);
    expect((await json(tooMany)).errors).toEqual([
      { path: 'exitCorrectionDays', message: 'Högst 365 dagar.' },
    ]);
    const noName = await admin.put('/api/admin/settings', {
      version: 2,
      displayName: '  ',
      exitCorrectionDays: 5,
    });
    expect(noName.status).toBe(400);
    expect((await json(noName)).errors[0].path).toBe('displayName');
    expect((await settingsRepository.get(t.db, '1488')).exitCorrectionDays).toBe(0);
  });
});
