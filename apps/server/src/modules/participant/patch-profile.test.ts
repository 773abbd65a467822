import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { intakeBody, pnr, setupCaseWorld, vocab } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  anonymousClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';

// PATCH /api/participants/{id}/profile: one section of the profile at a time.

let t: TestContext;
let coach: ApiClient;
let coach3: ApiClient;
let other: ApiClient;
let chef: ApiClient;
let admin: ApiClient;
let liaison: ApiClient;

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
  coach3 = await loginAs(t, 'coach3');
  other = await loginAs(t, 'other');
  chef = await loginAs(t, 'chef');
  admin = await loginAs(t, 'admin');
  liaison = await loginAs(t, 'liaison');
});
afterAll(() => t.close());

let seq = 0;
async function newPerson(profile: Record<string, unknown> = {}) {
  seq++;
  const birth = new Date(Date.UTC(1980, 0, 1 + seq)).toISOString().slice(0, 10);
  const res = await coach.post('/api/participants', intakeBody({ personnummer: pnr(birth), profile }));
  expect(res.status, await res.clone().text()).toBe(201);
  return json(res);
}

const patch = (client: ApiClient, id: string, version: number, profile: Record<string, unknown>) =>
  client.patch(`/api/participants/${id}/profile`, { version, profile });

async function profileAudits(id: string) {
  const r = await t.db.execute(
    sql`select action, details from audit_event
        where entity_id = ${id} and reason = 'participant.profile_update' order by seq`,
  );
  return rowsOf<{ action: string; details: Record<string, unknown> }>(r);
}

describe('saving one section of the profile', () => {
  it('changes only the fields sent, keeps the others, bumps profileVersion and audits the fields', async () => {
    const person = await newPerson({
      occupations: [{ id: vocab.occupation('lagerarbetare'), years: 3 }],
      skills: [vocab.skill('truckkorning')],
      licences: ['B'],
      languages: [{ code: 'sv', level: 'SFI-D' }],
      maxCommuteKm: 20,
      adaptations: ['physical.no_heavy_lifting'],
      adaptationsNote: 'Ryggen',
    });
    const skills = await patch(coach, person.id, person.profileVersion, {
      skills: [vocab.skill('matlagning'), vocab.skill('matlagning')],
    });
    expect(skills.status, await skills.clone().text()).toBe(200);
    const afterSkills = await json(skills);
    expect(afterSkills.profileVersion).toBe(person.profileVersion + 1);
    expect(afterSkills.profile).toMatchObject({
      occupations: [{ id: vocab.occupation('lagerarbetare'), years: 3 }],
      skills: [vocab.skill('matlagning')],
      licences: ['B'],
      languages: [{ code: 'sv', level: 'SFI-D' }],
      maxCommuteKm: 20,
      adaptations: ['physical.no_heavy_lifting'],
      adaptationsNote: 'Ryggen',
    });

    const licences = await patch(coach, person.id, afterSkills.profileVersion, {
      licences: ['B', 'C', 'TRUCK-B1'],
    });
    expect(licences.status).toBe(200);
    const afterLicences = await json(licences);
    expect(afterLicences.profile.licences).toEqual(['B', 'C', 'TRUCK-B1']);
    expect(afterLicences.profile.skills).toEqual([vocab.skill('matlagning')]);

    // A nullable field can be emptied; travel fields together.
    const travel = await patch(coach, person.id, afterLicences.profileVersion, {
      municipality: '1488',
      postcode: '461 30',
      maxCommuteKm: null,
      hasCar: true,
    });
    expect(travel.status).toBe(200);
    const afterTravel = await json(travel);
    expect(afterTravel.profile).toMatchObject({
      municipality: '1488',
      postcode: '46130',
      maxCommuteKm: null,
      hasCar: true,
      licences: ['B', 'C', 'TRUCK-B1'],
    });

    const adaptations = await patch(coach, person.id, afterTravel.profileVersion, {
      adaptations: [],
      adaptationsNote: null,
    });
    expect(adaptations.status).toBe(200);
    expect((await json(adaptations)).profile).toMatchObject({
      adaptations: [],
      adaptationsNote: null,
      skills: [vocab.skill('matlagning')],
    });

    const audits = await profileAudits(person.id);
    expect(audits.map((a) => a.details.fields)).toEqual([
      'skills',
      'licences',
      'hasCar,maxCommuteKm,municipality,postcode',
      'adaptations,adaptationsNote',
    ]);
    expect(audits.map((a) => a.details.adaptations)).toEqual([false, false, false, true]);
    expect(audits.every((a) => a.action === 'update')).toBe(true);
  });

  it('refuses unknown vocabulary on the field that holds it, and an empty section; nothing is saved', async () => {
    const person = await newPerson({ skills: [vocab.skill('truckkorning')] });
    const badLanguage = await patch(coach, person.id, person.profileVersion, {
      languages: [
        { code: 'sv', level: 'SFI-D' },
        { code: 'klingonska', level: 'CEFR-B1' },
      ],
    });
    expect(badLanguage.status).toBe(400);
    expect((await json(badLanguage)).errors).toEqual([
      { path: 'profile.languages.1.code', message: 'Okänt språk.' },
    ]);
    const badLicence = await patch(coach, person.id, person.profileVersion, { licences: ['B', 'XYZ'] });
    expect((await json(badLicence)).errors).toEqual([
      { path: 'profile.licences.1', message: 'Okänt körkort eller certifikat.' },
    ]);
    const empty = await patch(coach, person.id, person.profileVersion, {});
    expect(empty.status).toBe(400);
    const unchanged = await json(await coach.get(`/api/participants/${person.id}`));
    expect(unchanged.profileVersion).toBe(person.profileVersion);
    expect(unchanged.profile.languages).toEqual([]);
  });

  it('answers a stale version with 409 carrying the profile as saved now and who saved it', async () => {
    const person = await newPerson();
    const first = await patch(coach3, person.id, person.profileVersion, {
      skills: [vocab.skill('matlagning')],
    });
    expect(first.status).toBe(200);
    // The other section was edited from the version both had read: a 409, nothing overwritten.
    const stale = await patch(coach, person.id, person.profileVersion, { licences: ['B'] });
    expect(stale.status).toBe(409);
    const problem = await json(stale);
    expect(problem.conflict.current.profile.skills).toEqual([vocab.skill('matlagning')]);
    expect(problem.conflict.changedBy).toMatchObject({ you: false });
    expect(problem.detail).toMatch(/ändrat profilen/);
    const now = await json(await coach.get(`/api/participants/${person.id}`));
    expect(now.profile.licences).toEqual([]);
  });
});

describe('who may save a section of the profile', () => {
  it('anonymous 401, admin and liaison 403, a manager 403, a coach of another unit 404 (denials audited)', async () => {
    const person = await newPerson();
    const body = { version: person.profileVersion, profile: { licences: ['B'] } };
    const path = `/api/participants/${person.id}/profile`;
    const denied = async () =>
      rowsOf<{ n: number }>(
        await t.db.execute(
          sql`select count(*)::int as n from audit_event
              where action = 'access_denied' and reason = 'participant.profile_update'`,
        ),
      )[0]!.n;
    const before = await denied();
    expect((await anonymousClient(t).patch(path, body)).status).toBe(401);
    expect((await admin.patch(path, body)).status).toBe(403);
    expect((await liaison.patch(path, body)).status).toBe(403);
    expect((await chef.patch(path, body)).status).toBe(403);
    const elsewhere = await other.patch(path, body);
    expect(elsewhere.status).toBe(404);
    // The same answer as for a person that does not exist.
    expect(
      (await other.patch('/api/participants/00000000-0000-4000-8000-000000000000/profile', body)).status,
    ).toBe(404);
    expect(await denied()).toBe(before + 4);
    const now = await json(await coach.get(`/api/participants/${person.id}`));
    expect(now.profileVersion).toBe(person.profileVersion);
  });
});
