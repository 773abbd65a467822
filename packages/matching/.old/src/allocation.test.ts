import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AllocationProblem, allocate, allocateGreedy } from './allocation.ts';

/** Every subset of pairs that respects capacities; the best total. */
function bruteForce(problem: AllocationProblem): number {
  const pairs = problem.pairs.filter((p) => p.score > 0);
  const needCap = new Map(problem.needs.map((n) => [n.id, n.capacity]));
  const partCap = new Map(problem.participants.map((p) => [p.id, p.capacity]));
  let best = 0;
  const needLoad = new Map<string, number>();
  const partLoad = new Map<string, number>();
  const used = new Set<string>();
  const rec = (i: number, total: number) => {
    if (i === pairs.length) {
      best = Math.max(best, total);
      return;
    }
    rec(i + 1, total);
    const pr = pairs[i]!;
    const key = `${pr.needId}|${pr.participantId}`;
    const nl = needLoad.get(pr.needId) ?? 0;
    const pl = partLoad.get(pr.participantId) ?? 0;
    if (!used.has(key) && nl < needCap.get(pr.needId)! && pl < partCap.get(pr.participantId)!) {
      used.add(key);
      needLoad.set(pr.needId, nl + 1);
      partLoad.set(pr.participantId, pl + 1);
      rec(i + 1, total + pr.score);
      used.delete(key);
      needLoad.set(pr.needId, nl);
      partLoad.set(pr.participantId, pl);
    }
  };
  rec(0, 0);
  return best;
}

const problemArb: fc.Arbitrary<AllocationProblem> = fc
  .record({
    needCaps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
    partCaps: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 5 }),
  })
  .chain(({ needCaps, partCaps }) =>
    fc
      .uniqueArray(
        fc.record({
          n: fc.nat(needCaps.length - 1),
          p: fc.nat(partCaps.length - 1),
          score: fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
        }),
        { maxLength: 13, selector: (e) => `${e.n}:${e.p}` },
      )
      .map((edges) => ({
        needs: needCaps.map((c, i) => ({ id: `n${i}`, capacity: c })),
        participants: partCaps.map((c, i) => ({ id: `p${i}`, capacity: c })),
        pairs: edges.map((e) => ({ needId: `n${e.n}`, participantId: `p${e.p}`, score: e.score })),
      })),
  );

function respectsCapacities(
  problem: AllocationProblem,
  assignments: Array<{ needId: string; participantId: string }>,
) {
  const load = new Map<string, number>();
  for (const a of assignments) {
    load.set(`n:${a.needId}`, (load.get(`n:${a.needId}`) ?? 0) + 1);
    load.set(`p:${a.participantId}`, (load.get(`p:${a.participantId}`) ?? 0) + 1);
  }
  for (const n of problem.needs) expect(load.get(`n:${n.id}`) ?? 0).toBeLessThanOrEqual(n.capacity);
  for (const p of problem.participants) expect(load.get(`p:${p.id}`) ?? 0).toBeLessThanOrEqual(p.capacity);
  const allowed = new Set(problem.pairs.map((p) => `${p.needId}|${p.participantId}`));
  const seen = new Set<string>();
  for (const a of assignments) {
    const key = `${a.needId}|${a.participantId}`;
    expect(allowed.has(key)).toBe(true);
    expect(seen.has(key)).toBe(false);
    seen.add(key);
  }
}

describe('allocation', () => {
  it('equals brute force on small instances and never exceeds a capacity', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const exact = allocate(problem);
        respectsCapacities(problem, exact.assignments);
        expect(exact.totalScore).toBeCloseTo(bruteForce(problem), 4);
        const sum = exact.assignments.reduce((s, a) => s + a.score, 0);
        expect(exact.totalScore).toBeCloseTo(sum, 4);
      }),
      { numRuns: 400 },
    );
  });

  it('greedy respects capacities and is never better than exact', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const greedy = allocateGreedy(problem);
        respectsCapacities(problem, greedy.assignments);
        expect(greedy.totalScore).toBeLessThanOrEqual(allocate(problem).totalScore + 1e-6);
      }),
    );
  });

  it('spreads candidates instead of giving the same top person to every employer', () => {
    // Anna is best everywhere but can take one proposal; the exact optimum gives each need someone.
    const problem: AllocationProblem = {
      needs: [
        { id: 'lager', capacity: 1 },
        { id: 'vard', capacity: 1 },
      ],
      participants: [
        { id: 'anna', capacity: 1 },
        { id: 'bo', capacity: 1 },
      ],
      pairs: [
        { needId: 'lager', participantId: 'anna', score: 90 },
        { needId: 'vard', participantId: 'anna', score: 80 },
        { needId: 'lager', participantId: 'bo', score: 30 },
        { needId: 'vard', participantId: 'bo', score: 75 },
      ],
    };
    expect(allocateGreedy(problem).totalScore).toBe(165);
    const exact = allocate(problem);
    expect(exact.totalScore).toBe(165);
    const problem2 = {
      ...problem,
      pairs: problem.pairs.map((p) =>
        p.participantId === 'bo' && p.needId === 'vard' ? { ...p, score: 10 } : p,
      ),
    };
    // greedy: anna→lager (90), bo→vard (10) = 100; exact: anna→vard (80), bo→lager (30) = 110
    expect(allocateGreedy(problem2).totalScore).toBe(100);
    expect(allocate(problem2).totalScore).toBe(110);
  });

  it('rejects pairs that name unknown needs or participants', () => {
    expect(() =>
      allocate({
        needs: [],
        participants: [{ id: 'a', capacity: 1 }],
        pairs: [{ needId: 'x', participantId: 'a', score: 1 }],
      }),
    ).toThrow(/okänt behov/);
  });
});
