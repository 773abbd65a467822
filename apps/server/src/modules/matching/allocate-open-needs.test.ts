import { allocate, buildAllocationProblem, MatchingEngine } from '@arbetsbro/matching';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeBody, pnr, setupCaseWorld, vocab } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';
import { recruitmentNeedRepository } from '../recruitment-need/index.ts';
import { matchingPeopleRepository } from './matching.repository.ts';
import { toMatchingProfile } from './participant-matching-profile.ts';
import { toMatchingNeed } from './stored-need.ts';

let t: TestContext;
let coach: ApiClient;
let liaison: ApiClient;
const people: string[] = [];

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  await setupCaseWorld(t);
  coach = await loginAs(t, 'coach');
  liaison = await loginAs(t, 'liaison');
  const trades = ['lagerarbetare', 'stadare', 'lagerarbetare', 'kock', 'stadare'];
  for (const [i, trade] of trades.entries()) {
    const res = await coach.post(
      '/api/participants',
      intakeBody({
        personnummer: pnr(`198${i}-05-0${i + 1}`),
        profile: {
          occupations: [{ id: vocab.occupation(trade), years: 1 + i }],
          municipality: '1488',
          languages: [{ code: 'sv', level: 'SFI-D' }],
        },
      }),
    );
    expect(res.status, await res.clone().text()).toBe(201);
    people.push((await json(res)).id);
  }
  const employerId = (await json(await liaison.post('/api/employers', { name: 'Fördelning AB' }))).id;
  for (const [trade, positions] of [
    ['lagerarbetare', 1],
    ['stadare', 2],
    ['kock', 1],
  ] as const)
    await liaison.post('/api/recruitment-needs', {
      title: trade,
      employerId,
      occupationId: vocab.occupation(trade),
      positions,
      municipality: '1488',
    });
});
afterAll(() => t.close());

describe('allocation across all open needs', () => {
  it('proposes within positions and K per person, at least the greedy total, and equals the allocate command’s construction on the same data', async () => {
    const res = await liaison.post('/api/matching/allocation', { perParticipant: 1 });
    expect(res.status, await res.clone().text()).toBe(200);
    const view = await json(res);
    expect(view.needs).toBe(3);
    expect(view.participants).toBe(5);
    expect(view.totalScore).toBeGreaterThanOrEqual(view.greedyTotalScore);
    for (const n of view.byNeed) expect(n.proposals.length).toBeLessThanOrEqual(n.positions);
    for (const p of view.byParticipant) expect(p.proposals).toHaveLength(1);
    expect(view.byParticipant.every((p: { participantId: string | null }) => p.participantId === null)).toBe(
      true,
    ); // a liaison

    // The same data through `arbetsbro allocate`'s path: a fresh engine and index from the stored rows.
    const engine = new MatchingEngine({
      taxonomy: t.reference.taxonomy(),
      distance: (a, b) =>
        t.reference.geography().distanceKm({ municipalityCode: a }, { municipalityCode: b }),
    });
    const index = engine.createIndex();
    for (const id of people) {
      const row = (await matchingPeopleRepository.profile(t.db, t.config.municipality.code, id))!;
      index.upsertParticipant(toMatchingProfile(id, row.profile, row.adaptations));
    }
    const needs = [];
    for (const n of (
      await recruitmentNeedRepository.list(t.db, {
        municipalityCode: t.config.municipality.code,
        limit: 100,
        offset: 0,
      })
    ).rows) {
      const need = toMatchingNeed(n.need)!;
      index.upsertNeed(need);
      needs.push({ id: need.id, positions: need.positions });
    }
    const cli = allocate(buildAllocationProblem(index, needs, people, { perParticipant: 1, perPosition: 1 }));
    expect(view.totalScore).toBeCloseTo(cli.totalScore, 2);
  });
});
