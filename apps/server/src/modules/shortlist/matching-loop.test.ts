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

// The matching loop (issue 11): a need → candidates → shortlist → consent → presentation → the
// employer's link → interview → hired → placement with follow-ups → the one-month check → work.

let t: TestContext;
let coach: ApiClient;
let liaison: ApiClient;
let anon: ApiClient;
let employerId: string;
let needId: string;
const people: Record<string, string> = {};

const warehouse = (name: string, birth: string) =>
  intakeBody({
    personnummer: pnr(birth),
    firstName: name,
    lastName: 'Lagersson',
    contact: { phone: '070-123 45 67', email: `${name.toLowerCase()}@example.se` },
    profile: {
      occupations: [{ id: vocab.occupation('lagerarbetare'), years: 3 }],
      skills: [vocab.skill('truckkorning')],
      licences: ['B', 'TRUCK-B1'],
      languages: [{ code: 'sv', level: 'SFI-D' }],
      municipality: '1488',
    },
  });

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
  liaison = await loginAs(t, 'liaison');
  anon = anonymousClient(t);
  for (const [name, birth] of [
    ['Anna', '1980-02-03'],
    ['Bo', '1981-03-04'],
    ['Cim', '1982-04-05'],
  ] as const) {
    const res = await coach.post('/api/participants', warehouse(name, birth));
    expect(res.status, await res.clone().text()).toBe(201);
    people[name] = (await json(res)).id;
  }
  employerId = (await json(await liaison.post('/api/employers', { name: 'Älvstrandens Lager AB' }))).id;
  const need = await liaison.post('/api/recruitment-needs', {
    title: 'Lagerarbetare',
    employerId,
    occupationId: vocab.occupation('lagerarbetare'),
    positions: 1,
    requiredSkills: [vocab.skill('truckkorning')],
    licences: ['TRUCK-B1'],
    municipality: '1488',
  });
  needId = (await json(need)).id;
});
afterAll(() => t.close());

describe('the matching loop', () => {
  let entryId: string;
  let token: string;

  it('ranks candidates for the stored need; the liaison sees pseudonyms', async () => {
    const res = await json(await liaison.post('/api/matching/candidates', { needId }));
    expect(res.candidates.length).toBe(3);
    expect(
      res.candidates.every(
        (c: { pseudonymised: boolean; displayName: string }) =>
          c.pseudonymised && c.displayName.startsWith('Kandidat K-'),
      ),
    ).toBe(true);
  });

  it('puts a person on the shortlist; the liaison sees no name before consent, the coach does', async () => {
    const added = await liaison.post(`/api/recruitment-needs/${needId}/shortlist`, {
      participantId: people.Anna,
    });
    expect(added.status, await added.clone().text()).toBe(201);
    const entry = await json(added);
    entryId = entry.id;
    expect(entry.named).toBe(false);
    expect(entry.participantId).toBeNull();
    expect(JSON.stringify(entry)).not.toContain('Anna');
    const asCoach = await json(await coach.get(`/api/recruitment-needs/${needId}/shortlist`));
    expect(asCoach.items[0].displayName).toBe('Anna Lagersson');
    const notes = await json(await coach.get('/api/notifications'));
    expect(notes.items[0].kind).toBe('shortlist.added');
    expect(
      (await liaison.post(`/api/recruitment-needs/${needId}/shortlist`, { participantId: people.Anna }))
        .status,
    ).toBe(409);
  });

  it('cannot present without consent; with consent to name and profile, presents through a link', async () => {
    const without = await liaison.post(`/api/recruitment-needs/${needId}/presentations`, {
      entryIds: [entryId],
    });
    expect(without.status).toBe(400);
    expect((await json(without)).errors[0].message).toMatch(/Samtycke saknas/);
    const consent = await coach.post('/api/consents', {
      participantId: people.Anna,
      needId,
      fields: ['name', 'profile'],
      givenOn: '2026-10-15',
      givenHow: 'in_person',
    });
    expect(consent.status, await consent.clone().text()).toBe(201);
    const list = await json(await liaison.get(`/api/recruitment-needs/${needId}/shortlist`));
    expect(list.items[0].displayName).toBe('Anna Lagersson');
    const created = await json(
      await liaison.post(`/api/recruitment-needs/${needId}/presentations`, { entryIds: [entryId] }),
    );
    token = created.token;
    expect(token.length).toBeGreaterThanOrEqual(40);
    const stored = rowsOf<{ token_hash: string }>(
      await t.db.execute(sql`select token_hash from presentation`),
    );
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('the employer sees exactly the consented fields, and each view is audited', async () => {
    const before = rowsOf<{ n: number }>(
      await t.db.execute(
        sql`select count(*)::int as n from audit_event where reason = 'presentation.employer_view'`,
      ),
    )[0]!.n;
    const view = await json(await anon.get(`/api/public/links/${token}`));
    expect(view.candidates).toHaveLength(1);
    expect(view.candidates[0].displayName).toBe('Anna Lagersson');
    expect(view.candidates[0].profile.occupations[0].label).toBe('Lagerarbetare');
    expect(view.candidates[0].contact).toBeNull(); // not consented
    expect(JSON.stringify(view)).not.toContain('example.se');
    expect(JSON.stringify(view)).not.toContain('070');
    const after = rowsOf<{ n: number }>(
      await t.db.execute(
        sql`select count(*)::int as n from audit_event where reason = 'presentation.employer_view'`,
      ),
    )[0]!.n;
    expect(after).toBe(before + 1);
  });

  it('a guessed token or another presentation’s candidate is refused', async () => {
    expect((await anon.get(`/api/public/links/${'A'.repeat(43)}`)).status).toBe(404);
    const wrong = await anon.post(`/api/public/links/${token}/answers`, {
      candidateKey: '00000000-0000-4000-8000-000000000000',
      answer: 'interview_yes',
    });
    expect(wrong.status).toBe(404);
  });

  it('interview, then hired: the placement ends the period in work with follow-ups, the need is filled', async () => {
    const view = await json(await anon.get(`/api/public/links/${token}`));
    const key = view.candidates[0].key;
    const interview = await anon.post(`/api/public/links/${token}/answers`, {
      candidateKey: key,
      answer: 'interview_yes',
    });
    expect(interview.status, await interview.clone().text()).toBe(200);
    const hired = await anon.post(`/api/public/links/${token}/answers`, {
      candidateKey: key,
      answer: 'hired',
      startDate: '2026-10-20',
      employmentKind: 'unsubsidised',
      employmentForm: 'permanent',
    });
    expect(hired.status, await hired.clone().text()).toBe(200);
    // After the hire, the link cannot move the candidate elsewhere (the placement would stay).
    for (const answer of ['interview_no', 'hired'])
      expect(
        (
          await anon.post(`/api/public/links/${token}/answers`, {
            candidateKey: key,
            answer,
            startDate: '2026-10-21',
            reason: 'other',
          })
        ).status,
      ).toBe(409);
    const list = await json(await liaison.get(`/api/recruitment-needs/${needId}/shortlist`));
    expect(list.items[0].history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'considered',
      'presented',
      'interview',
      'hired',
    ]);
    const need = await json(await liaison.get(`/api/recruitment-needs/${needId}`));
    expect(need.status).toBe('filled');
    const person = await json(await coach.get(`/api/participants/${people.Anna}`));
    const period = person.enrolments[0];
    expect(period.exit).toMatchObject({
      category: 'work',
      koladaCategory: 'E',
      status: 'pending_verification',
    });
    const followUps = await json(await coach.get(`/api/enrolments/${period.id}/follow-ups`));
    const due = followUps.items
      .map((f: { dueDate: string; kind: string }) => `${f.kind}:${f.dueDate}`)
      .sort();
    expect(due).toEqual([
      'exit_verification:2026-11-20',
      'regular:2026-10-27',
      'regular:2027-01-20',
      'regular:2027-04-20',
    ]);

    // A month later the coach confirms the job held: the exit counts as work (Kolada A).
    t.setNow(new Date('2026-11-21T09:00:00Z'));
    const later = await loginAs(t, 'coach'); // a month later: a new session
    const check = followUps.items.find((f: { kind: string }) => f.kind === 'exit_verification');
    const done = await later.patch(`/api/follow-ups/${check.id}`, {
      version: check.version,
      done: true,
      outcome: 'Jobbet håller.',
      jobHeld: true,
    });
    expect(done.status, await done.clone().text()).toBe(200);
    const after = await json(await later.get(`/api/participants/${people.Anna}`));
    t.setNow(new Date('2026-10-15T09:00:00Z'));
    expect(after.enrolments[0].exit).toMatchObject({ koladaCategory: 'A', status: 'verified' });
  });
});

describe('what the employer never sees', () => {
  it('nothing after withdrawal, expiry or revocation; never a person with protected personal data', async () => {
    const need = await json(
      await liaison.post('/api/recruitment-needs', {
        title: 'Lager 2',
        employerId,
        occupationId: vocab.occupation('lagerarbetare'),
        positions: 2,
      }),
    );
    const entry = await json(
      await liaison.post(`/api/recruitment-needs/${need.id}/shortlist`, { participantId: people.Bo }),
    );
    const consent = await json(
      await coach.post('/api/consents', {
        participantId: people.Bo,
        needId: need.id,
        fields: ['name', 'contact'],
        givenOn: '2026-10-15',
        givenHow: 'phone',
      }),
    );
    const p = await json(
      await liaison.post(`/api/recruitment-needs/${need.id}/presentations`, {
        entryIds: [entry.id],
        expiresInDays: 1,
      }),
    );
    expect((await json(await anon.get(`/api/public/links/${p.token}`))).candidates[0].contact.email).toBe(
      'bo@example.se',
    );
    await coach.post(`/api/consents/${consent.id}/withdraw`, {});
    expect((await json(await anon.get(`/api/public/links/${p.token}`))).candidates).toEqual([]);

    // Expiry and revocation: the same answer as an unknown link.
    const entry2 = await json(
      await liaison.post(`/api/recruitment-needs/${need.id}/shortlist`, { participantId: people.Cim }),
    );
    await coach.post('/api/consents', {
      participantId: people.Cim,
      needId: need.id,
      fields: ['name'],
      givenOn: '2026-10-15',
      givenHow: 'written',
    });
    const p2 = await json(
      await liaison.post(`/api/recruitment-needs/${need.id}/presentations`, {
        entryIds: [entry2.id],
        expiresInDays: 1,
      }),
    );
    expect((await anon.get(`/api/public/links/${p2.token}`)).status).toBe(200);
    t.setNow(new Date('2026-10-16T10:00:00Z'));
    expect((await anon.get(`/api/public/links/${p2.token}`)).status).toBe(404);
    t.setNow(new Date('2026-10-15T09:00:00Z'));
    await liaison.post(`/api/presentations/${p2.presentationId}/revoke`, {});
    expect((await anon.get(`/api/public/links/${p2.token}`)).status).toBe(404);

    // Protected personal data: hidden from the liaison's list, never presented.
    const prot = await coach.put(`/api/participants/${people.Cim}/protected-identity`, {
      protectedIdentity: true,
    });
    expect(prot.status).toBe(200);
    const list = await json(await liaison.get(`/api/recruitment-needs/${need.id}/shortlist`));
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(entry2.id);
    expect(list.protectedCount).toBe(1);
    // Their own coach still sees the entry, marked, so the page can say to handle it outside.
    const own = await json(await coach.get(`/api/recruitment-needs/${need.id}/shortlist`));
    const mark = own.items.find((i: { id: string }) => i.id === entry2.id);
    expect(mark.protectedIdentity).toBe(true);
    expect(own.items.filter((i: { protectedIdentity: boolean }) => i.protectedIdentity)).toHaveLength(1);
    const refused = await liaison.post(`/api/recruitment-needs/${need.id}/presentations`, {
      entryIds: [entry2.id],
    });
    expect(refused.status).toBe(400);
    expect((await json(refused)).errors[0].message).toMatch(/skyddade personuppgifter/);
  });
});
