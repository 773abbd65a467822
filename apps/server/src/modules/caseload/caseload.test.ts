import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeBody, pnr, setupCaseWorld } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';

// The caseload computed in SQL (issue 12): sorted, paged, a manager's per-coach view, and an
// intervention still "Pågår" after its end date flagged and not counted as active.

let t: TestContext;
let world: Awaited<ReturnType<typeof setupCaseWorld>>;
let coach: ApiClient;
let coach3: ApiClient;
let chef: ApiClient;
const names = ['Östen', 'Anna', 'Bertil', 'Cecilia', 'Åke'];

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  world = await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
  coach3 = await loginAs(t, 'coach3');
  chef = await loginAs(t, 'chef');
  for (const [i, name] of names.entries()) {
    const res = await coach.post(
      '/api/participants',
      intakeBody({ personnummer: pnr(`1975-01-0${i + 1}`), lastName: name, enrolledAt: `2026-0${i + 1}-01` }),
    );
    expect(res.status).toBe(201);
  }
  await coach3.post('/api/participants', intakeBody({ personnummer: pnr('1976-02-02'), lastName: 'Tredje' }));
});
afterAll(() => t.close());

describe('the caseload in SQL', () => {
  it('sorts and pages in the database, with the total of the filter', async () => {
    const first = await json(await coach.get('/api/participants/caseload?sort=enrolled&order=desc&limit=2'));
    expect(first.total).toBe(5);
    expect(first.items.map((i: { lastName: string }) => i.lastName)).toEqual(['Åke', 'Cecilia']);
    const next = await json(
      await coach.get('/api/participants/caseload?sort=enrolled&order=desc&limit=2&offset=2'),
    );
    expect(next.items.map((i: { lastName: string }) => i.lastName)).toEqual(['Bertil', 'Anna']);
    // Past the end, and a filter with nobody: an empty page still carries every count.
    const past = await json(await coach.get('/api/participants/caseload?limit=2&offset=100'));
    expect(past.items).toEqual([]);
    expect(past.counts).toEqual(first.counts);
    const none = await json(await coach.get('/api/participants/caseload?filter=exit_needs_verification'));
    expect(none.items).toEqual([]);
    expect(none.counts).toEqual(first.counts);
    expect(first.counts.all).toBe(5);
  });

  it('gives a manager one coach’s caseload', async () => {
    const view = await json(
      await chef.get(`/api/participants/caseload?scope=unit&coachId=${world.staff.coach3.id}`),
    );
    expect(view.items.map((i: { lastName: string }) => i.lastName)).toEqual(['Tredje']);
  });

  it('flags an intervention still "Pågår" after its end date and counts the person under "no active intervention"', async () => {
    const list = await json(await coach.get('/api/participants/caseload'));
    const anna = list.items.find((i: { lastName: string }) => i.lastName === 'Anna');
    const before = list.counts.no_active_intervention;
    const res = await coach.post(`/api/enrolments/${anna.enrolmentId}/interventions`, {
      type: 'coaching',
      title: 'Coachning',
      startDate: '2026-03-01',
      endDate: '2026-09-30',
      status: 'active',
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const after = await json(await coach.get('/api/participants/caseload'));
    const row = after.items.find((i: { lastName: string }) => i.lastName === 'Anna');
    expect(row.pastDueInterventions).toBe(1);
    expect(row.activeInterventions).toBe(0);
    expect(after.counts.no_active_intervention).toBe(before);
    // Min vecka flags it too, for the person's coach and the unit's manager, not for others.
    const created = await json(res);
    const week = await json(await coach.get('/api/follow-ups/reminders?range=week'));
    expect(week.pastDueInterventions).toContainEqual({
      id: created.id,
      participantId: anna.participantId ?? anna.id,
      participantName: expect.stringContaining('Anna'),
      title: 'Coachning',
      endDate: '2026-09-30',
    });
    const chefWeek = await json(await chef.get('/api/follow-ups/reminders?range=week'));
    expect(chefWeek.pastDueInterventions.map((i: { id: string }) => i.id)).toContain(created.id);
    const coach3Week = await json(await coach3.get('/api/follow-ups/reminders?range=week'));
    expect(coach3Week.pastDueInterventions.map((i: { id: string }) => i.id)).not.toContain(created.id);
  });
});
