import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FC, JC, pnr, setupCaseWorld } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  anonymousClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';

// Units and their age ranges, administered in the web app: intake routing reads them at once.

let t: TestContext;
let world: Awaited<ReturnType<typeof setupCaseWorld>>;
let admin: ApiClient;
let clients: Record<'anonymous' | 'coach' | 'manager' | 'liaison', ApiClient>;

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

async function units() {
  const res = await admin.get('/api/admin/units');
  expect(res.status).toBe(200);
  const items: Array<{ name: string }> = (await json(res)).items;
  return items;
}
const byName = async (name: string): Promise<Awaited<ReturnType<typeof json>>> =>
  (await units()).find((u) => u.name === name);

describe('authorization', () => {
  const routes: Array<[string, string, unknown]> = [
    ['GET', '/api/admin/units', undefined],
    ['POST', '/api/admin/units', { name: 'Smygenheten' }],
    ['PATCH', '/api/admin/units/{unitId}', { version: 1, name: 'Smygenheten' }],
  ];
  for (const [method, path, body] of routes) {
    it(`${method} ${path}: anonymous 401, coach/manager/liaison 403, nothing changed`, async () => {
      const url = path.replace('{unitId}', world.units['Annan enhet']!);
      const before = await units();
      expect((await clients.anonymous.request(method, url, body)).status).toBe(401);
      for (const role of ['coach', 'manager', 'liaison'] as const) {
        expect((await clients[role].request(method, url, body)).status, role).toBe(403);
      }
      expect(await units()).toEqual(before);
    });
  }
});

describe('units and age ranges', () => {
  it('lists every unit with its range and how many accounts it has', async () => {
    const jc = await byName(JC);
    expect(jc).toMatchObject({ minAge: 25, maxAge: null, version: 1 });
    // coach, coach3, chef, admin, liaison
    expect(jc.staffCount).toBe(5);
    expect(await byName(FC)).toMatchObject({ minAge: 16, maxAge: 24 });
  });

  it('creates a unit; a duplicate name, min above max and ages outside 16–67 are refused on their field', async () => {
    const res = await admin.post('/api/admin/units', { name: 'Ungdomsteamet' });
    expect(res.status, await res.clone().text()).toBe(201);
    expect(await json(res)).toMatchObject({
      name: 'Ungdomsteamet',
      minAge: null,
      maxAge: null,
      staffCount: 0,
    });

    const dup = await admin.post('/api/admin/units', { name: ' ungdomsteamet ' });
    expect(dup.status).toBe(400);
    expect((await json(dup)).errors).toEqual([
      { path: 'name', message: 'Det finns redan en enhet som heter Ungdomsteamet.' },
    ]);
    const reversed = await admin.post('/api/admin/units', { name: 'Omvänd', minAge: 40, maxAge: 30 });
    expect(reversed.status).toBe(400);
    expect((await json(reversed)).errors[0].path).toBe('maxAge');
    const young = await admin.post('/api/admin/units', { name: 'För unga', minAge: 12 });
    expect(young.status).toBe(400);
    expect((await json(young)).errors[0]).toEqual({ path: 'minAge', message: 'Lägst 16 år.' });
    expect((await units()).map((u) => u.name)).not.toContain('Omvänd');
  });

  it('refuses a range overlapping another unit, naming that unit', async () => {
    const res = await admin.post('/api/admin/units', { name: 'Mitten', minAge: 20, maxAge: 30 });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.errors[0].path).toBe('minAge');
    expect(body.errors[0].message).toMatch(
      /överlappar (Framtidscentrum 16–24 \(16–24 år\)|Jobbcentrum 25\+ \(25 år och äldre\))/,
    );
  });

  it('renames and changes a range with the version; stale is 409; intake routing follows at once', async () => {
    const fc = await byName(FC);
    const jc = await byName(JC);
    // Make room first: Jobbcentrum 30+, then Framtidscentrum 16–29.
    const first = await admin.patch(`/api/admin/units/${jc.id}`, { version: jc.version, minAge: 30 });
    expect(first.status, await first.clone().text()).toBe(200);
    const second = await admin.patch(`/api/admin/units/${fc.id}`, {
      version: fc.version,
      maxAge: 29,
      name: 'Framtidscentrum 16–29',
    });
    expect(second.status, await second.clone().text()).toBe(200);
    expect(await json(second)).toMatchObject({
      name: 'Framtidscentrum 16–29',
      minAge: 16,
      maxAge: 29,
      version: 2,
    });

    const stale = await admin.patch(`/api/admin/units/${fc.id}`, { version: fc.version, maxAge: 24 });
    expect(stale.status).toBe(409);
    expect((await json(stale)).detail).toMatch(/ändrat enheten/);

    // A 27-year-old now belongs to Framtidscentrum: the intake check routes there at once.
    const check = await clients.coach.post('/api/participants/intake-check', {
      personnummer: pnr('1999-05-05'),
    });
    expect(check.status, await check.clone().text()).toBe(200);
    expect((await json(check)).suggestedUnitId).toBe(fc.id);
  });

  it('an overlap made by changing the upper age is shown on that field', async () => {
    const fc = await byName('Framtidscentrum 16–29');
    const res = await admin.patch(`/api/admin/units/${fc.id}`, {
      version: fc.version,
      minAge: 16,
      maxAge: 35,
    });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.errors[0].path).toBe('maxAge');
    expect(body.errors[0].message).toContain('Jobbcentrum 25+ (30 år och äldre)');
  });

  it('an unknown unit is 404', async () => {
    const res = await admin.patch('/api/admin/units/00000000-0000-4000-8000-000000000000', {
      version: 1,
      name: 'X',
    });
    expect(res.status).toBe(404);
  });
});
