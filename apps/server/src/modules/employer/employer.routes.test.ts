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

  it('keeps an agreement’s signed copy: PDF by its content, 415 for a renamed text file, 413 over 10 MB, read like the page', async () => {
    const e = await newEmployer('Avtalsgården AB', { liaisonId: world.staff.liaison.id });
    const agreement = await json(
      await liaison.post(`/api/employers/${e.id}/agreements`, {
        kind: 'cooperation_agreement',
        validFrom: '2026-10-01',
      }),
    );
    expect(agreement.file).toBeNull();
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const path = `/api/employer-agreements/${agreement.id}/file`;
    const put = (client: ApiClient, body: Uint8Array, name: string) =>
      client.request('PUT', path, body, {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(name),
      });
    // A text file with a .pdf name is refused by what it is, and nothing is stored.
    const renamed = await put(liaison, new TextEncoder().encode('inte en pdf'), 'avtal.pdf');
    expect(renamed.status).toBe(415);
    expect((await json(renamed)).detail).toMatch(/PDF/);
    expect((await liaison.get(path)).status).toBe(404);
    // Coaches read employers but do not change them.
    expect((await put(coach, pdf, 'avtal.pdf')).status).toBe(403);
    const ok = await put(liaison, pdf, 'C:\\Skannat\\Samarbetsavtal Avtalsgården.pdf');
    expect(ok.status, await ok.clone().text()).toBe(200);
    expect(await json(ok)).toEqual({
      name: 'Samarbetsavtal Avtalsgården.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    const page = await json(await coach.get(`/api/employers/${e.id}`));
    expect(page.agreements[0].file).toEqual({
      name: 'Samarbetsavtal Avtalsgården.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    expect(page.agreements[0]).not.toHaveProperty('createdById');
    const download = await coach.get(path);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(
      encodeURIComponent('Samarbetsavtal Avtalsgården.pdf'),
    );
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdf);
    expect((await put(liaison, big, 'stor.pdf')).status).toBe(413);
    expect((await (await loginAs(t, 'admin')).get(path)).status).toBe(403);
    expect((await anonymousClient(t).get(path)).status).toBe(401);
    expect(
      (await liaison.get('/api/employer-agreements/00000000-0000-4000-8000-000000000000/file')).status,
    ).toBe(404);
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
