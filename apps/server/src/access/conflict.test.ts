import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeBody, pnr, setupCaseWorld } from '../test/case-fixtures.ts';
import { type ApiClient, createTestContext, json, loginAs, type TestContext } from '../test/test-context.ts';

// A stale write answers 409 with what the other change was: the record as saved now (the client
// compares it field by field) and who saved it — or that it was the same account in another tab.

let t: TestContext;
let coach: ApiClient;
let coach3: ApiClient;
let coachTab2: ApiClient;

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
  coachTab2 = await loginAs(t, 'coach');
  coach3 = await loginAs(t, 'coach3');
});
afterAll(async () => t?.close());

let seq = 0;
async function intervention() {
  seq++;
  const added = await coach.post('/api/participants', intakeBody({ personnummer: pnr(`1979-03-0${seq}`) }));
  expect(added.status, await added.clone().text()).toBe(201);
  const person = await json(added);
  const res = await coach.post(`/api/enrolments/${person.enrolments[0].id}/interventions`, {
    type: 'utbildning',
    title: 'Truckkort A och B',
    provider: 'Vuxenutbildningen',
    startDate: '2026-10-01',
    status: 'planned',
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return { person, created: await json(res) };
}

describe('a stale write', () => {
  it('answers 409 with the saved record and the name of who changed it', async () => {
    const { created } = await intervention();
    const url = `/api/interventions/${created.id}`;
    const theirs = await coach3.patch(url, {
      version: created.version,
      title: 'Truckkort A, B och C',
      hoursPerWeek: 20,
    });
    expect(theirs.status).toBe(200);
    const mine = await coach.patch(url, { version: created.version, title: 'Truck' });
    expect(mine.status).toBe(409);
    const problem = await json(mine);
    const me = await json(await coach3.get('/api/auth/me'));
    const coach3Name = me.displayName ?? me.user?.displayName;
    expect(coach3Name).toEqual(expect.any(String));
    expect(problem.detail).toContain(coach3Name);
    expect(problem.conflict.changedBy).toMatchObject({ name: coach3Name, you: false });
    expect(problem.conflict.current).toMatchObject({
      id: created.id,
      title: 'Truckkort A, B och C',
      hoursPerWeek: 20,
      version: created.version + 1,
    });
    // Nothing of the stale write was saved.
    const list = await json(await coach.get(`/api/enrolments/${created.enrolmentId}/interventions`));
    expect(list.items.find((i: { id: string }) => i.id === created.id).title).toBe('Truckkort A, B och C');
  });

  it('says it was the same account in another tab', async () => {
    const { created } = await intervention();
    const url = `/api/interventions/${created.id}`;
    expect((await coachTab2.patch(url, { version: created.version, goals: 'Körkort' })).status).toBe(200);
    const problem = await json(await coach.patch(url, { version: created.version, goals: 'Annat' }));
    expect(problem.status).toBe(409);
    expect(problem.conflict.changedBy.you).toBe(true);
    expect(problem.detail).toMatch(/annan flik/);
  });

  it('names who changed the contact details, not who changed the profile', async () => {
    const { person } = await intervention();
    const url = `/api/participants/${person.id}`;
    const p = await json(await coach.get(url));
    expect(
      (await coach3.patch(url, { version: p.version, contact: { phone: '070-111 22 33' } })).status,
    ).toBe(200);
    const stale = await json(
      await coach.patch(url, { version: p.version, contact: { phone: '070-999 99 99' } }),
    );
    expect(stale.status).toBe(409);
    expect(stale.conflict.changedBy.you).toBe(false);
    expect(stale.conflict.current.contact.phone).toBe('070-111 22 33');
  });
});
