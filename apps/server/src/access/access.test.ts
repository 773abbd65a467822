import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.ts';
import { intakeBody, pnr, setupCaseWorld, vocab } from '../test/case-fixtures.ts';
import { type ApiClient, createTestContext, json, loginAs, type TestContext } from '../test/test-context.ts';

// The access layer decides on the person's *current* period, and writes exactly one audit record
// per read (or per denied read) itself.

let t: TestContext;
let world: Awaited<ReturnType<typeof setupCaseWorld>>;
let coach: ApiClient; // Jobbcentrum 25+
let other: ApiClient; // Annan enhet
let coach2: ApiClient; // Framtidscentrum 16–24: never had the person
let chef: ApiClient; // manager of JC and FC
let liaison: ApiClient;
let admin: ApiClient;
let person: { id: string; formerEnrolmentId: string; currentEnrolmentId: string };

const need = {
  id: 'need-1',
  occupation: vocab.occupation('lagerarbetare'),
  requiredSkills: [vocab.skill('truckkorning')],
  licences: ['TRUCK-B1'],
  municipality: '1488',
};

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  world = await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
  other = await loginAs(t, 'other');
  coach2 = await loginAs(t, 'coach2');
  chef = await loginAs(t, 'chef');
  liaison = await loginAs(t, 'liaison');
  admin = await loginAs(t, 'admin');

  // Enrolled in JC with adaptations and a phone number, exited, then enrolled in "Annan enhet".
  const personnummer = pnr('1979-03-14');
  const first = await coach.post(
    '/api/participants',
    intakeBody({
      personnummer,
      contact: { phone: '070-111 11 11' },
      profile: {
        adaptations: ['environment.quiet'],
        occupations: [{ id: vocab.occupation('lagerarbetare'), years: 2 }],
      },
    }),
  );
  expect(first.status, await first.clone().text()).toBe(201);
  const created = await json(first);
  const formerEnrolmentId = created.enrolments[0].id as string;
  const exit = await coach.post(`/api/enrolments/${formerEnrolmentId}/exit`, {
    version: created.enrolments[0].version,
    date: '2026-10-01',
    category: 'other',
  });
  expect(exit.status, await exit.clone().text()).toBe(200);
  const second = await other.post(
    '/api/participants',
    intakeBody({
      personnummer,
      enrolledAt: '2026-10-05',
      unitId: world.units['Annan enhet'],
      contact: { phone: '070-222 22 22' },
    }),
  );
  expect(second.status, await second.clone().text()).toBe(201);
  const moved = await json(second);
  person = { id: moved.id, formerEnrolmentId, currentEnrolmentId: moved.currentEnrolmentId };
});
afterAll(() => t.close());

async function auditRows(): Promise<Array<{ action: string; outcome: string; reason: string }>> {
  return rowsOf(await t.db.execute(sql`select action, outcome, reason from audit_event order by seq`));
}

/** Runs the call and returns the audit records it added. */
async function audited(call: () => Promise<Response>, expectedStatus: number) {
  const before = (await auditRows()).length;
  const res = await call();
  expect(res.status, await res.clone().text()).toBe(expectedStatus);
  return (await auditRows()).slice(before);
}

describe('access follows the current relationship', () => {
  it('a coach of the unit the person left reads only that earlier period: no adaptations, no new contact details', async () => {
    const view = await json(await coach.get(`/api/participants/${person.id}`));
    expect(view.relationship).toBe('former');
    expect(view.adaptationsVisible).toBe(false);
    expect(view.profile.adaptations).toEqual([]);
    expect(view.profile.occupations).toEqual([]);
    expect(view.contact.phone).toBeNull();
    expect(view.enrolments.map((e: { id: string }) => e.id)).toEqual([person.formerEnrolmentId]);
    expect(view.permissions).toEqual({
      write: false,
      reassign: false,
      correct: false,
      correctIdentity: false,
    });
    expect(JSON.stringify(view)).not.toContain('222 22 22');
  });

  it('the unit the person is in now sees everything current, and every period', async () => {
    const view = await json(await other.get(`/api/participants/${person.id}`));
    expect(view.relationship).toBe('current');
    expect(view.profile.adaptations).toEqual(['environment.quiet']);
    expect(view.contact.phone).toBe('070-222 22 22');
    expect(view.enrolments).toHaveLength(2);
    expect(view.permissions.write).toBe(true);
  });

  it('the former unit can no longer edit the profile, the contact details or its old period', async () => {
    const view = await json(await other.get(`/api/participants/${person.id}`));
    const profile = await coach.put(`/api/participants/${person.id}/profile`, {
      version: view.profileVersion,
      profile: { adaptations: [] },
    });
    expect(profile.status).toBe(403);
    const patch = await coach.patch(`/api/participants/${person.id}`, {
      version: view.version,
      lastName: 'X',
    });
    expect(patch.status).toBe(403);
    const note = await coach.post(`/api/enrolments/${person.formerEnrolmentId}/journal`, {
      occurredOn: '2026-10-10',
      text: 'Efter flytten',
    });
    expect(note.status).toBe(403);
    const after = await json(await other.get(`/api/participants/${person.id}`));
    expect(after.profile.adaptations).toEqual(['environment.quiet']);
    expect(after.version).toBe(view.version);
  });

  it('earlier periods stay readable only for their own unit', async () => {
    expect((await coach.get(`/api/enrolments/${person.formerEnrolmentId}/plan`)).status).toBe(200);
    expect((await coach.get(`/api/enrolments/${person.formerEnrolmentId}/journal`)).status).toBe(200);
    expect((await other.get(`/api/enrolments/${person.formerEnrolmentId}/journal`)).status).toBe(404);
    expect((await coach.get(`/api/enrolments/${person.currentEnrolmentId}/journal`)).status).toBe(404);
  });

  it('matching of the person is for the unit they are in now', async () => {
    expect((await coach.get(`/api/matching/participants/${person.id}/alternatives`)).status).toBe(404);
    expect((await other.get(`/api/matching/participants/${person.id}/alternatives`)).status).toBe(200);
  });
});

describe('exactly one audit record per read and per denied read, written by the access layer', () => {
  type Call = (ids: { P: string; E: string }) => Promise<Response>;
  // [area, an allowed read, a denied read, the denied read's status]
  const cases: Array<[string, Call, Call, number]> = [
    [
      'participant',
      ({ P }) => other.get(`/api/participants/${P}`),
      ({ P }) => coach2.get(`/api/participants/${P}`),
      404,
    ],
    [
      'plan',
      ({ E }) => other.get(`/api/enrolments/${E}/plan`),
      ({ E }) => coach.get(`/api/enrolments/${E}/plan`),
      404,
    ],
    [
      'interventions',
      ({ E }) => other.get(`/api/enrolments/${E}/interventions`),
      ({ E }) => liaison.get(`/api/enrolments/${E}/interventions`),
      403,
    ],
    [
      'journal',
      ({ E }) => other.get(`/api/enrolments/${E}/journal`),
      ({ E }) => admin.get(`/api/enrolments/${E}/journal`),
      403,
    ],
    [
      'follow-ups',
      ({ E }) => other.get(`/api/enrolments/${E}/follow-ups`),
      ({ E }) => coach.get(`/api/enrolments/${E}/follow-ups`),
      404,
    ],
    [
      'caseload',
      () => coach.get('/api/participants/caseload'),
      () => liaison.get('/api/participants/caseload'),
      403,
    ],
    [
      'search',
      () => coach.post('/api/participants/search', { query: 'Testa' }),
      () => admin.post('/api/participants/search', { query: 'Testa' }),
      403,
    ],
    [
      'Min vecka',
      () => coach.get('/api/follow-ups/reminders'),
      () => admin.get('/api/follow-ups/reminders'),
      403,
    ],
    ['units', () => chef.get('/api/caseload/units'), () => liaison.get('/api/caseload/units'), 403],
    [
      'intake check',
      () => coach.post('/api/participants/intake-check', { personnummer: pnr('1979-03-14') }),
      () => chef.post('/api/participants/intake-check', { personnummer: pnr('1979-03-14') }),
      403,
    ],
    [
      'candidates',
      () => liaison.post('/api/matching/candidates', { need }),
      () => admin.post('/api/matching/candidates', { need }),
      403,
    ],
    [
      'needs for a person',
      ({ P }) => other.post(`/api/matching/participants/${P}/needs`, { needs: [need] }),
      ({ P }) => coach.post(`/api/matching/participants/${P}/needs`, { needs: [need] }),
      404,
    ],
  ];

  for (const [area, allowed, denied, deniedStatus] of cases) {
    it(`${area}: one read record, one access_denied record`, async () => {
      const ids = { P: person.id, E: person.currentEnrolmentId };
      const readRecords = await audited(() => allowed(ids), 200);
      expect(readRecords.map((r) => [r.action, r.outcome])).toEqual([['read', 'success']]);
      const deniedRecords = await audited(() => denied(ids), deniedStatus);
      expect(deniedRecords.map((r) => [r.action, r.outcome])).toEqual([['access_denied', 'denied']]);
      expect(deniedRecords[0]!.reason).toBe(readRecords[0]!.reason);
    });
  }

  it('concurrent reads (their records share inserts): every request has its own read record', async () => {
    const before = rowsOf<{ n: string }>(
      await t.db.execute(sql`select count(*)::text as n from audit_event`),
    )[0]!.n;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? other : coach2).get(`/api/participants/${person.id}`)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 200 : 404)));
    const added = rowsOf<{ action: string; outcome: string; request_id: string }>(
      await t.db.execute(
        sql`select action, outcome, request_id from audit_event order by seq offset ${Number(before)}`,
      ),
    );
    expect(added.filter((r) => r.action === 'read')).toHaveLength(10);
    expect(added.filter((r) => r.action === 'access_denied' && r.outcome === 'denied')).toHaveLength(10);
    expect(new Set(added.map((r) => r.request_id)).size).toBe(20);
  });

  it('an id that does not exist answers the same 404 as one outside the units, and is not a read', async () => {
    const missingId = '00000000-0000-4000-8000-000000000000';
    expect(await audited(() => other.get(`/api/participants/${missingId}`), 404)).toEqual([]);
    const outside = await coach2.get(`/api/participants/${person.id}`);
    const missing = await coach2.get(`/api/participants/${missingId}`);
    expect(await outside.json()).toEqual(await missing.json());
  });
});
