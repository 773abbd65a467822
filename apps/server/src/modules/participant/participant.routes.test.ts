import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { auditEvent, enrolment, participant } from '../../db/schema/index.ts';
import { intakeBody, pnr, setupCaseWorld, vocab } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  anonymousClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';

let t: TestContext;
let world: Awaited<ReturnType<typeof setupCaseWorld>>;
let coach: ApiClient;
let coach2: ApiClient;
let coach3: ApiClient;
let other: ApiClient;
let chef: ApiClient;
let admin: ApiClient;
let liaison: ApiClient;

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  world = await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
  coach2 = await loginAs(t, 'coach2');
  coach3 = await loginAs(t, 'coach3');
  other = await loginAs(t, 'other');
  chef = await loginAs(t, 'chef');
  admin = await loginAs(t, 'admin');
  liaison = await loginAs(t, 'liaison');
});
afterAll(() => t.close());

async function countRows() {
  const r = await t.db.execute(
    sql`select (select count(*) from participant)::int as p, (select count(*) from enrolment)::int as e`,
  );
  return rowsOf<{ p: number; e: number }>(r)[0]!;
}

async function auditCount(reason: string, action?: string) {
  const r = await t.db.execute(
    sql`select count(*)::int as n from audit_event where reason = ${reason} ${action ? sql`and action = ${action}` : sql``}`,
  );
  return rowsOf<{ n: number }>(r)[0]!.n;
}

let seq = 0;
/** A new person born on a distinct date (fictitious numbers are one per birth date). */
function nextBirthDate(age = 40) {
  seq++;
  const year = 2026 - age;
  const d = new Date(Date.UTC(year, 0, 1 + seq));
  return d.toISOString().slice(0, 10);
}

async function intakeAs(client: ApiClient, overrides: Record<string, unknown> = {}) {
  const res = await client.post(
    '/api/participants',
    intakeBody({ personnummer: pnr(nextBirthDate()), ...overrides }),
  );
  expect(res.status, await res.clone().text()).toBe(201);
  return json(res);
}

describe('intake', () => {
  it('creates a person and a period, routes by age, assigns the acting coach, and audits', async () => {
    const before = await auditCount('participant.intake');
    const body = await intakeAs(coach, {
      profile: {
        occupations: [{ id: vocab.occupation('lagerarbetare'), years: 3 }],
        skills: [vocab.skill('truckkorning')],
        licences: ['B', 'TRUCK-B1'],
        languages: [{ code: 'sv', level: 'SFI-D' }],
        adaptations: ['physical.no_heavy_lifting'],
      },
    });
    expect(body.personnummer).toMatch(/^\d{8}-\d{4}$/);
    expect(body.enrolments).toHaveLength(1);
    expect(body.enrolments[0]).toMatchObject({
      unitId: world.units['Jobbcentrum 25+'],
      coach: { id: world.staff.coach.id },
      status: 'active',
      exit: null,
    });
    expect(body.profile.adaptations).toEqual(['physical.no_heavy_lifting']);
    expect(body.adaptationsVisible).toBe(true);
    expect(body.currentEnrolmentId).toBe(body.enrolments[0].id);
    expect(await auditCount('participant.intake')).toBe(before + 2); // person + enrolment
  });

  it('routes a 19-year-old to Framtidscentrum, and refuses a coach who does not work there', async () => {
    const young = pnr(nextBirthDate(19));
    const refused = await coach.post('/api/participants', intakeBody({ personnummer: young }));
    expect(refused.status).toBe(400);
    expect((await json(refused)).errors[0]).toMatchObject({ path: 'unitId' });
    const ok = await coach2.post('/api/participants', intakeBody({ personnummer: young }));
    expect(ok.status).toBe(201);
    expect((await json(ok)).enrolments[0].unitId).toBe(world.units['Framtidscentrum 16–24']);
  });

  it('intake-check validates, suggests the unit and says whether the person is known', async () => {
    const bad = await json(
      await coach.post('/api/participants/intake-check', { personnummer: '198504121235' }),
    );
    expect(bad.valid).toBe(false);
    expect(bad.errors[0].message).toMatch(/Kontrollsiffran/);
    const number = pnr(nextBirthDate(20));
    const fresh = await json(await coach.post('/api/participants/intake-check', { personnummer: number }));
    expect(fresh).toMatchObject({
      valid: true,
      knownPerson: false,
      suggestedUnitId: world.units['Framtidscentrum 16–24'],
      age: 20,
    });
  });

  it('links a re-enrolment of a known personnummer to the same person, as a new period', async () => {
    const number = pnr(nextBirthDate(45));
    const first = await json(await coach.post('/api/participants', intakeBody({ personnummer: number })));
    // A second intake while the first period is open is refused.
    const dup = await coach.post('/api/participants', intakeBody({ personnummer: number }));
    expect(dup.status).toBe(409);
    const enrolmentId = first.enrolments[0].id;
    const exit = await coach.post(`/api/enrolments/${enrolmentId}/exit`, {
      version: first.enrolments[0].version,
      date: '2026-09-20',
      category: 'other',
    });
    expect(exit.status).toBe(200);
    const again = await coach.post(
      '/api/participants',
      intakeBody({ personnummer: number, enrolledAt: '2026-10-01', firstName: 'Ny' }),
    );
    expect(again.status).toBe(201);
    const body = await json(again);
    expect(body.id).toBe(first.id);
    expect(body.firstName).toBe('Ny');
    expect(body.enrolments).toHaveLength(2);
    expect(body.enrolments.map((e: { status: string }) => e.status)).toEqual(['active', 'exited']);
    const check = await json(await coach.post('/api/participants/intake-check', { personnummer: number }));
    expect(check).toMatchObject({ knownPerson: true, hasOpenEnrolment: true });
  });

  it('also accepts a samordningsnummer', async () => {
    const { fictitiousPersonnummer } = await import('@arbetsbro/identity');
    const number = fictitiousPersonnummer(() => 0, {
      birthDate: nextBirthDate(33),
      kind: 'samordningsnummer',
    });
    const res = await coach.post('/api/participants', intakeBody({ personnummer: number }));
    expect(res.status).toBe(201);
    expect((await json(res)).personnummerKind).toBe('samordningsnummer');
  });

  it.each([
    ['invalid personnummer', { personnummer: '198504121235' }, 'personnummer'],
    ['impossible date', { enrolledAt: '2026-02-30' }, 'enrolledAt'],
    ['future enrolment', { enrolledAt: '2027-01-01' }, 'enrolledAt'],
    [
      'unknown occupation',
      { profile: { occupations: [{ id: 'local:occupation:finns-inte', years: 1 }] } },
      'profile.occupations.0.id',
    ],
    ['unknown skill', { profile: { skills: ['nope'] } }, 'profile.skills.0'],
    ['unknown licence', { profile: { licences: ['Z9'] } }, 'profile.licences.0'],
    [
      'unknown language level',
      { profile: { languages: [{ code: 'sv', level: 'X9' }] } },
      'profile.languages.0.level',
    ],
    ['unknown referral source', { referralSource: 'grannen' }, 'referralSource'],
    ['unknown adaptation', { profile: { adaptations: ['flygande'] } }, 'profile.adaptations.0'],
  ])('answers %s with 400, field errors in Swedish, and saves nothing', async (_name, overrides, path) => {
    const before = await countRows();
    const res = await coach.post(
      '/api/participants',
      intakeBody({ personnummer: pnr(nextBirthDate()), ...overrides }),
    );
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(body.errors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
    expect(await countRows()).toEqual(before);
  });
});

describe('detail, contact and profile', () => {
  it('shows the full personnummer in the detail, audits the read, and hides adaptations from managers', async () => {
    const created = await intakeAs(coach, { profile: { adaptations: ['environment.quiet'] } });
    const before = await auditCount('participant.view', 'read');
    const asCoach = await json(await coach.get(`/api/participants/${created.id}`));
    expect(asCoach.personnummer).toBe(created.personnummer);
    expect(asCoach.profile.adaptations).toEqual(['environment.quiet']);
    const asChef = await json(await chef.get(`/api/participants/${created.id}`));
    expect(asChef.adaptationsVisible).toBe(false);
    expect(asChef.profile.adaptations).toEqual([]);
    expect(asChef.permissions).toEqual({
      write: false,
      reassign: true,
      correct: true,
      correctIdentity: true,
    });
    expect(await auditCount('participant.view', 'read')).toBe(before + 2);
    // Audit details hold ids and codes only.
    const rows = await t.db.select().from(auditEvent).where(eq(auditEvent.entityId, created.id));
    const serialised = JSON.stringify(rows);
    expect(serialised).not.toContain(created.personnummer.replace('-', ''));
    expect(serialised).not.toContain('Testsson');
  });

  it('updates contact details and the profile with version checks (stale → 409, nothing changed)', async () => {
    const created = await intakeAs(coach);
    const ok = await coach.patch(`/api/participants/${created.id}`, {
      version: created.version,
      contact: { phone: '0701234567', email: 'testa@example.se' },
    });
    expect(ok.status).toBe(200);
    const stale = await coach3.patch(`/api/participants/${created.id}`, {
      version: created.version,
      lastName: 'Annan',
    });
    expect(stale.status).toBe(409);
    expect((await json(stale)).detail).toMatch(/har ändrat deltagarens uppgifter medan du redigerade\./);
    const profile = {
      occupations: [{ id: vocab.occupation('kock'), years: 2 }],
      wishedOccupations: [vocab.occupation('kallskanka')],
      skills: [vocab.skill('matlagning')],
      licences: ['B'],
      languages: [{ code: 'ar', level: 'CEFR-C2' }],
      municipality: '1488',
      postcode: '461 30',
      maxCommuteKm: 30,
      hasCar: false,
      availableFrom: '2026-11-01',
      extentPercent: 75,
      shifts: ['day', 'evening'],
      weekends: true,
      adaptations: [],
    };
    const put = await coach.put(`/api/participants/${created.id}/profile`, {
      version: created.profileVersion,
      profile,
    });
    expect(put.status).toBe(200);
    const saved = await json(put);
    expect(saved.profile).toMatchObject({ ...profile, postcode: '46130' });
    expect(saved.profileVersion).toBe(created.profileVersion + 1);
    const bad = await coach.put(`/api/participants/${created.id}/profile`, {
      version: saved.profileVersion,
      profile: { ...profile, skills: ['okänd'] },
    });
    expect(bad.status).toBe(400);
    const stale2 = await coach.put(`/api/participants/${created.id}/profile`, {
      version: created.profileVersion,
      profile,
    });
    expect(stale2.status).toBe(409);
  });
});

describe('access to participant routes', () => {
  let p: { id: string; enrolments: Array<{ id: string; version: number }> };
  beforeAll(async () => {
    p = await intakeAs(coach);
  });

  it('answers anonymous requests with 401 on every participant route', async () => {
    const anon = anonymousClient(t);
    const id = p.id;
    const e = p.enrolments[0]!.id;
    const calls: Array<[string, string, unknown?]> = [
      ['POST', '/api/participants/intake-check', { personnummer: '1' }],
      ['POST', '/api/participants', intakeBody()],
      ['POST', '/api/participants/search', { query: 'Test' }],
      ['GET', '/api/participants/caseload'],
      ['GET', `/api/participants/${id}`],
      ['PATCH', `/api/participants/${id}`, { version: 1 }],
      ['PUT', `/api/participants/${id}/profile`, { version: 1, profile: {} }],
      ['PATCH', `/api/enrolments/${e}`, { version: 1 }],
      ['PUT', `/api/enrolments/${e}/coach`, { version: 1, coachId: null }],
      ['POST', `/api/enrolments/${e}/exit`, { version: 1, date: '2026-10-01', category: 'other' }],
      ['GET', `/api/enrolments/${e}/plan`],
      ['GET', `/api/enrolments/${e}/plan/versions/1`],
      [
        'PUT',
        `/api/enrolments/${e}/plan`,
        { expectedVersion: 0, goal: 'work', steps: [], agreedWithParticipant: false },
      ],
      ['GET', `/api/enrolments/${e}/interventions`],
      [
        'POST',
        `/api/enrolments/${e}/interventions`,
        { type: 'coaching', title: 'x', startDate: '2026-10-01' },
      ],
      ['PATCH', `/api/interventions/${e}`, { version: 1 }],
      ['GET', `/api/enrolments/${e}/journal`],
      ['POST', `/api/enrolments/${e}/journal`, { occurredOn: '2026-10-01', text: 'x' }],
      ['GET', `/api/enrolments/${e}/follow-ups`],
      ['POST', `/api/enrolments/${e}/follow-ups`, { with: 'participant', dueDate: '2026-10-20' }],
      ['PATCH', `/api/follow-ups/${e}`, { version: 1 }],
      ['GET', '/api/follow-ups/reminders'],
      ['GET', '/api/caseload/units'],
      ['GET', '/api/employers'],
      ['POST', '/api/employers', { name: 'x' }],
      ['GET', `/api/employers/${e}`],
      ['PATCH', `/api/employers/${e}`, { version: 1 }],
    ];
    for (const [method, path, body] of calls) {
      const res = await anon.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('gives admin and liaison 403 on case records (audited), and 404 to a coach of another unit (audited)', async () => {
    const e = p.enrolments[0]!.id;
    const reads = [
      `/api/participants/${p.id}`,
      `/api/enrolments/${e}/plan`,
      `/api/enrolments/${e}/interventions`,
      `/api/enrolments/${e}/journal`,
      `/api/enrolments/${e}/follow-ups`,
      '/api/participants/caseload',
      '/api/follow-ups/reminders',
      '/api/caseload/units',
    ];
    const deniedBefore = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvent)
      .where(eq(auditEvent.action, 'access_denied'));
    for (const path of reads) {
      expect((await admin.get(path)).status, `admin ${path}`).toBe(403);
      expect((await liaison.get(path)).status, `liaison ${path}`).toBe(403);
    }
    for (const path of reads.slice(0, 5)) {
      const res = await other.get(path);
      expect(res.status, `other ${path}`).toBe(404);
      expect((await json(res)).detail).toBe('Det du söker finns inte.');
    }
    // The same answer as for an id that does not exist.
    expect((await other.get('/api/participants/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const deniedAfter = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvent)
      .where(eq(auditEvent.action, 'access_denied'));
    expect(deniedAfter[0]!.n - deniedBefore[0]!.n).toBe(reads.length * 2 + 5);
    expect((await admin.post('/api/participants', intakeBody())).status).toBe(403);
    expect((await liaison.post('/api/participants/search', { query: 'Testa' })).status).toBe(403);
  });

  it('lets a manager read but not write case records', async () => {
    const e = p.enrolments[0]!.id;
    expect((await chef.get(`/api/participants/${p.id}`)).status).toBe(200);
    expect((await chef.get(`/api/enrolments/${e}/plan`)).status).toBe(200);
    expect((await chef.post('/api/participants', intakeBody())).status).toBe(403);
    expect((await chef.patch(`/api/participants/${p.id}`, { version: 1, lastName: 'X' })).status).toBe(403);
    expect(
      (await chef.post(`/api/enrolments/${e}/journal`, { occurredOn: '2026-10-01', text: 'Chefen skriver' }))
        .status,
    ).toBe(403);
    expect(
      (await chef.post(`/api/enrolments/${e}/exit`, { version: 1, date: '2026-10-01', category: 'other' }))
        .status,
    ).toBe(403);
  });

  it('keeps the personnummer out of URLs: search is a POST body, and list views mask it', async () => {
    const created = await intakeAs(coach, { firstName: 'Sökbar', lastName: 'Personsson' });
    const byName = await json(await coach.post('/api/participants/search', { query: 'sökbar pers' }));
    expect(byName.items.map((i: { participantId: string }) => i.participantId)).toContain(created.id);
    const hit = byName.items.find((i: { participantId: string }) => i.participantId === created.id);
    expect(hit.personnummerMasked).toBe(`${created.personnummer.slice(0, 8)}-****`);
    expect(JSON.stringify(byName)).not.toContain(created.personnummer.slice(9));
    const byNumber = await json(
      await coach.post('/api/participants/search', { query: created.personnummer }),
    );
    expect(byNumber.items).toHaveLength(1);
    // Coaches of another unit find nothing.
    const elsewhere = await json(
      await other.post('/api/participants/search', { query: created.personnummer }),
    );
    expect(elsewhere.items).toHaveLength(0);
    expect(await auditCount('participant.search')).toBeGreaterThanOrEqual(3);
  });
});

describe('OpenAPI', () => {
  it('documents every case-record route', async () => {
    const res = await anonymousClient(t).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await json(res);
    for (const path of [
      '/api/participants',
      '/api/participants/intake-check',
      '/api/participants/search',
      '/api/participants/caseload',
      '/api/participants/{participantId}',
      '/api/participants/{participantId}/profile',
      '/api/enrolments/{enrolmentId}',
      '/api/enrolments/{enrolmentId}/coach',
      '/api/enrolments/{enrolmentId}/exit',
      '/api/enrolments/{enrolmentId}/plan',
      '/api/enrolments/{enrolmentId}/plan/versions/{n}',
      '/api/enrolments/{enrolmentId}/interventions',
      '/api/interventions/{interventionId}',
      '/api/enrolments/{enrolmentId}/journal',
      '/api/enrolments/{enrolmentId}/follow-ups',
      '/api/follow-ups/{followUpId}',
      '/api/follow-ups/reminders',
      '/api/caseload/units',
      '/api/employers',
      '/api/employers/{employerId}',
    ])
      expect(doc.paths, path).toHaveProperty([path]);
  });
});

describe('coach assignment', () => {
  it('lets a manager reassign (history kept), a coach only take an unassigned one', async () => {
    const created = await intakeAs(coach, { coachId: null });
    const e = created.enrolments[0];
    expect(e.coach).toBeNull();
    const steal = await coach3.put(`/api/enrolments/${e.id}/coach`, {
      version: e.version,
      coachId: world.staff.coach.id,
    });
    expect(steal.status).toBe(403);
    const take = await coach3.put(`/api/enrolments/${e.id}/coach`, {
      version: e.version,
      coachId: world.staff.coach3.id,
    });
    expect(take.status).toBe(200);
    const taken = (await json(take)).enrolments[0];
    const stale = await chef.put(`/api/enrolments/${e.id}/coach`, {
      version: e.version,
      coachId: world.staff.coach.id,
    });
    expect(stale.status).toBe(409);
    const wrongUnit = await chef.put(`/api/enrolments/${e.id}/coach`, {
      version: taken.version,
      coachId: world.staff.coach2.id,
    });
    expect(wrongUnit.status).toBe(400);
    const moved = await chef.put(`/api/enrolments/${e.id}/coach`, {
      version: taken.version,
      coachId: world.staff.coach.id,
      reason: 'Fördelning',
    });
    expect(moved.status).toBe(200);
    const history = (await json(moved)).enrolments[0].coachHistory;
    expect(history.map((h: { coach: { id: string } | null }) => h.coach?.id ?? null)).toEqual([
      null,
      world.staff.coach3.id,
      world.staff.coach.id,
    ]);
    expect(history[2].assignedBy.displayName).toBe('chef');
    expect(history[0].to).not.toBeNull();
    expect(history[2].to).toBeNull();
  });
});

describe('enrolment corrections', () => {
  it('corrects intake facts with a version check and rejects impossible dates', async () => {
    const created = await intakeAs(coach);
    const e = created.enrolments[0];
    const ok = await coach.patch(`/api/enrolments/${e.id}`, { version: e.version, monthsWithoutWork: 30 });
    expect(ok.status).toBe(200);
    expect((await json(ok)).enrolments[0].monthsWithoutWork).toBe(30);
    expect(
      (await coach.patch(`/api/enrolments/${e.id}`, { version: e.version, incomeSupport: false })).status,
    ).toBe(409);
    const future = await coach.patch(`/api/enrolments/${e.id}`, {
      version: e.version + 1,
      enrolledAt: '2030-01-01',
    });
    expect(future.status).toBe(400);
    const [row] = await t.db
      .select()
      .from(enrolment)
      .where(and(eq(enrolment.id, e.id)));
    expect(row!.enrolledAt).toBe('2026-09-01');
    const [person] = await t.db.select().from(participant).where(eq(participant.id, created.id));
    expect(person!.personnummer).toHaveLength(12);
  });
});
