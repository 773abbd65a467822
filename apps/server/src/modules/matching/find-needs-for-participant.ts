import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { checkNeeds } from './check-needs.ts';
import { matchableParticipant } from './matchable-participant.ts';
import type { RecruitmentNeedInput } from './matching.schemas.ts';

/** Ranks the given needs for one participant, best first; needs with a hard blocker last. */
export async function findNeedsForParticipant(
  ctx: AppContext,
  {
    actor,
    meta,
    participantId,
    needs,
    top,
  }: Caller & { participantId: string; needs: RecruitmentNeedInput[]; top: number },
) {
  const sync = await matchableParticipant(ctx, {
    actor,
    meta,
    participantId,
    reason: 'matching.needs_for_participant',
  });
  checkNeeds(
    ctx,
    needs.map((need, i) => ({ need, path: `needs.${i}` })),
  );
  const results = needs
    .map((need) => sync.index.explain(participantId, need))
    .sort((a, b) => Number(a.blockers.length > 0) - Number(b.blockers.length > 0) || b.score - a.score)
    .slice(0, top);
  return { participantId, needs: results.map(({ participantId: _p, ...rest }) => rest) };
}
