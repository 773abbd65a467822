import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeBody, pnr, setupCaseWorld } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  anonymousClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';

// Putting right what was entered wrongly: exits (Kolada follows), follow-ups (reschedule, whom,
// cancel), journal notes (amended, original kept), name and personnummer (manager) — each with
// the reason and the earlier values in the correction history.

let t: TestContext;
let coach: ApiClient;
let coach3: ApiClient;
let chef: ApiClient;
let other: ApiClient;
let liaison: ApiClient;

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
  coach3 = await loginAs(t, 'coach3');
  chef = await loginAs(t, 'chef');
  other = await loginAs(t, 'other');
  liaison = await loginAs(t, 'liaison');
});
afterAll(async () => t?.close());

let seq = 0;
async function newParticipant() {
  seq++;
  const birth = new Date(Date.UTC(1981, 4, seq)).toISOString().slice(0, 10);
  const res = await coach.post('/api/participants', intakeBody({ personnummer: pnr(birth) }));
  expect(res.status, await res.clone().text()).toBe(201);
  const body = await json(res);
  return {
    id: body.id as string,
    version: body.version as number,
    birthDate: birth,
    enrolment: body.enrolments[0],
  };
}

async function exitToWork(
  p: Awaited<ReturnType<typeof newParticipant>>,
  extra: Record<string, unknown> = {},
) {
  const res = await coach.post(`/api/enrolments/${p.enrolment.id}/exit`, {
    version: p.enrolment.version,
    date: '2026-10-10',
    category: 'work',
    employment: { kind: 'municipal_labour_market', startDate: '2026-10-12', employerName: 'Kommunen' },
    ...extra,
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await json(res)).enrolments[0];
}

async function corrections(client: ApiClient, participantId: string) {
  const res = await client.get(`/api/participants/${participantId}/corrections`);
  expect(res.status).toBe(200);
  return (await json(res)).items as Array<{
    subject: string;
    subjectId: string;
    reason: string;
    changes: Array<{ field: string; from: unknown; to: unknown }>;
    correctedBy: { displayName: string } | null;
  }>;
}

describe('correcting an exit', () => {
  it('moves the Kolada category with the correction and keeps what it was', async () => {
    const p = await newParticipant();
    const exited = await exitToWork(p);
    // Municipal labour-market employment is E in Kolada, even as "work".
    expect(exited.exit.koladaCategory).toBe('E');
    const res = await coach.post(`/api/enrolments/${p.enrolment.id}/exit/correction`, {
      version: exited.version,
      date: '2026-10-10',
      category: 'studies',
      studies: { kind: 'komvux', studentFinanceEligible: true, provider: 'Komvux' },
      reason: 'Fel avslutsorsak: personen började på Komvux.',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const corrected = (await json(res)).enrolments[0];
    expect(corrected.exit).toMatchObject({ category: 'studies', koladaCategory: 'B' });
    const history = await corrections(coach, p.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ subject: 'exit', subjectId: p.enrolment.id });
    expect(history[0]!.reason).toMatch(/Komvux/);
    expect(history[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'category', from: 'work', to: 'studies' },
        { field: 'koladaCategory', from: 'E', to: 'B' },
        { field: 'employment.kind', from: 'municipal_labour_market', to: null },
      ]),
    );
    // A correction that changes nothing, and one without a reason, are refused on their field.
    const same = await coach.post(`/api/enrolments/${p.enrolment.id}/exit/correction`, {
      version: corrected.version,
      date: '2026-10-10',
      category: 'studies',
      studies: { kind: 'komvux', studentFinanceEligible: true, provider: 'Komvux' },
      reason: 'Ingen ändring',
    });
    expect(same.status).toBe(400);
    const noReason = await coach.post(`/api/enrolments/${p.enrolment.id}/exit/correction`, {
      version: corrected.version,
      date: '2026-10-09',
      category: 'other',
    });
    expect(noReason.status).toBe(400);
    expect((await json(noReason)).errors.map((e: { path: string }) => e.path)).toContain('reason');
  });

  it('a job exit corrected to another job is verified again; corrected away from work, the verification is cancelled', async () => {
    const p = await newParticipant();
    const exited = await exitToWork(p, {
      employment: { kind: 'unsubsidised', startDate: '2026-10-12', employerName: 'Lager AB' },
    });
    const followUps = async () =>
      (await json(await coach.get(`/api/enrolments/${p.enrolment.id}/follow-ups`))).items as Array<{
        kind: string;
        dueDate: string;
        cancelled: boolean;
      }>;
    expect((await followUps()).find((f) => f.kind === 'exit_verification')).toMatchObject({
      dueDate: '2026-11-12',
      cancelled: false,
    });
    const moved = await json(
      await coach.post(`/api/enrolments/${p.enrolment.id}/exit/correction`, {
        version: exited.version,
        date: '2026-10-10',
        category: 'work',
        employment: { kind: 'unsubsidised', startDate: '2026-10-14', employerName: 'Lager AB' },
        reason: 'Fel startdatum',
      }),
    );
    expect((await followUps()).find((f) => f.kind === 'exit_verification')?.dueDate).toBe('2026-11-14');
    const res = await coach.post(`/api/enrolments/${p.enrolment.id}/exit/correction`, {
      version: moved.enrolments[0].version,
      date: '2026-10-10',
      category: 'other',
      reason: 'Anställningen blev aldrig av',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await followUps()).find((f) => f.kind === 'exit_verification')?.cancelled).toBe(true);
    // The cancelled verification is not on Min vecka.
    t.setNow(new Date('2026-11-20T09:00:00Z'));
    const later = await loginAs(t, 'coach');
    const week = await json(await later.get('/api/follow-ups/reminders?range=week'));
    expect(week.items.map((i: { enrolmentId: string }) => i.enrolmentId)).not.toContain(p.enrolment.id);
    t.setNow(new Date('2026-10-15T09:00:00Z'));
  });

  it('a coach corrects only within the set number of days; the manager at any time', async () => {
    const p = await newParticipant();
    const exited = await exitToWork(p);
    t.setNow(new Date('2026-12-20T09:00:00Z')); // 66 days after the exit was recorded (default 30)
    const [lateCoach, lateChef] = [await loginAs(t, 'coach'), await loginAs(t, 'chef')];
    const body = { version: exited.version, date: '2026-10-10', category: 'other', reason: 'Fel kategori' };
    const refused = await lateCoach.post(`/api/enrolments/${p.enrolment.id}/exit/correction`, body);
    expect(refused.status).toBe(403);
    expect((await json(refused)).detail).toMatch(/30 dagar/);
    const byChef = await lateChef.post(`/api/enrolments/${p.enrolment.id}/exit/correction`, body);
    expect(byChef.status, await byChef.clone().text()).toBe(200);
    expect((await corrections(lateChef, p.id))[0]?.correctedBy?.displayName).toBeTruthy();
    t.setNow(new Date('2026-10-15T09:00:00Z'));
  });

  it('only an exit that exists, by those who may', async () => {
    const p = await newParticipant();
    const url = `/api/enrolments/${p.enrolment.id}/exit/correction`;
    const body = { version: p.enrolment.version, date: '2026-10-10', category: 'other', reason: 'x' };
    expect((await coach.post(url, body)).status).toBe(409); // still open
    expect((await anonymousClient(t).post(url, body)).status).toBe(401);
    expect((await other.post(url, body)).status).toBe(404);
    expect([403, 404]).toContain((await liaison.post(url, body)).status);
  });
});

describe('an exit closes what is still open', () => {
  it('ends the chosen interventions and cancels the chosen follow-ups, keeps the rest', async () => {
    const p = await newParticipant();
    const mk = async (title: string, status: string) =>
      json(
        await coach.post(`/api/enrolments/${p.enrolment.id}/interventions`, {
          type: 'coaching',
          title,
          startDate: '2026-09-15',
          status,
        }),
      );
    const planned = await mk('Planerad', 'planned');
    const active = await mk('Pågående', 'active');
    const kept = await mk('Behålls', 'active');
    const fu = async (dueDate: string) =>
      json(
        await coach.post(`/api/enrolments/${p.enrolment.id}/follow-ups`, { with: 'participant', dueDate }),
      );
    const f1 = await fu('2026-10-20');
    const f2 = await fu('2026-10-27');
    const enrolment = (await json(await coach.get(`/api/participants/${p.id}`))).enrolments[0];
    const foreign = await newParticipant();
    const foreignFu = await json(
      await coach.post(`/api/enrolments/${foreign.enrolment.id}/follow-ups`, {
        with: 'participant',
        dueDate: '2026-10-20',
      }),
    );
    const exit = (close: Record<string, string[]>) =>
      coach.post(`/api/enrolments/${p.enrolment.id}/exit`, {
        version: enrolment.version,
        date: '2026-10-14',
        category: 'other',
        close,
      });
    const bad = await exit({ interventionIds: [], followUpIds: [foreignFu.id] });
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors[0].path).toBe('close.followUpIds');
    const ok = await exit({ interventionIds: [planned.id, active.id], followUpIds: [f1.id] });
    expect(ok.status, await ok.clone().text()).toBe(200);
    const items = (await json(await coach.get(`/api/enrolments/${p.enrolment.id}/interventions`))).items;
    const byId = (id: string) => items.find((i: { id: string }) => i.id === id);
    expect(byId(planned.id).status).toBe('cancelled');
    expect(byId(active.id)).toMatchObject({ status: 'completed', endDate: '2026-10-14' });
    expect(byId(kept.id).status).toBe('active');
    const followUps = (await json(await coach.get(`/api/enrolments/${p.enrolment.id}/follow-ups`))).items;
    expect(followUps.find((f: { id: string }) => f.id === f1.id)).toMatchObject({
      cancelled: true,
      cancelReason: 'Inskrivningen avslutades 2026-10-14.',
    });
    expect(followUps.find((f: { id: string }) => f.id === f2.id).cancelled).toBe(false);
    // What was kept can still be ended after the exit (a job that went on).
    const keptNow = byId(kept.id);
    const ended = await coach.patch(`/api/interventions/${kept.id}`, {
      version: keptNow.version,
      status: 'completed',
    });
    expect(ended.status, await ended.clone().text()).toBe(200);
  });
});

describe('follow-ups', () => {
  it('reschedules and changes whom it is with, keeping the history; cancels with a reason', async () => {
    const p = await newParticipant();
    const created = await json(
      await coach.post(`/api/enrolments/${p.enrolment.id}/follow-ups`, {
        with: 'participant',
        dueDate: '2026-10-20',
        purpose: 'Avstämning',
      }),
    );
    const url = `/api/follow-ups/${created.id}`;
    const employerless = await coach.patch(url, { version: created.version, with: 'employer' });
    expect(employerless.status).toBe(400);
    expect((await json(employerless)).errors[0].path).toBe('employerId');
    const moved = await coach.patch(url, {
      version: created.version,
      dueDate: '2026-10-22',
      purpose: 'Avstämning om praktiken',
      reason: 'Deltagaren sjuk',
    });
    expect(moved.status, await moved.clone().text()).toBe(200);
    const after = await json(moved);
    expect(after).toMatchObject({ dueDate: '2026-10-22', purpose: 'Avstämning om praktiken' });
    const history = (await corrections(coach, p.id)).filter((c) => c.subjectId === created.id);
    expect(history[0]).toMatchObject({ subject: 'follow_up', reason: 'Deltagaren sjuk' });
    expect(history[0]!.changes).toEqual([
      { field: 'dueDate', from: '2026-10-20', to: '2026-10-22' },
      { field: 'purpose', from: 'Avstämning', to: 'Avstämning om praktiken' },
    ]);
    // Cancel: a reason is required; the cancelled follow-up stays, no longer due, and is closed to edits.
    expect((await coach.post(`${url}/cancel`, { version: after.version })).status).toBe(400);
    const stale = await coach.post(`${url}/cancel`, { version: created.version, reason: 'x' });
    expect(stale.status).toBe(409);
    expect((await json(stale)).conflict.current.dueDate).toBe('2026-10-22');
    const cancelled = await coach.post(`${url}/cancel`, {
      version: after.version,
      reason: 'Praktiken avbröts',
    });
    expect(cancelled.status).toBe(200);
    expect(await json(cancelled)).toMatchObject({
      cancelled: true,
      cancelReason: 'Praktiken avbröts',
      overdue: false,
    });
    expect((await coach.patch(url, { version: after.version + 1, dueDate: '2026-10-30' })).status).toBe(409);
    const week = await json(await coach.get('/api/follow-ups/reminders?range=week'));
    expect(week.items.map((i: { id: string }) => i.id)).not.toContain(created.id);
    expect((await other.post(`${url}/cancel`, { version: 1, reason: 'x' })).status).toBe(404);
    expect((await anonymousClient(t).post(`${url}/cancel`, { version: 1, reason: 'x' })).status).toBe(401);
  });
});

describe('journal notes', () => {
  it('are amended by their author with a reason; the original text is kept', async () => {
    const p = await newParticipant();
    const note = await json(
      await coach.post(`/api/enrolments/${p.enrolment.id}/journal`, {
        occurredOn: '2026-10-14',
        text: 'Samtal med Anna om truckkort.',
      }),
    );
    const url = `/api/journal/${note.id}`;
    const byColleague = await coach3.patch(url, { version: note.version, text: 'Annat', reason: 'x' });
    expect(byColleague.status).toBe(403);
    expect((await json(byColleague)).detail).toMatch(/ny anteckning/);
    const res = await coach.patch(url, {
      version: note.version,
      text: 'Samtal med Anna om truckkort A och B.',
      reason: 'Angav fel behörighet',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const amended = await json(res);
    expect(amended).toMatchObject({ text: 'Samtal med Anna om truckkort A och B.', version: 2 });
    expect(amended.amendedAt).toEqual(expect.any(String));
    const history = (await corrections(coach, p.id)).filter((c) => c.subjectId === note.id);
    expect(history).toHaveLength(1);
    expect(history[0]!.changes).toEqual([
      { field: 'text', from: 'Samtal med Anna om truckkort.', to: 'Samtal med Anna om truckkort A och B.' },
    ]);
    expect((await coach.patch(url, { version: 1, text: 'Tredje', reason: 'x' })).status).toBe(409);
    expect((await coach.patch(url, { version: 2, text: 'Tredje' })).status).toBe(400);
    // Someone else's person, and a note that does not exist: the same 404.
    const missing = await other.patch(`/api/journal/${crypto.randomUUID()}`, {
      version: 1,
      text: 'x',
      reason: 'x',
    });
    const foreign = await other.patch(url, { version: 2, text: 'x', reason: 'x' });
    expect(missing.status).toBe(404);
    expect(foreign.status).toBe(404);
    expect((await json(foreign)).detail).toBe((await json(missing)).detail);
    expect((await anonymousClient(t).patch(url, { version: 2, text: 'x', reason: 'x' })).status).toBe(401);
  });
});

describe('name and personnummer', () => {
  it('are corrected by the manager with a reason, never to another person’s number', async () => {
    const p = await newParticipant();
    const q = await newParticipant();
    const url = `/api/participants/${p.id}/identity-correction`;
    const refused = await coach.post(url, { version: p.version, lastName: 'Andersson', reason: 'Stavfel' });
    expect(refused.status).toBe(403);
    expect((await json(refused)).detail).toMatch(/enhetschefen/);
    const ok = await chef.post(url, { version: p.version, lastName: 'Andersson', reason: 'Stavfel' });
    expect(ok.status, await ok.clone().text()).toBe(200);
    expect((await json(ok)).lastName).toBe('Andersson');
    const taken = await chef.post(url, {
      version: p.version + 1,
      personnummer: pnr(q.birthDate),
      reason: 'Fel nummer',
    });
    expect(taken.status).toBe(409);
    const invalid = await chef.post(url, {
      version: p.version + 1,
      personnummer: '19810501-0000',
      reason: 'x',
    });
    expect(invalid.status).toBe(400);
    expect((await json(invalid)).errors[0].path).toBe('personnummer');
    const history = (await corrections(chef, p.id)).filter((c) => c.subject === 'identity');
    expect(history[0]!.changes).toEqual([{ field: 'lastName', from: 'Testsson', to: 'Andersson' }]);
    expect((await anonymousClient(t).post(url, { version: 1, reason: 'x' })).status).toBe(401);
    // A coach's rename in the contact details is kept in the same history (no reason asked there).
    const current = await json(await coach.get(`/api/participants/${p.id}`));
    expect(
      (await coach.patch(`/api/participants/${p.id}`, { version: current.version, firstName: 'Tessa' }))
        .status,
    ).toBe(200);
    const renamed = (await corrections(coach, p.id)).filter((c) => c.subject === 'identity');
    expect(renamed.at(-1)!.changes).toEqual([{ field: 'firstName', from: 'Testa', to: 'Tessa' }]);
    // A coach's role never corrects identity: 403 before any look-up, whoever the person is.
    expect((await other.post(url, { version: 1, lastName: 'X', reason: 'x' })).status).toBe(403);
  });
});
