import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.ts';
import { intakeBody, pnr, setupCaseWorld } from '../test/case-fixtures.ts';
import {
  type ApiClient,
  anonymousClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../test/test-context.ts';

// Text at the API's edge (issue 9, kinds 2 and 6; field cases F06, F07, F11).

let t: TestContext;
let coach: ApiClient;
let seq = 0;
const birth = () => new Date(Date.UTC(1970, 0, 1 + ++seq)).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
});
afterAll(() => t.close());

async function counts() {
  return rowsOf<{ p: number; e: number }>(
    await t.db.execute(
      sql`select (select count(*) from participant)::int as p, (select count(*) from enrolment)::int as e`,
    ),
  )[0]!;
}

describe('text at the API edge', () => {
  it('a NUL in a name is a 400 on that field, nothing saved, no personnummer in the answer (F06)', async () => {
    const before = await counts();
    const number = pnr(birth());
    const res = await coach.post(
      '/api/participants',
      intakeBody({ personnummer: number, firstName: 'An\u0000na' }),
    );
    expect(res.status).toBe(400);
    const problem = await json(res);
    expect(problem.errors[0].path).toBe('firstName');
    expect(problem.errors[0].message).toContain('U+0000');
    expect(JSON.stringify(problem)).not.toContain(number.slice(0, 8));
    expect(await counts()).toEqual(before);
  });

  it('the anonymous login with a NUL is a 400, not a database error', async () => {
    const res = await anonymousClient(t).post('/api/auth/login', { username: 'co\u0000ach', password: 'x' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('a name of only zero-width characters is empty (F11)', async () => {
    const res = await coach.post(
      '/api/participants',
      intakeBody({ personnummer: pnr(birth()), firstName: '\u200b', lastName: '\u2060\u200b' }),
    );
    expect(res.status).toBe(400);
    const paths = (await json(res)).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['firstName', 'lastName']));
  });

  it('decomposed letters (macOS) are stored composed, so names compare as people see them (F07)', async () => {
    const res = await coach.post(
      '/api/participants',
      intakeBody({ personnummer: pnr(birth()), firstName: 'A\u030Asa', lastName: 'Stro\u0308m' }),
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const created = await json(res);
    expect(created.firstName).toBe('Åsa');
    expect(created.lastName).toBe('Ström');
    const found = await json(await coach.post('/api/participants/search', { query: 'Ström' }));
    expect(found.items.map((i: { participantId: string }) => i.participantId)).toContain(created.id);
  });

  it('a line break is refused in a name but kept in a journal note', async () => {
    const res = await coach.post(
      '/api/participants',
      intakeBody({ personnummer: pnr(birth()), lastName: 'A\nB' }),
    );
    expect(res.status).toBe(400);
    const ok = await json(await coach.post('/api/participants', intakeBody({ personnummer: pnr(birth()) })));
    const note = await coach.post(`/api/enrolments/${ok.currentEnrolmentId}/journal`, {
      occurredOn: '2026-10-01',
      text: 'Rad ett\nRad två',
    });
    expect(note.status, await note.clone().text()).toBe(201);
    expect((await json(note)).text).toBe('Rad ett\nRad två');
  });

  it('Zod limits speak Swedish and say the limit', async () => {
    const ok = await json(await coach.post('/api/participants', intakeBody({ personnummer: pnr(birth()) })));
    const res = await coach.post(`/api/enrolments/${ok.currentEnrolmentId}/journal`, {
      occurredOn: '2026-10-01',
      text: 'x'.repeat(10_001),
    });
    expect(res.status).toBe(400);
    expect((await json(res)).errors[0].message).toBe('Högst 10 000 tecken.');
  });

  it('random control characters, NFD text and zero-width noise in any text field never give a 500 or a partial write', async () => {
    const noise = fc
      .array(
        fc.constantFrom(
          'a',
          'å',
          'A\u030A',
          '\u0000',
          '\u0007',
          '\u001B',
          '\u0085',
          '\u200B',
          '\uFEFF',
          ' ',
          '\n',
          '\t',
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(noise, noise, async (first, last) => {
        const before = await counts();
        const res = await coach.post(
          '/api/participants',
          intakeBody({ personnummer: pnr(birth()), firstName: first, lastName: last }),
        );
        expect([201, 400]).toContain(res.status);
        const after = await counts();
        if (res.status === 400) expect(after).toEqual(before);
        else expect(after).toEqual({ p: before.p + 1, e: before.e + 1 });
      }),
      { numRuns: 40 },
    );
  });
});
