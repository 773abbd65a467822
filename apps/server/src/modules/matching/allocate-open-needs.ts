import { allocate, allocateGreedy, buildAllocationProblem } from '@arbetsbro/matching';
import { z } from '@hono/zod-openapi';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { recruitmentNeedRepository } from '../recruitment-need/index.ts';
import { pseudonym } from './matching.policy.ts';
import { matchingPeopleRepository } from './matching.repository.ts';
import { matchingIndexFor } from './matching-index.ts';

export const AllocationBody = z
  .object({
    /** One of the actor's units; absent: all of them. */
    unitId: z.string().uuid('Ogiltigt id.').optional(),
    /** At most this many proposals per person (K). */
    perParticipant: z.number().int().min(1).max(10).default(2),
    perPosition: z.number().int().min(1).max(10).default(1),
  })
  .openapi('AllocationQuery');

const Proposal = z.object({
  needId: z.string().uuid(),
  participantId: z.string().uuid().nullable(),
  displayName: z.string(),
  score: z.number(),
});
export const AllocationResponse = z
  .object({
    computedAt: z.string().datetime(),
    needs: z.number().int(),
    participants: z.number().int(),
    pairs: z.number().int(),
    totalScore: z.number(),
    /** The greedy floor beside the exact total (how much the exact method gains). */
    greedyTotalScore: z.number(),
    byNeed: z.array(
      z.object({
        needId: z.string().uuid(),
        title: z.string(),
        positions: z.number().int(),
        proposals: z.array(Proposal),
      }),
    ),
    byParticipant: z.array(
      z.object({
        participantId: z.string().uuid().nullable(),
        displayName: z.string(),
        proposals: z.array(Proposal.extend({ needTitle: z.string() })),
      }),
    ),
  })
  .openapi('Allocation');

/**
 * Proposals across all open stored needs for the people of the actor's units (or one unit): the
 * exact allocation (min-cost flow) that maximises the total score within each need's positions and
 * K proposals per person, with the greedy floor beside it. Recomputed on request.
 */
export async function allocateOpenNeeds(
  ctx: AppContext,
  {
    actor,
    meta,
    unitId,
    perParticipant,
    perPosition,
  }: Caller & { unitId?: string | undefined; perParticipant: number; perPosition: number },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'candidates' },
    reason: 'matching.allocation',
    details: { unitId: unitId ?? null },
  });
  if (unitId && !actor.unitIds.includes(unitId)) throw problems.notFound();
  const sync = await matchingIndexFor(ctx);
  const units = new Set(unitId ? [unitId] : actor.unitIds);
  const participantIds = [...sync.unitOf].filter(([, u]) => units.has(u)).map(([id]) => id);
  const needRows = (
    await recruitmentNeedRepository.list(ctx.db, {
      municipalityCode: actor.municipalityCode,
      limit: 10_000,
      offset: 0,
    })
  ).rows.filter((r) => sync.storedNeeds.has(r.need.id));
  const needs = needRows.map((r) => ({ id: r.need.id, positions: r.need.positions }));
  const problem = buildAllocationProblem(sync.index, needs, participantIds, { perParticipant, perPosition });
  const exact = allocate(problem);
  const greedy = allocateGreedy(problem);
  const named = access.grant.names === true;
  const proposedIds = [...new Set(exact.assignments.map((a) => a.participantId))];
  const names = named
    ? await matchingPeopleRepository.names(ctx.db, actor.municipalityCode, proposedIds)
    : null;
  const title = new Map(needRows.map((r) => [r.need.id, r.need.title]));
  const shown = (id: string) => ({
    participantId: named ? id : null,
    displayName: names?.get(id) ?? pseudonym(actor.municipalityCode, id),
  });
  const proposals = exact.assignments.map((a) => ({
    needId: a.needId,
    ...shown(a.participantId),
    score: a.score,
    rawParticipant: a.participantId,
  }));
  const strip = ({ rawParticipant: _r, ...p }: (typeof proposals)[number]) => p;
  return {
    computedAt: ctx.clock().toISOString(),
    needs: needs.length,
    participants: participantIds.length,
    pairs: problem.pairs.length,
    totalScore: Math.round(exact.totalScore * 100) / 100,
    greedyTotalScore: Math.round(greedy.totalScore * 100) / 100,
    byNeed: needRows.map((r) => ({
      needId: r.need.id,
      title: r.need.title,
      positions: r.need.positions,
      proposals: proposals.filter((p) => p.needId === r.need.id).map(strip),
    })),
    byParticipant: proposedIds.map((id) => ({
      ...shown(id),
      proposals: proposals
        .filter((p) => p.rawParticipant === id)
        .map((p) => ({ ...strip(p), needTitle: title.get(p.needId) ?? '' })),
    })),
  };
}
