import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { jobQueue } from '../../jobs/job-queue.ts';
import { runDueJobs } from '../../jobs/worker.ts';
import { intakeBody, pnr, setupCaseWorld, vocab } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  anonymousClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';
import { followUpDailyJob } from './follow-up.jobs.ts';

// The coach's day after intake: plan → intervention → journal → follow-up → exit → verification,
// and the caseload filters that point at what needs doing.

let t: TestContext;
let coach: ApiClient;
let coach3: ApiClient;
let chef: ApiClient;
let other: ApiClient;
let employerId: string;

let seq = 0;
async function newParticipant(client: ApiClient = coach, overrides: Record<string, unknown> = {}) {
  seq++;
  const birth = new Date(Date.UTC(1980, 2, seq)).toISOString().slice(0, 10);
  const res = await client.post('/api/participants', intakeBody({ personnummer: pnr(birth), ...overrides }));
  expect(res.status, await res.clone().text()).toBe(201);
  const body = await json(res);
  return { id: body.id as string, enrolment: body.enrolments[0] as { id: string; version: number } };
}

/** Enqueues the daily job at the test clock's time (as the worker would) and runs it through the queue. */
let jobRuns = 0;
async function runDailyJob() {
  jobRuns++;
  await jobQueue.enqueue(t.db, {
    type: followUpDailyJob.type,
    payload: {},
    runAt: t.clock(),
    dedupeKey: `${followUpDailyJob.type}:test:${jobRuns}`,
  });
  expect(await runDueJobs(t)).toBe(1);
}

async function count(query: ReturnType<typeof sql>) {
  return rowsOf<{ n: number }>(await t.db.execute(query))[0]!.n;
}

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
  coach3 = await loginAs(t, 'coach3');
  chef = await loginAs(t, 'chef');
  other = await loginAs(t, 'other');
  const res = await coach.post('/api/employers', {
    name: 'Testlager AB',
    organisationsnummer: '5566778899',
    municipality: '1488',
  });
  expect(res.status).toBe(201);
  const created = await json(res);
  expect(created.organisationsnummer).toBe('556677-8899');
  employerId = created.id;
});
afterAll(() => t.close());

describe('employers', () => {
  it('validates the organisation number, refuses duplicates, and is open to liaisons but not admins', async () => {
    const bad = await coach.post('/api/employers', { name: 'Fel AB', organisationsnummer: '5560360794' });
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors[0].path).toBe('organisationsnummer');
    const dup = await coach.post('/api/employers', { name: 'Kopia AB', organisationsnummer: '556677-8899' });
    expect(dup.status).toBe(409);
    // Named on its field: a form tells it from a stale-version 409 without reading the text.
    expect((await json(dup)).errors).toEqual([
      { path: 'organisationsnummer', message: expect.stringMatching(/redan/) },
    ]);
    const liaison = await loginAs(t, 'liaison');
    expect((await liaison.get('/api/employers')).status).toBe(200);
    const admin = await loginAs(t, 'admin');
    expect((await admin.get('/api/employers')).status).toBe(403);
    const list = await json(await coach.get('/api/employers?q=testlager'));
    expect(list.items.map((e: { id: string }) => e.id)).toContain(employerId);
    const one = await json(await coach.get(`/api/employers/${employerId}`));
    // Issue 10: the register is the liaisons' and managers'; a coach reads it (and may register one).
    expect(
      (await coach.patch(`/api/employers/${employerId}`, { version: one.version, industry: 'Lager' })).status,
    ).toBe(403);
    const patched = await liaison.patch(`/api/employers/${employerId}`, {
      version: one.version,
      industry: 'Lager',
    });
    expect(patched.status).toBe(200);
    expect(
      (await liaison.patch(`/api/employers/${employerId}`, { version: one.version, industry: 'X' })).status,
    ).toBe(409);
  });
});

describe('plan', () => {
  it('keeps every saved version, detects a stale save, and validates steps', async () => {
    const p = await newParticipant();
    const url = `/api/enrolments/${p.enrolment.id}/plan`;
    expect((await json(await coach.get(url))).current).toBeNull();
    const v1 = await coach.put(url, {
      expectedVersion: 0,
      goal: 'work',
      goalOccupationId: vocab.occupation('lagerarbetare'),
      steps: [{ title: 'Truckkort', status: 'proposed' }],
    });
    expect(v1.status, await v1.clone().text()).toBe(200);
    const first = await json(v1);
    expect(first.version).toBe(1);
    const stepId = first.steps[0].id;
    const v2 = await coach3.put(url, {
      expectedVersion: 1,
      goal: 'work',
      steps: [
        { id: stepId, title: 'Truckkort', status: 'in_progress' },
        { title: 'Praktik', status: 'planned' },
      ],
    });
    expect(v2.status).toBe(200);
    // A new version starts not agreed, whatever the client sends; agreement is given per version.
    expect((await json(v2)).agreedWithParticipant).toBe(false);
    const stale = await coach.put(url, {
      expectedVersion: 1,
      goal: 'studies',
      steps: [],
    });
    expect(stale.status).toBe(409);
    expect((await json(stale)).detail).toMatch(/Ladda om och försök igen/);
    const plan = await json(await chef.get(url));
    expect(plan.current.version).toBe(2);
    expect(plan.current.steps[0]).toMatchObject({ id: stepId, status: 'in_progress' });
    expect(plan.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const old = await json(await coach.get(`${url}/versions/1`));
    expect(old.steps).toHaveLength(1);
    expect(old.steps[0].status).toBe('proposed');
    expect((await coach.get(`${url}/versions/9`)).status).toBe(404);
    // Unknown occupation, unknown status: 400 and no version 3.
    for (const bad of [
      { expectedVersion: 2, goal: 'work', goalOccupationId: 'x', steps: [] },
      { expectedVersion: 2, goal: 'work', steps: [{ title: 'a', status: 'klar' }] },
    ]) {
      expect((await coach.put(url, bad)).status).toBe(400);
    }
    expect((await json(await coach.get(url))).current.version).toBe(2);
    expect((await other.get(url)).status).toBe(404);
  });

  it('is agreed version by version: only the version in force, once, on a date that can be true', async () => {
    const p = await newParticipant();
    const url = `/api/enrolments/${p.enrolment.id}/plan`;
    const put = (expectedVersion: number) =>
      coach.put(url, { expectedVersion, goal: 'work', steps: [{ title: 'Truckkort', status: 'planned' }] });
    expect((await put(0)).status).toBe(200);
    const todayIso = (await json(await coach.get(url))).current.createdAt.slice(0, 10);
    // Before the version was saved, or in the future: on the field.
    for (const agreedAt of ['2020-01-01', '2999-01-01']) {
      const bad = await coach.post(`${url}/versions/1/agreement`, { agreedAt });
      expect(bad.status).toBe(400);
      expect((await json(bad)).errors[0].path).toBe('agreedAt');
    }
    const agreed = await coach.post(`${url}/versions/1/agreement`, { agreedAt: todayIso });
    expect(agreed.status, await agreed.clone().text()).toBe(200);
    expect(await json(agreed)).toMatchObject({ version: 1, agreedWithParticipant: true, agreedAt: todayIso });
    expect((await coach.post(`${url}/versions/1/agreement`, { agreedAt: todayIso })).status).toBe(409);
    // A changed plan is a new version that has not been agreed; the old one stays agreed.
    expect((await put(1)).status).toBe(200);
    const plan = await json(await coach.get(url));
    expect(plan.current).toMatchObject({ version: 2, agreedWithParticipant: false, agreedAt: null });
    expect(plan.versions.map((v: { agreedWithParticipant: boolean }) => v.agreedWithParticipant)).toEqual([
      false,
      true,
    ]);
    expect((await coach.post(`${url}/versions/1/agreement`, { agreedAt: todayIso })).status).toBe(409);
    expect((await coach.post(`${url}/versions/7/agreement`, { agreedAt: todayIso })).status).toBe(404);
    // Authorization: anonymous 401, a coach of another unit 404 (as if it did not exist).
    expect((await other.post(`${url}/versions/2/agreement`, { agreedAt: todayIso })).status).toBe(404);
    expect(
      (await anonymousClient(t).post(`${url}/versions/2/agreement`, { agreedAt: todayIso })).status,
    ).toBe(401);
  });
});

describe('interventions', () => {
  it('records every intervention type with its rules', async () => {
    const p = await newParticipant();
    const url = `/api/enrolments/${p.enrolment.id}/interventions`;
    const cases: Array<[Record<string, unknown>, number]> = [
      [
        {
          type: 'praktik',
          title: 'Praktik lager',
          employerId,
          startDate: '2026-10-01',
          endDate: '2026-11-30',
          hoursPerWeek: 30,
        },
        201,
      ],
      [{ type: 'praktik', title: 'Praktik utan arbetsgivare', startDate: '2026-10-01' }, 400],
      [{ type: 'arbetstraning', title: 'Arbetsträning', employerId, startDate: '2026-10-01' }, 201],
      [
        { type: 'utbildning', title: 'Truckkort', provider: 'Vuxenutbildningen', startDate: '2026-10-02' },
        201,
      ],
      [{ type: 'utbildning', title: 'Utan anordnare', startDate: '2026-10-02' }, 400],
      [
        {
          type: 'jobbspar',
          title: 'Jobbspår lager',
          employerId,
          occupationId: vocab.occupation('lagerarbetare'),
          startDate: '2026-10-05',
          goals: 'Anställning',
        },
        201,
      ],
      [
        {
          type: 'subsidised_employment',
          subsidyKind: 'nystartsjobb',
          title: 'Nystartsjobb',
          employerId,
          startDate: '2026-10-05',
        },
        201,
      ],
      [{ type: 'subsidised_employment', title: 'Utan stödform', employerId, startDate: '2026-10-05' }, 400],
      [{ type: 'coaching', subsidyKind: 'lonebidrag', title: 'Fel', startDate: '2026-10-05' }, 400],
      [
        {
          type: 'municipal_employment',
          title: 'Kommunal anställning',
          provider: 'Tekniska förvaltningen',
          startDate: '2026-10-05',
        },
        201,
      ],
      [{ type: 'study_guidance', title: 'SYV', startDate: '2026-10-05' }, 201],
      [{ type: 'coaching', title: 'Coachning', startDate: '2026-10-05', endDate: '2026-10-01' }, 400],
      [{ type: 'coaching', title: 'Före inskrivning', startDate: '2026-08-01' }, 400],
      [{ type: 'coaching', title: 'Okänt yrke', occupationId: 'nope', startDate: '2026-10-05' }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await coach.post(url, body);
      expect(res.status, `${JSON.stringify(body)} → ${await res.clone().text()}`).toBe(status);
    }
    const list = await json(await chef.get(url));
    expect(list.items).toHaveLength(cases.filter(([, s]) => s === 201).length);
    const praktik = list.items.find((i: { type: string }) => i.type === 'praktik');
    expect(praktik.employer).toEqual({ id: employerId, name: expect.any(String) });
    const upd = await coach.patch(`/api/interventions/${praktik.id}`, {
      version: praktik.version,
      status: 'active',
    });
    expect(upd.status).toBe(200);
    expect(
      (
        await coach.patch(`/api/interventions/${praktik.id}`, {
          version: praktik.version,
          status: 'completed',
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await coach.patch(`/api/interventions/${praktik.id}`, {
          version: praktik.version + 1,
          endDate: '2026-09-01',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await other.patch(`/api/interventions/${praktik.id}`, {
          version: praktik.version + 1,
          status: 'completed',
        })
      ).status,
    ).toBe(404);
    // A partial change leaves the other fields as they were.
    const renamed = await coach.patch(`/api/interventions/${praktik.id}`, {
      version: praktik.version + 1,
      title: 'Praktik på lagret',
    });
    expect(await json(renamed)).toMatchObject({
      title: 'Praktik på lagret',
      status: 'active',
      hoursPerWeek: 30,
      version: praktik.version + 2,
    });
    expect((await chef.post(url, cases[0]![0])).status).toBe(403);
  });
});

describe('journal', () => {
  it('appends notes, newest first, and refuses future dates', async () => {
    const p = await newParticipant();
    const url = `/api/enrolments/${p.enrolment.id}/journal`;
    expect(
      (await coach.post(url, { occurredOn: '2026-10-01', text: 'Första mötet.', kind: 'meeting' })).status,
    ).toBe(201);
    expect((await coach.post(url, { occurredOn: '2026-10-14', text: 'Ringde.', kind: 'phone' })).status).toBe(
      201,
    );
    expect((await coach.post(url, { occurredOn: '2026-10-16', text: 'Framtid' })).status).toBe(400);
    expect((await coach.post(url, { occurredOn: '2026-10-14', text: '   ' })).status).toBe(400);
    const list = await json(await chef.get(url));
    expect(list.items.map((i: { text: string }) => i.text)).toEqual(['Ringde.', 'Första mötet.']);
    expect(list.items[0].author.displayName).toBe('coach');
  });
});

describe('follow-ups, reminders and the daily job', () => {
  it('lists Min vecka and overdue ones, completes with outcome, and the job flags overdue idempotently', async () => {
    const p = await newParticipant();
    const url = `/api/enrolments/${p.enrolment.id}/follow-ups`;
    const overdue = await json(
      await coach.post(url, { with: 'participant', dueDate: '2026-10-10', purpose: 'Avstämning' }),
    );
    const todayMeeting = await json(
      await coach.post(url, {
        with: 'both',
        kind: 'meeting',
        dueDate: '2026-10-15',
        dueTime: '10:00',
        employerId,
      }),
    );
    await coach.post(url, { with: 'participant', dueDate: '2026-10-20' });
    await coach.post(url, { with: 'participant', dueDate: '2026-11-30' });
    expect((await coach.post(url, { with: 'employer', dueDate: '2026-10-20' })).status).toBe(400);

    const week = await json(await coach.get('/api/follow-ups/reminders?range=week'));
    const mine = week.items.filter((i: { enrolmentId: string }) => i.enrolmentId === p.enrolment.id);
    expect(mine.map((i: { dueDate: string }) => i.dueDate)).toEqual([
      '2026-10-10',
      '2026-10-15',
      '2026-10-20',
    ]);
    expect(mine[0].overdue).toBe(true);
    expect(mine[0].participantName).toBe('Testa Testsson');
    const late = await json(await coach.get('/api/follow-ups/reminders?range=overdue'));
    expect(late.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    expect(late.items.map((i: { id: string }) => i.id)).toContain(overdue.id);
    // coach3 has no participants assigned: an empty week; the manager sees the unit.
    expect((await json(await coach3.get('/api/follow-ups/reminders'))).items).toHaveLength(0);
    expect((await json(await chef.get('/api/follow-ups/reminders'))).items.length).toBeGreaterThanOrEqual(3);

    await runDailyJob();
    const flagged = await count(
      sql`select count(*)::int as n from follow_up where overdue_since is not null`,
    );
    expect(flagged).toBeGreaterThanOrEqual(1);
    // A second run the same day changes nothing.
    await followUpDailyJob.run(t, {});
    expect(await count(sql`select count(*)::int as n from follow_up where overdue_since is not null`)).toBe(
      flagged,
    );

    const noOutcome = await coach.patch(`/api/follow-ups/${todayMeeting.id}`, {
      version: todayMeeting.version,
      done: true,
    });
    expect(noOutcome.status).toBe(400);
    const done = await coach.patch(`/api/follow-ups/${todayMeeting.id}`, {
      version: todayMeeting.version,
      done: true,
      outcome: 'Bra möte, praktiken fortsätter.',
    });
    expect(done.status).toBe(200);
    expect((await json(done)).done).toBe(true);
    const stale = await coach.patch(`/api/follow-ups/${todayMeeting.id}`, {
      version: todayMeeting.version,
      dueDate: '2026-10-16',
    });
    expect(stale.status).toBe(409);
    expect(
      (await other.patch(`/api/follow-ups/${overdue.id}`, { version: 1, dueDate: '2026-10-16' })).status,
    ).toBe(404);
  });
});

describe('exit and verification', () => {
  it('counts a job exit as A only after the one-month follow-up says it held', async () => {
    const p = await newParticipant();
    const bad = await coach.post(`/api/enrolments/${p.enrolment.id}/exit`, {
      version: p.enrolment.version,
      date: '2026-08-01',
      category: 'work',
      employment: { kind: 'unsubsidised', startDate: '2026-10-01', employerId },
    });
    expect(bad.status).toBe(400); // exit before enrolment
    expect(
      (
        await coach.post(`/api/enrolments/${p.enrolment.id}/exit`, {
          version: p.enrolment.version,
          date: '2026-10-10',
          category: 'work',
        })
      ).status,
    ).toBe(400);
    const res = await coach.post(`/api/enrolments/${p.enrolment.id}/exit`, {
      version: p.enrolment.version,
      date: '2026-10-10',
      category: 'work',
      employment: {
        kind: 'unsubsidised',
        startDate: '2026-10-12',
        employerId,
        occupationId: vocab.occupation('lagerarbetare'),
      },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const exit = (await json(res)).enrolments[0].exit;
    expect(exit).toMatchObject({
      koladaCategory: 'E',
      status: 'pending_verification',
      reason: 'work_pending_verification',
      employment: { heldOneMonth: null, verificationDueDate: '2026-11-12', employerName: 'Testlager AB' },
    });
    expect(
      (
        await coach.post(`/api/enrolments/${p.enrolment.id}/exit`, {
          version: p.enrolment.version + 1,
          date: '2026-10-10',
          category: 'other',
        })
      ).status,
    ).toBe(409);
    // No new interventions on a closed period.
    expect(
      (
        await coach.post(`/api/enrolments/${p.enrolment.id}/interventions`, {
          type: 'coaching',
          title: 'x',
          startDate: '2026-10-12',
        })
      ).status,
    ).toBe(409);

    const caseload = await json(await coach.get('/api/participants/caseload?filter=exit_needs_verification'));
    expect(caseload.items.map((i: { enrolmentId: string }) => i.enrolmentId)).toContain(p.enrolment.id);

    const followUps = await json(await coach.get(`/api/enrolments/${p.enrolment.id}/follow-ups`));
    const verification = followUps.items.find((f: { kind: string }) => f.kind === 'exit_verification');
    expect(verification).toMatchObject({ dueDate: '2026-11-12', with: 'both', employer: { id: employerId } });
    // Too early to confirm that it held.
    const early = await coach.patch(`/api/follow-ups/${verification.id}`, {
      version: verification.version,
      done: true,
      outcome: 'Trivs',
      jobHeld: true,
    });
    expect(early.status).toBe(400);
    t.setNow(new Date('2026-11-13T09:00:00Z'));
    const later = await loginAs(t, 'coach'); // the earlier session has idled out by now
    const missing = await later.patch(`/api/follow-ups/${verification.id}`, {
      version: verification.version,
      done: true,
      outcome: 'Trivs',
    });
    expect(missing.status).toBe(400);
    const ok = await later.patch(`/api/follow-ups/${verification.id}`, {
      version: verification.version,
      done: true,
      outcome: 'Anställningen håller, arbetsgivaren nöjd.',
      jobHeld: true,
    });
    expect(ok.status).toBe(200);
    const after = await json(await later.get(`/api/participants/${p.id}`));
    expect(after.enrolments[0].exit).toMatchObject({
      koladaCategory: 'A',
      status: 'verified',
      reason: 'work_held_one_month',
    });
    const caseload2 = await json(
      await later.get('/api/participants/caseload?filter=exit_needs_verification'),
    );
    expect(caseload2.items.map((i: { enrolmentId: string }) => i.enrolmentId)).not.toContain(p.enrolment.id);
    t.setNow(new Date('2026-10-15T09:00:00Z'));
  });

  it('classifies the other categories, and municipal employment never as work', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ category: 'work', employment: { kind: 'municipal_labour_market', startDate: '2026-10-01' } }, 'E'],
      [{ category: 'studies', studies: { kind: 'komvux', studentFinanceEligible: true } }, 'B'],
      [{ category: 'studies', studies: { kind: 'other', studentFinanceEligible: false } }, 'E'],
      [{ category: 'other_authority' }, 'C'],
      [{ category: 'completed' }, 'D'],
      [{ category: 'other' }, 'E'],
    ];
    for (const [exit, kolada] of cases) {
      const p = await newParticipant();
      const res = await coach.post(`/api/enrolments/${p.enrolment.id}/exit`, {
        version: p.enrolment.version,
        date: '2026-10-14',
        ...exit,
      });
      expect(res.status).toBe(200);
      const e = (await json(res)).enrolments[0];
      expect(e.exit.koladaCategory, JSON.stringify(exit)).toBe(kolada);
      expect(e.status).toBe('exited');
    }
    const p = await newParticipant();
    const future = await coach.post(`/api/enrolments/${p.enrolment.id}/exit`, {
      version: p.enrolment.version,
      date: '2026-12-01',
      category: 'other',
    });
    expect(future.status).toBe(400);
  });

  it('the daily job creates a missing verification follow-up once (e.g. after an import)', async () => {
    const p = await newParticipant();
    await t.db.execute(sql`update enrolment set exit_date = '2026-10-01', exit_category = 'work',
      exit_employment_kind = 'subsidised', exit_employment_start = '2026-10-03' where id = ${p.enrolment.id}`);
    const before = await count(
      sql`select count(*)::int as n from follow_up where enrolment_id = ${p.enrolment.id}`,
    );
    expect(before).toBe(0);
    await runDailyJob();
    await followUpDailyJob.run(t, {});
    const rows = rowsOf<{ due_date: string; kind: string }>(
      await t.db.execute(
        sql`select due_date::text, kind from follow_up where enrolment_id = ${p.enrolment.id}`,
      ),
    );
    expect(rows).toEqual([{ due_date: '2026-11-03', kind: 'exit_verification' }]);
  });
});

describe('caseload filters and counts', () => {
  it('gives each quick filter the right participants and counts, per scope', async () => {
    // A fresh world keeps the counts exact.
    const t2 = await createTestContext();
    try {
      t2.setNow(new Date('2026-10-15T09:00:00Z'));
      await setupCaseWorld(t2);
      const c = await loginAs(t2, 'coach');
      const c3 = await loginAs(t2, 'coach3');
      const boss = await loginAs(t2, 'chef');
      const make = async (client: ApiClient, birth: string, extra: Record<string, unknown> = {}) => {
        const res = await client.post(
          '/api/participants',
          intakeBody({ personnummer: pnr(birth), ...extra }),
        );
        expect(res.status).toBe(201);
        return (await json(res)).enrolments[0] as { id: string; version: number };
      };
      const fresh = await make(c, '1970-01-01', { enrolledAt: '2026-10-10' }); // new, no intervention
      const old = await make(c, '1970-01-02', { enrolledAt: '2026-06-01' });
      await c.post(`/api/enrolments/${old.id}/interventions`, {
        type: 'coaching',
        title: 'Coachning',
        startDate: '2026-06-02',
        status: 'active',
      });
      await c.post(`/api/enrolments/${old.id}/follow-ups`, { with: 'participant', dueDate: '2026-10-01' }); // overdue
      const meeting = await make(c, '1970-01-03', { enrolledAt: '2026-05-01' });
      await c.post(`/api/enrolments/${meeting.id}/interventions`, {
        type: 'study_guidance',
        title: 'SYV',
        startDate: '2026-05-02',
      });
      await c.post(`/api/enrolments/${meeting.id}/follow-ups`, {
        with: 'participant',
        kind: 'meeting',
        dueDate: '2026-10-15',
      });
      await make(c, '1970-01-04', { enrolledAt: '2026-05-01', coachId: null }); // unassigned
      const exited = await make(c, '1970-01-05', { enrolledAt: '2026-04-01' });
      await c.post(`/api/enrolments/${exited.id}/exit`, {
        version: exited.version,
        date: '2026-10-01',
        category: 'work',
        employment: { kind: 'unsubsidised', startDate: '2026-10-05' },
      });
      await make(c3, '1970-01-06', { enrolledAt: '2026-10-12' }); // someone else's

      const mine = await json(await c.get('/api/participants/caseload'));
      expect(mine.counts).toEqual({
        all: 3,
        unassigned: 1,
        new: 1,
        follow_up_overdue: 1,
        no_active_intervention: 1,
        exit_needs_verification: 1,
        meetings_today: 1,
      });
      expect(mine.items).toHaveLength(3);
      expect(
        mine.items.every((i: { personnummerMasked: string }) => /^\d{8}-\*{4}$/.test(i.personnummerMasked)),
      ).toBe(true);
      const byFilter = async (filter: string, client = c, scope = 'mine') =>
        (
          await json(await client.get(`/api/participants/caseload?scope=${scope}&filter=${filter}`))
        ).items.map((i: { enrolmentId: string }) => i.enrolmentId);
      expect(await byFilter('new')).toEqual([fresh.id]);
      expect(await byFilter('follow_up_overdue')).toEqual([old.id]);
      expect(await byFilter('meetings_today')).toEqual([meeting.id]);
      expect(await byFilter('no_active_intervention')).toEqual([fresh.id]);
      expect(await byFilter('exit_needs_verification')).toEqual([exited.id]);
      const unit = await json(await c.get('/api/participants/caseload?scope=unit'));
      expect(unit.counts.all).toBe(5);
      expect(unit.counts.new).toBe(2);
      const chefView = await json(await boss.get('/api/participants/caseload?scope=mine'));
      expect(chefView.counts.all).toBe(5); // a manager's "mine" is their units
      const paged = await json(await c.get('/api/participants/caseload?scope=unit&limit=2&offset=0'));
      expect(paged.items).toHaveLength(2);
      expect(paged.total).toBe(5);
      const audited = rowsOf<{ n: number }>(
        await t2.db.execute(sql`select count(*)::int as n from audit_event where reason = 'caseload.list'`),
      )[0]!.n;
      expect(audited).toBeGreaterThanOrEqual(9);
      const units = await json(await c.get('/api/caseload/units'));
      expect(units.units).toHaveLength(1);
      expect(units.units[0].coaches.map((x: { displayName: string }) => x.displayName).sort()).toEqual([
        'coach',
        'coach3',
      ]);
    } finally {
      await t2.close();
    }
  });
});
