import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FC, intakeBody, JC, pnr, setupCaseWorld, vocab } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  anonymousClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';

let t: TestContext;
let coach: ApiClient;
let coach2: ApiClient;
let liaison: ApiClient;
let world: Awaited<ReturnType<typeof setupCaseWorld>>;
let manager: ApiClient;
let admin: ApiClient;
const ids: Record<string, string> = {};

const truckNeed = {
  id: 'need-1',
  occupation: vocab.occupation('lagerarbetare'),
  requiredSkills: [vocab.skill('truckkorning')],
  licences: ['TRUCK-B1'],
  municipality: '1488',
  positions: 2,
  extentPercent: 100,
};

const warehouseProfile = (withTruck: boolean) => ({
  occupations: [{ id: vocab.occupation('lagerarbetare'), years: 3 }],
  skills: withTruck ? [vocab.skill('truckkorning')] : [],
  licences: withTruck ? ['B', 'TRUCK-B1'] : ['B'],
  languages: [{ code: 'sv', level: 'SFI-D' }],
  municipality: '1488',
});

async function intake(client: ApiClient, birthDate: string, firstName: string, profile: object) {
  const res = await client.post(
    '/api/participants',
    intakeBody({ personnummer: pnr(birthDate), firstName, profile }),
  );
  expect(res.status, await res.clone().text()).toBe(201);
  return (await json(res)) as { id: string; profileVersion: number };
}

beforeAll(async () => {
  t = await createTestContext();
  world = await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
  coach2 = await loginAs(t, 'coach2');
  liaison = await loginAs(t, 'liaison');
  manager = await loginAs(t, 'chef');
  admin = await loginAs(t, 'admin');
  ids.ready = (await intake(coach, '1980-02-03', 'Redo', warehouseProfile(true))).id;
  ids.noLicence = (await intake(coach, '1981-03-04', 'Utanlicens', warehouseProfile(false))).id;
  ids.cleaner = (
    await intake(coach, '1982-04-05', 'Städ', {
      occupations: [{ id: vocab.occupation('stadare'), years: 5 }],
      municipality: '1488',
    })
  ).id;
  ids.young = (await intake(coach2, '2005-05-06', 'Ung', warehouseProfile(true))).id;
  ids.partTime = (
    await intake(coach, '1983-06-07', 'Deltid', { ...warehouseProfile(true), extentPercent: 25 })
  ).id;
});
afterAll(() => t.close());

describe('POST /api/matching/candidates', () => {
  it('coach: ranked, named candidates from their own units only, never a blocked pair', async () => {
    const res = await coach.post('/api/matching/candidates', { need: truckNeed });
    expect(res.status).toBe(200);
    const body = await json(res);
    const found = body.candidates.map((c: { participantId: string }) => c.participantId);
    expect(found[0]).toBe(ids.ready);
    expect(found).not.toContain(ids.young); // Framtidscentrum: not the coach's unit
    expect(found).not.toContain(ids.partTime); // hard blocker: can work 25 %, the job is 100 %
    // A missing truck licence is a gap that a course closes: ranked lower, "ready in N weeks".
    const nearMiss = body.candidates.find(
      (c: { participantId: string }) => c.participantId === ids.noLicence,
    );
    expect(found.indexOf(ids.noLicence)).toBeGreaterThan(0);
    expect(
      nearMiss.gaps.some(
        (g: { requirement: { code?: string } }) => g.requirement.code?.toUpperCase() === 'TRUCK-B1',
      ),
    ).toBe(true);
    expect(nearMiss.readyInWeeks).toBeGreaterThan(0);
    const first = body.candidates[0];
    expect(first.displayName).toContain('Redo');
    expect(first.pseudonymised).toBe(false);
    expect(first.blockers).toEqual([]);
    expect(
      first.factors.find((f: { factor: string }) => f.factor === 'occupation').contribution,
    ).toBeGreaterThan(0);
  });

  it('filters on the server: unit, my people, coach, commute and readiness; another unit is a 400', async () => {
    const ask = async (client: ApiClient, filters: Record<string, unknown>) => {
      const res = await client.post('/api/matching/candidates', { need: truckNeed, ...filters });
      expect(res.status, await res.clone().text()).toBe(200);
      return (await json(res)).candidates as Array<{
        participantId: string;
        unitId: string;
        coachId: string | null;
        commuteKm: number | null;
        readyInWeeks: number;
      }>;
    };
    const all = await ask(liaison, {});
    const fc = world.units[FC]!;
    const onlyFc = await ask(liaison, { unitId: fc });
    expect(onlyFc.map((c) => c.participantId)).toEqual([ids.young]);
    expect(onlyFc.every((c) => c.unitId === fc && c.coachId === null)).toBe(true); // pseudonymised: no coach
    expect((await ask(liaison, { mine: true })).length).toBe(0); // a liaison has no caseload
    const mine = await ask(coach, { mine: true });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c) => c.coachId === world.staff.coach.id)).toBe(true);
    expect(await ask(coach, { coachId: world.staff.coach3.id })).toEqual([]);
    const ready = await ask(liaison, { readyWithinWeeks: 0 });
    expect(ready.map((c) => c.participantId)).not.toContain(ids.noLicence);
    expect(ready.every((c) => c.readyInWeeks === 0)).toBe(true);
    expect(all.map((c) => c.participantId)).toContain(ids.noLicence);
    const near = await ask(liaison, { maxCommuteKm: 0 });
    expect(near.every((c) => c.commuteKm !== null && c.commuteKm <= 0)).toBe(true);
    const other = await coach2.post('/api/matching/candidates', {
      need: truckNeed,
      unitId: world.units[JC],
    });
    expect(other.status).toBe(400);
    expect((await json(other)).errors[0].path).toBe('unitId');
  });

  it('liaison: candidates across their units, pseudonymised', async () => {
    const body = await json(await liaison.post('/api/matching/candidates', { need: truckNeed }));
    const found = body.candidates.map((c: { participantId: string }) => c.participantId);
    expect(found).toEqual(expect.arrayContaining([ids.ready, ids.young]));
    for (const c of body.candidates) {
      expect(c.pseudonymised).toBe(true);
      expect(c.displayName).toMatch(/^Kandidat K-[0-9A-F]{6}$/);
      expect(JSON.stringify(c)).not.toMatch(/Redo|Ung /);
    }
  });

  it('manager may, admin may not (403, audited), anonymous 401', async () => {
    expect((await manager.post('/api/matching/candidates', { need: truckNeed })).status).toBe(200);
    expect((await admin.post('/api/matching/candidates', { need: truckNeed })).status).toBe(403);
    expect((await anonymousClient(t).post('/api/matching/candidates', { need: truckNeed })).status).toBe(401);
  });

  it('unknown taxonomy ids and codes get a 400 naming the field', async () => {
    const res = await coach.post('/api/matching/candidates', {
      need: { ...truckNeed, occupation: 'finns-inte', licences: ['XYZ'] },
    });
    expect(res.status).toBe(400);
    const paths = (await json(res)).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['need.occupation', 'need.licences.0']));
  });

  it('follows profile edits without a rebuild', async () => {
    const before = await json(await coach.post('/api/matching/candidates', { need: truckNeed }));
    const idsOf = (b: { candidates: Array<{ participantId: string }> }) =>
      b.candidates.map((c) => c.participantId);
    expect(idsOf(before)).not.toContain(ids.partTime);
    const detail = await json(await coach.get(`/api/participants/${ids.partTime}`));
    const put = await coach.put(`/api/participants/${ids.partTime}/profile`, {
      version: detail.profileVersion,
      profile: { ...warehouseProfile(true), extentPercent: 100 },
    });
    expect(put.status, await put.clone().text()).toBe(200);
    const after = await json(await coach.post('/api/matching/candidates', { need: truckNeed }));
    expect(idsOf(after)).toContain(ids.partTime);
  });
});

describe('POST /api/matching/participants/{id}/needs', () => {
  const needs = [
    truckNeed,
    { id: 'need-clean', occupation: vocab.occupation('stadare'), municipality: '1488' },
  ];

  it('coach of the unit: the needs ranked for the person, best first', async () => {
    const res = await coach.post(`/api/matching/participants/${ids.cleaner}/needs`, { needs });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.needs[0].needId).toBe('need-clean');
  });

  it('another unit gets 404; liaison and admin 403; anonymous 401', async () => {
    expect((await coach2.post(`/api/matching/participants/${ids.cleaner}/needs`, { needs })).status).toBe(
      404,
    );
    expect((await liaison.post(`/api/matching/participants/${ids.cleaner}/needs`, { needs })).status).toBe(
      403,
    );
    expect((await admin.post(`/api/matching/participants/${ids.cleaner}/needs`, { needs })).status).toBe(403);
    expect(
      (await anonymousClient(t).post(`/api/matching/participants/${ids.cleaner}/needs`, { needs })).status,
    ).toBe(401);
  });
});

describe('GET /api/matching/participants/{id}/alternatives', () => {
  it('coach: alternative occupations with what they would require', async () => {
    const res = await coach.get(`/api/matching/participants/${ids.ready}/alternatives`);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.alternatives.length).toBeGreaterThan(0);
    expect(body.alternatives[0]).toHaveProperty('missingSkills');
  });

  it('manager may; another unit 404; liaison 403; anonymous 401', async () => {
    expect((await manager.get(`/api/matching/participants/${ids.ready}/alternatives`)).status).toBe(200);
    expect((await coach2.get(`/api/matching/participants/${ids.ready}/alternatives`)).status).toBe(404);
    expect((await liaison.get(`/api/matching/participants/${ids.ready}/alternatives`)).status).toBe(403);
    expect(
      (await anonymousClient(t).get(`/api/matching/participants/${ids.ready}/alternatives`)).status,
    ).toBe(401);
  });
});
