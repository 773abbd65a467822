import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { coachAssignment, enrolment, notification } from '../../db/schema/index.ts';
import { FC, intakeBody, JC, pnr, setupCaseWorld } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';

// Intake routing: the age rule shown before the intake, and handing an intake over to the unit
// the rule names (a referral) when the coach does not work there.

let t: TestContext;
let world: Awaited<ReturnType<typeof setupCaseWorld>>;
let coach: ApiClient;
let coach2: ApiClient;
let chef: ApiClient;
let other: ApiClient;

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  world = await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
  coach2 = await loginAs(t, 'coach2');
  chef = await loginAs(t, 'chef');
  other = await loginAs(t, 'other');
});
afterAll(() => t.close());

let seq = 0;
function personOfAge(age: number) {
  seq++;
  return pnr(new Date(Date.UTC(2026 - age, 0, 1 + seq)).toISOString().slice(0, 10));
}

describe('intake-check names the unit of the age rule', () => {
  it("says which unit the age belongs to, whether it is the coach's own, and offers the hand-over", async () => {
    const young = personOfAge(19);
    const check = await json(await coach.post('/api/participants/intake-check', { personnummer: young }));
    expect(check).toMatchObject({
      valid: true,
      age: 19,
      suggestedUnitId: world.units[FC],
      routedUnit: { id: world.units[FC], name: FC, minAge: 16, maxAge: 24, ownUnit: false },
      mayHandOver: true,
    });
    const own = await json(
      await coach.post('/api/participants/intake-check', { personnummer: personOfAge(40) }),
    );
    expect(own.routedUnit).toMatchObject({ name: JC, ownUnit: true });
    expect(own.mayHandOver).toBe(false);
    const bad = await json(await coach.post('/api/participants/intake-check', { personnummer: '12' }));
    expect(bad).toMatchObject({ valid: false, routedUnit: null, mayHandOver: false });
  });
});

describe('handing an intake over', () => {
  it("enrols the person unassigned in the age rule's unit, records who handed over, notifies that unit", async () => {
    const young = personOfAge(19);
    const res = await coach.post('/api/participants', intakeBody({ personnummer: young, handOver: true }));
    expect(res.status, await res.clone().text()).toBe(202);
    const body = await json(res);
    expect(body).toEqual({ handedOver: true, unit: { id: world.units[FC], name: FC }, notified: 1 });
    expect(JSON.stringify(body)).not.toContain(young);

    const [period] = await t.db
      .select()
      .from(enrolment)
      .where(eq(enrolment.unitId, world.units[FC]!))
      .orderBy(sql`${enrolment.createdAt} desc`)
      .limit(1);
    expect(period).toMatchObject({ coachId: null, exitDate: null });
    const [assignment] = await t.db
      .select()
      .from(coachAssignment)
      .where(eq(coachAssignment.enrolmentId, period!.id));
    expect(assignment).toMatchObject({ coachId: null, assignedById: world.staff.coach.id });

    // The audit trail says it was a hand-over, by whom.
    const audit = rowsOf<{ actor_id: string; details: Record<string, unknown> }>(
      await t.db.execute(
        sql`select actor_id, details from audit_event
            where entity_type = 'enrolment' and entity_id = ${period!.id} and action = 'create'`,
      ),
    );
    expect(audit).toEqual([
      {
        actor_id: world.staff.coach.id,
        details: expect.objectContaining({ handOver: true, unitId: world.units[FC] }),
      },
    ]);

    // The receiving unit's coach is told, with a link to the person; it is under "Ej tilldelade".
    const notes = await t.db
      .select()
      .from(notification)
      .where(
        and(eq(notification.staffId, world.staff.coach2.id), eq(notification.kind, 'intake.handed_over')),
      );
    expect(notes).toHaveLength(1);
    expect(notes[0]!.text).toMatch(/lämnat över en inskrivning till Framtidscentrum 16–24/);
    expect(notes[0]!.text).toContain('(Jobbcentrum 25+)');
    expect(notes[0]!.link).toBe(`/deltagare/${period!.participantId}`);
    const caseload = await json(await coach2.get('/api/participants/caseload?scope=unit&filter=unassigned'));
    expect(JSON.stringify(caseload)).toContain(period!.participantId);

    // The coach who handed over has no access to the case: the access layer answers 404.
    expect((await coach.get(`/api/participants/${period!.participantId}`)).status).toBe(404);
    expect((await coach2.get(`/api/participants/${period!.participantId}`)).status).toBe(200);
  });

  it("only to the age rule's unit: another unit, the coach's own unit or no routed unit is 403 (audited)", async () => {
    const denied = async () =>
      rowsOf<{ n: number }>(
        await t.db.execute(
          sql`select count(*)::int as n from audit_event
              where action = 'access_denied' and reason = 'participant.intake_hand_over'`,
        ),
      )[0]!.n;
    const before = await denied();
    const young = personOfAge(19);
    const toOther = await coach.post(
      '/api/participants',
      intakeBody({ personnummer: young, handOver: true, unitId: world.units['Annan enhet'] }),
    );
    expect(toOther.status).toBe(403);
    expect((await json(toOther)).detail).toMatch(
      /bara lämnas över till den enhet åldersregeln anger: Framtidscentrum/,
    );
    // A 40-year-old belongs to the coach's own unit: nothing to hand over.
    const own = await coach.post(
      '/api/participants',
      intakeBody({ personnummer: personOfAge(40), handOver: true }),
    );
    expect(own.status).toBe(403);
    expect((await json(own)).detail).toMatch(/din egen enhet/);
    // A coach of a unit without an age range cannot send a 40-year-old to Framtidscentrum either.
    const wrongAge = await other.post(
      '/api/participants',
      intakeBody({ personnummer: personOfAge(40), handOver: true, unitId: world.units[FC] }),
    );
    expect(wrongAge.status).toBe(403);
    // Managers do not do intakes at all.
    expect(
      (await chef.post('/api/participants', intakeBody({ personnummer: young, handOver: true }))).status,
    ).toBe(403);
    expect(await denied()).toBe(before + 3);
    const written = rowsOf<{ n: number }>(
      await t.db.execute(
        sql`select count(*)::int as n from participant where personnummer = ${young.replace('-', '')}`,
      ),
    )[0]!.n;
    expect(written).toBe(0);
  });

  it('gives a handed-over period no coach, and still refuses a person with an open period (409)', async () => {
    const young = personOfAge(20);
    const withCoach = await coach.post(
      '/api/participants',
      intakeBody({ personnummer: young, handOver: true, coachId: world.staff.coach2.id }),
    );
    expect(withCoach.status).toBe(400);
    expect((await json(withCoach)).errors).toEqual([expect.objectContaining({ path: 'coachId' })]);
    // Already enrolled in Framtidscentrum: a hand-over does not open a second period.
    expect((await coach2.post('/api/participants', intakeBody({ personnummer: young }))).status).toBe(201);
    const again = await coach.post('/api/participants', intakeBody({ personnummer: young, handOver: true }));
    expect(again.status).toBe(409);
    const check = await json(await coach.post('/api/participants/intake-check', { personnummer: young }));
    expect(check).toMatchObject({ hasOpenEnrolment: true, mayHandOver: false });
  });

  it("still refuses a plain intake outside the coach's units, and names the hand-over in the message", async () => {
    const res = await coach.post('/api/participants', intakeBody({ personnummer: personOfAge(19) }));
    expect(res.status).toBe(400);
    expect((await json(res)).errors[0]).toMatchObject({
      path: 'unitId',
      message: expect.stringMatching(/lämna över inskrivningen till Framtidscentrum 16–24/),
    });
  });
});
