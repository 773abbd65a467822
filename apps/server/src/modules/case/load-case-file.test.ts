import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeBody, pnr, setupCaseWorld, vocab } from '../../test/case-fixtures.ts';
import { createTestContext, json, loginAs, type TestContext } from '../../test/test-context.ts';
import { enrolmentRepository } from './enrolment.repository.ts';
import { loadCaseFile, loadCaseFileForAccess } from './load-case-file.ts';
import { participantRepository } from './participant.repository.ts';

// The case file comes in one query, as JSON built by the database: it must be exactly what the
// row-by-row reads give (Dates, dates as text, jsonb, nulls, order), or the view would change.

let t: TestContext;
let world: Awaited<ReturnType<typeof setupCaseWorld>>;
beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00.123Z'));
  world = await setupCaseWorld(t);
});
afterAll(() => t.close());

async function rowByRow(participantId: string) {
  const m = t.config.municipality.code;
  const person = await participantRepository.find(t.db, m, participantId);
  const periods = await enrolmentRepository.listForParticipant(t.db, m, participantId);
  const history = await enrolmentRepository.historyFor(
    t.db,
    m,
    periods.map((p) => p.enrolment.id),
  );
  return { person, periods, history };
}

describe('the case file in one query', () => {
  it('equals the row-by-row reads: two periods, an exit, a reassigned coach, adaptations and contact', async () => {
    const coach = await loginAs(t, 'coach');
    const chef = await loginAs(t, 'chef');
    const other = await loginAs(t, 'other');
    const personnummer = pnr('1979-03-14');
    const first = await coach.post(
      '/api/participants',
      intakeBody({
        personnummer,
        coachId: null,
        contact: { phone: '070-111 11 11', email: 'a@example.invalid' },
        profile: {
          adaptations: ['environment.quiet'],
          occupations: [{ id: vocab.occupation('lagerarbetare'), years: 2 }],
        },
      }),
    );
    expect(first.status, await first.clone().text()).toBe(201);
    const created = await json(first);
    const e = created.enrolments[0];
    t.setNow(new Date('2026-10-15T09:30:00.456Z'));
    const taken = await chef.put(`/api/enrolments/${e.id}/coach`, {
      version: e.version,
      coachId: world.staff.coach.id,
      reason: 'Fördelning',
    });
    expect(taken.status, await taken.clone().text()).toBe(200);
    const exit = await coach.post(`/api/enrolments/${e.id}/exit`, {
      version: (await json(taken)).enrolments[0].version,
      date: '2026-10-14',
      category: 'other',
    });
    expect(exit.status, await exit.clone().text()).toBe(200);
    t.setNow(new Date('2026-10-15T10:00:00Z'));
    const second = await other.post(
      '/api/participants',
      intakeBody({ personnummer, enrolledAt: '2026-10-15', unitId: world.units['Annan enhet'] }),
    );
    expect(second.status, await second.clone().text()).toBe(201);

    const m = t.config.municipality.code;
    const file = await loadCaseFile(t.db, m, created.id);
    const expected = await rowByRow(created.id);
    expect(file).toEqual(expected);
    expect(file!.periods).toHaveLength(2);
    expect(file!.history.length).toBeGreaterThanOrEqual(3);
    expect(file!.person.createdAt).toBeInstanceOf(Date);
    expect(file!.history[0]!.fromAt).toBeInstanceOf(Date);
    expect(file!.periods[1]!.enrolment.exitRecordedAt).toBeInstanceOf(Date);

    // What the access layer decides on: every period, newest first, as its own query gives them.
    const forAccess = await loadCaseFileForAccess(t.db, m, created.id);
    expect(forAccess!.periods).toEqual(expected.periods.map((p) => p.enrolment));
  });

  it('a person without periods has an empty list; an unknown one none', async () => {
    const m = t.config.municipality.code;
    const row = await participantRepository.insert(t.db, {
      municipalityCode: m,
      personnummer: pnr('1990-01-01'),
      personnummerKind: 'personnummer',
      birthDate: '1990-01-01',
      firstName: 'Utan',
      lastName: 'Period',
      profile: {} as never,
    });
    const file = await loadCaseFile(t.db, m, row.id);
    expect(file).toEqual(await rowByRow(row.id));
    expect(file!.periods).toEqual([]);
    expect(await loadCaseFile(t.db, m, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await loadCaseFile(t.db, '1480', row.id)).toBeUndefined();
  });
});
