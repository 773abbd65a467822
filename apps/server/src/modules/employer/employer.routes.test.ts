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

// The employer register (issue 10): workplaces, contact persons, agreements, the contact log with
// next steps in the liaison's Min vecka, filters, and who may do what.

let t: TestContext;
let world: Awaited<ReturnType<typeof setupCaseWorld>>;
let liaison: ApiClient;
let coach: ApiClient;
let chef: ApiClient;

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  world = await setupCaseWorld(t);
  liaison = await loginAs(t, 'liaison');
  coach = await loginAs(t, 'coach');
  chef = await loginAs(t, 'chef');
});
afterAll(() => t.close());

async function newEmployer(name: string, extra: Record<string, unknown> = {}) {
  const res = await liaison.post('/api/employers', { name, ...extra });
  expect(res.status, await res.clone().text()).toBe(201);
  return json(res);
}

describe('employer register', () => {
  it('keeps workplaces, contact persons and agreements, and shows them on the page with the timeline', async () => {
    const e = await newEmployer('Kronogårdens Omsorg AB', {
      sniCode: '87',
      municipality: '1488',
      liaisonId: world.staff.liaison.id,
    });
    expect(e.sni).toEqual({ code: '87', label: 'Vård och omsorg med boende' });
    expect(e.liaison.id).toBe(world.staff.liaison.id);
    const wp = await liaison.post(`/api/employers/${e.id}/workplaces`, {
      name: 'Äldreboendet Solrosen',
      postcode: '461 60',
      municipality: '1488',
    });
    expect(wp.status).toBe(201);
    const contact = await json(
      await liaison.post(`/api/employers/${e.id}/contacts`, {
        name: 'Karin Lund',
        role: 'Enhetschef',
        email: 'karin@example.se',
      }),
    );
    const agreement = await liaison.post(`/api/employers/${e.id}/agreements`, {
      kind: 'letter_of_intent',
      validFrom: '2026-09-01',
      signedBy: 'Karin Lund',
    });
    expect(agreement.status).toBe(201);
    const logged = await liaison.post(`/api/employers/${e.id}/contact-log`, {
      kind: 'visit',
      occurredOn: '2026-10-14',
      contactId: contact.id,
      note: 'Gick igenom behovet av undersköterskor.',
      nextStep: 'Skicka förslag på jobbspår',
      nextStepDue: '2026-10-16',
    });
    expect(logged.status, await logged.clone().text()).toBe(201);
    const page = await json(await coach.get(`/api/employers/${e.id}`));
    expect(page.workplaces.map((w: { postcode: string }) => w.postcode)).toEqual(['46160']);
    expect(page.contacts[0].name).toBe('Karin Lund');
    expect(page.lastContactOn).toBe('2026-10-14');
    expect(page.timeline.map((i: { kind: string }) => i.kind)).toEqual(['contact', 'agreement']);
    expect(page.permissions.write).toBe(false); // a coach reads
  });

  it('puts the agreed next step in the liaison’s Min vecka until it is done', async () => {
    const e = await newEmployer('Slussgatans Bageri AB');
    const entry = await json(
      await liaison.post(`/api/employers/${e.id}/contact-log`, {
        kind: 'call',
        occurredOn: '2026-10-10',
        nextStep: 'Ring tillbaka',
        nextStepDue: '2026-10-12',
      }),
    );
    const week = await json(await liaison.get('/api/employer-contact-log/follow-ups'));
    const item = week.items.find((i: { id: string }) => i.id === entry.id);
    expect(item).toMatchObject({ employerName: 'Slussgatans Bageri AB', overdue: true });
    expect(week.overdue).toBeGreaterThanOrEqual(1);
    expect((await json(await chef.get('/api/employer-contact-log/follow-ups'))).items).toEqual([]);
    const done = await liaison.patch(`/api/employer-contact-log/${entry.id}`, {
      version: entry.version,
      nextStepDone: true,
    });
    expect(done.status).toBe(200);
    expect(
      (
        await liaison.patch(`/api/employer-contact-log/${entry.id}`, {
          version: entry.version,
          nextStepDone: true,
        })
      ).status,
    ).toBe(409);
    const after = await json(await liaison.get('/api/employer-contact-log/follow-ups'));
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(entry.id);
  });

  it('lists who can be an employer’s liaison (liaisons and managers, no coaches); admin 403, anonymous 401', async () => {
    const res = await coach.get('/api/employer-liaisons');
    expect(res.status).toBe(200);
    const items: Array<{ id: string; role: string }> = (await json(res)).items;
    expect(items.map((i) => i.id).sort()).toEqual([world.staff.liaison.id, world.staff.chef.id].sort());
    expect(items.find((i) => i.id === world.staff.liaison.id)?.role).toBe('liaison');
    expect((await (await loginAs(t, 'admin')).get('/api/employer-liaisons')).status).toBe(403);
    expect((await anonymousClient(t).get('/api/employer-liaisons')).status).toBe(401);
  });

  it('filters by liaison, industry, open needs and no contact for N days', async () => {
    const quiet = await newEmployer('Tyst AB', { sniCode: '43' });
    const busy = await newEmployer('Aktiv AB', { sniCode: '43', liaisonId: world.staff.liaison.id });
    await liaison.post(`/api/employers/${busy.id}/contact-log`, {
      kind: 'meeting',
      occurredOn: '2026-10-13',
    });
    const ids = async (q: string) =>
      (await json(await coach.get(`/api/employers?${q}`))).items.map((e: { id: string }) => e.id);
    expect(await ids('sniCode=43')).toEqual([busy.id, quiet.id]);
    expect(await ids(`sniCode=43&liaisonId=${world.staff.liaison.id}`)).toEqual([busy.id]);
    expect(await ids('sniCode=43&noContactDays=30')).toEqual([quiet.id]);
    expect(await ids('sniCode=43&hasOpenNeeds=true')).toEqual([]);
    // A section covers its divisions (43 is in F, Byggverksamhet); a sibling division does not.
    expect(await ids('sniCode=F')).toEqual(expect.arrayContaining([busy.id, quiet.id]));
    expect(await ids('sniCode=42')).not.toContain(busy.id);
  });

  it('is the liaisons’ and managers’: a coach may register an employer but not change the register', async () => {
    const e = await newEmployer('Dalbo Åkeri AB');
    expect((await coach.post('/api/employers', { name: 'Coachens praktikplats AB' })).status).toBe(201);
    expect((await coach.post(`/api/employers/${e.id}/contacts`, { name: 'X' })).status).toBe(403);
    expect(
      (await coach.post(`/api/employers/${e.id}/contact-log`, { kind: 'call', occurredOn: '2026-10-10' }))
        .status,
    ).toBe(403);
    expect((await chef.post(`/api/employers/${e.id}/contacts`, { name: 'Y' })).status).toBe(201);
    const unknownSni = await liaison.post('/api/employers', { name: 'Fel bransch AB', sniCode: '00' });
    expect((await json(unknownSni)).errors[0].path).toBe('sniCode');
    const wrongLiaison = await liaison.post('/api/employers', {
      name: 'Fel kontakt AB',
      liaisonId: world.staff.coach.id,
    });
    expect((await json(wrongLiaison)).errors[0].path).toBe('liaisonId');
  });
});
