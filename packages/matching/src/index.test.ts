import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchingEngine } from './engine.ts';
import { centroidDistance } from './geography.ts';
import { needArb, participantArb } from './test/arbitraries.ts';
import { fixtureTaxonomy, PLACES } from './test/fixture-taxonomy.ts';
import type { ParticipantProfile, RecruitmentNeed } from './types.ts';

const engine = new MatchingEngine({ taxonomy: fixtureTaxonomy, distance: centroidDistance(PLACES) });

const people = fc
  .array(participantArb, { minLength: 1, maxLength: 25 })
  .map((ps) => ps.map((p, i) => ({ ...p, id: `p${i}` })));
const needs = fc
  .array(needArb, { minLength: 1, maxLength: 8 })
  .map((ns) => ns.map((n, i) => ({ ...n, id: `n${i}` })));

/** The reference: score every pair one by one through the public single-pair API. */
function expectedScores(ps: ParticipantProfile[], n: RecruitmentNeed): number[] {
  return ps
    .filter((p) => engine.match(p, n).blockers.length === 0)
    .map((p) => engine.rawScore(p, n))
    .sort((a, b) => b - a);
}

describe('MatchingIndex', () => {
  it('top-k for a need equals scoring every participant one by one (blocked pairs left out)', () => {
    fc.assert(
      fc.property(people, needs, fc.integer({ min: 0, max: 6 }), (ps, ns, k) => {
        const index = engine.createIndex();
        for (const p of ps) index.upsertParticipant(p);
        for (const n of ns) {
          const got = index.candidatesForNeed(n, k).map((r) => r.score);
          const want = expectedScores(ps, n);
          expect(got).toEqual(k > 0 ? want.slice(0, k) : want);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('top-k for a participant equals scoring every need one by one', () => {
    fc.assert(
      fc.property(people, needs, fc.integer({ min: 0, max: 4 }), (ps, ns, k) => {
        const index = engine.createIndex();
        for (const n of ns) index.upsertNeed(n);
        const p = ps[0]!;
        const want = ns
          .filter((n) => engine.match(p, n).blockers.length === 0)
          .map((n) => engine.rawScore(p, n))
          .sort((a, b) => b - a);
        expect(index.needsForParticipant(p, k).map((r) => r.score)).toEqual(k > 0 ? want.slice(0, k) : want);
      }),
      { numRuns: 150 },
    );
  });

  it('stays current after upserts and removals (same answers as a fresh build)', () => {
    fc.assert(
      fc.property(
        people,
        people,
        needs,
        fc.array(fc.nat(), { maxLength: 10 }),
        (first, second, ns, removals) => {
          const index = engine.createIndex();
          for (const p of first) index.upsertParticipant(p);
          // Edit: change every profile to its version in `second` (same ids), then remove some.
          for (const p of second) index.upsertParticipant(p);
          const removed = new Set(removals.map((r) => `p${r % Math.max(first.length, second.length)}`));
          for (const id of removed) index.removeParticipant(id);
          const current = new Map<string, ParticipantProfile>();
          for (const p of first) current.set(p.id, p);
          for (const p of second) current.set(p.id, p);
          for (const id of removed) current.delete(id);
          const fresh = engine.createIndex();
          for (const p of current.values()) fresh.upsertParticipant(p);
          for (const n of ns) {
            const a = index.candidatesForNeed(n, 0);
            const b = fresh.candidatesForNeed(n, 0);
            expect(a.map((r) => r.score)).toEqual(b.map((r) => r.score));
            expect(new Set(a.map((r) => r.id))).toEqual(new Set(b.map((r) => r.id)));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('stays current after need upserts and removals', () => {
    fc.assert(
      fc.property(
        needs,
        needs,
        people,
        fc.array(fc.nat(), { maxLength: 5 }),
        (first, second, ps, removals) => {
          const index = engine.createIndex();
          for (const n of first) index.upsertNeed(n);
          for (const n of second) index.upsertNeed(n);
          const removed = new Set(removals.map((r) => `n${r % Math.max(first.length, second.length)}`));
          for (const id of removed) index.removeNeed(id);
          const current = new Map<string, RecruitmentNeed>();
          for (const n of [...first, ...second]) current.set(n.id, n);
          for (const id of removed) current.delete(id);
          const fresh = engine.createIndex();
          for (const n of current.values()) fresh.upsertNeed(n);
          for (const p of ps) {
            const a = index.needsForParticipant(p, 3);
            const b = fresh.needsForParticipant(p, 3);
            expect(a.map((r) => r.score)).toEqual(b.map((r) => r.score));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps answering correctly after its arrays grow past their first capacity', () => {
    const ps = fc.sample(participantArb, { numRuns: 2500, seed: 7 }).map((p, i) => ({ ...p, id: `p${i}` }));
    const index = engine.createIndex();
    for (const p of ps) index.upsertParticipant(p);
    for (const n of fc.sample(needArb, { numRuns: 15, seed: 8 }))
      expect(index.candidatesForNeed(n, 10).map((r) => r.score)).toEqual(expectedScores(ps, n).slice(0, 10));
  });

  it('explains an indexed pair the same way as the single-pair API', () => {
    fc.assert(
      fc.property(participantArb, needArb, (p, n) => {
        const index = engine.createIndex();
        index.upsertParticipant(p);
        index.upsertNeed(n);
        expect(index.explain(p.id, n.id)).toEqual(engine.match(p, n));
      }),
    );
  });

  it('can include blocked pairs, ranked after the unblocked ones', () => {
    const index = engine.createIndex();
    index.upsertParticipant({
      id: 'far',
      occupations: [],
      skills: [],
      municipality: '2584',
      maxCommuteKm: 10,
    });
    index.upsertParticipant({ id: 'near', occupations: [], skills: [], municipality: '1488' });
    const n: RecruitmentNeed = { id: 'n', occupation: 'occ-kock', municipality: '1488' };
    expect(index.candidatesForNeed(n, 5).map((r) => r.id)).toEqual(['near']);
    expect(index.candidatesForNeed(n, 5, { includeBlocked: true }).map((r) => r.id)).toEqual(['near', 'far']);
  });
});
