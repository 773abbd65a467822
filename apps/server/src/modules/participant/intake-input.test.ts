import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeBody, setupCaseWorld } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';

// Intake with numbers and dates as people really type them (field cases F05, F09).

let t: TestContext;
let coach: ApiClient;

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
});
afterAll(() => t.close());

describe('intake: identity numbers and ages', () => {
  it('a + that makes the person 141 is refused on the personnummer field, with why (F05)', async () => {
    const check = await json(
      await coach.post('/api/participants/intake-check', { personnummer: '850412+2386' }),
    );
    expect(check.valid).toBe(false);
    expect(check.errors[0].path).toBe('personnummer');
    expect(check.errors[0].message).toContain('+ betyder 100 år eller äldre');
    const res = await coach.post('/api/participants', intakeBody({ personnummer: '850412+2386' }));
    expect(res.status).toBe(400);
    const problem = await json(res);
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain('personnummer');
    expect(problem.detail).not.toContain('850412');
  });

  it('an en dash or a no-break space in the number is the same number (F09)', async () => {
    const check = await json(
      await coach.post('/api/participants/intake-check', { personnummer: '850412–2386' }),
    );
    expect(check.valid).toBe(true);
    const res = await coach.post('/api/participants', intakeBody({ personnummer: '19850412\u00a02386' }));
    expect(res.status, await res.clone().text()).toBe(201);
    expect((await json(res)).personnummer).toBe('19850412-2386');
  });

  it('an enrolment date before the birth date is a 400 on that field, never a 500', async () => {
    const check = await coach.post('/api/participants/intake-check', {
      personnummer: '19900101-0017',
      enrolledAt: '1985-01-01',
    });
    expect(check.status).toBe(200);
    expect((await json(check)).errors[0].path).toBe('enrolledAt');
    const res = await coach.post(
      '/api/participants',
      intakeBody({ personnummer: '19900101-0017', enrolledAt: '1985-01-01' }),
    );
    expect(res.status).toBe(400);
    expect((await json(res)).errors.map((e: { path: string }) => e.path)).toContain('enrolledAt');
  });
});
