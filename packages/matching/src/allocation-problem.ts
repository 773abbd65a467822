import type { AllocationProblem } from './allocation.ts';
import type { MatchingIndex } from './engine.ts';

/**
 * The allocation problem over an index: every pair without a hard blocker between the given needs
 * and participants is an edge (score rounded to 0.01), each need offers positions × perPosition
 * proposals, each participant at most perParticipant. The one construction `arbetsbro allocate`
 * and the server's allocation view share, so that both answer the same on the same data.
 */
export function buildAllocationProblem(
  index: MatchingIndex,
  needs: ReadonlyArray<{ id: string; positions?: number | undefined }>,
  participantIds: ReadonlyArray<string>,
  options: { perParticipant: number; perPosition: number },
): AllocationProblem {
  const allowed = new Set(participantIds);
  const pairs: AllocationProblem['pairs'][number][] = [];
  for (const n of needs)
    for (const c of index.candidatesForNeed(n.id, 0))
      if (allowed.has(c.id))
        pairs.push({ needId: n.id, participantId: c.id, score: Math.round(c.score * 100) / 100 });
  return {
    needs: needs.map((n) => ({ id: n.id, capacity: (n.positions ?? 1) * options.perPosition })),
    participants: participantIds.map((id) => ({ id, capacity: options.perParticipant })),
    pairs,
  };
}
