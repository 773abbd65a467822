import { alternativeOccupations } from '@arbetsbro/matching';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { notFoundForActor } from '../participant/case-access.ts';
import { inActorUnits } from '../participant/participant.policy.ts';
import { mayMatchParticipant } from './matching.policy.ts';
import { matchingPeopleRepository } from './matching.repository.ts';
import type { RecruitmentNeedInput } from './matching.schemas.ts';
import { checkNeeds, denyMatching } from './matching-access.ts';
import { type MatchingIndexSync, matchingIndexFor } from './matching-index.ts';
import { toMatchingProfile } from './participant-matching-profile.ts';

/** The participant must be matchable (an open enrolment) and in one of the actor's units. */
async function accessParticipant(
  ctx: AppContext,
  actor: StaffActor,
  participantId: string,
  reason: string,
  meta: RequestMeta,
): Promise<MatchingIndexSync> {
  if (!mayMatchParticipant(actor)) throw await denyMatching(ctx, actor, reason, meta, participantId);
  const sync = await matchingIndexFor(ctx);
  const unitId = sync.unitOf.get(participantId);
  if (!unitId) throw problems.notFound('Deltagaren finns inte eller har ingen pågående inskrivning.');
  if (!inActorUnits(actor, unitId)) {
    await notFoundForActor(ctx, actor, { entityType: 'participant', entityId: participantId, reason }, meta);
  }
  return sync;
}

/** Ranks the given needs for one participant, best first; needs with a hard blocker last. */
export async function findNeedsForParticipant(
  ctx: AppContext,
  actor: StaffActor,
  input: { participantId: string; needs: RecruitmentNeedInput[]; top: number },
  meta: RequestMeta,
) {
  checkNeeds(
    ctx,
    input.needs.map((need, i) => ({ need, path: `needs.${i}` })),
  );
  const sync = await accessParticipant(
    ctx,
    actor,
    input.participantId,
    'matching.needs_for_participant',
    meta,
  );
  const results = input.needs
    .map((need) => sync.index.explain(input.participantId, need))
    .sort((a, b) => Number(a.blockers.length > 0) - Number(b.blockers.length > 0) || b.score - a.score)
    .slice(0, input.top);
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'read',
      entityType: 'participant',
      entityId: input.participantId,
      reason: 'matching.needs_for_participant',
      details: { needs: input.needs.length },
    },
    meta,
  );
  return {
    participantId: input.participantId,
    needs: results.map(({ participantId: _p, ...rest }) => rest),
  };
}

/** Other occupations the person could move into (substitutability and skill overlap), with gaps. */
export async function findAlternativeOccupations(
  ctx: AppContext,
  actor: StaffActor,
  participantId: string,
  meta: RequestMeta,
) {
  const sync = await accessParticipant(ctx, actor, participantId, 'matching.alternatives', meta);
  const row = await matchingPeopleRepository.profile(ctx.db, actor.municipalityCode, participantId);
  if (!row) throw problems.notFound();
  const alternatives = alternativeOccupations(
    sync.engine,
    toMatchingProfile(participantId, row.profile, row.adaptations),
    { limit: 10 },
  );
  await ctx.audit.record(
    ctx.db,
    actor,
    { action: 'read', entityType: 'participant', entityId: participantId, reason: 'matching.alternatives' },
    meta,
  );
  return {
    participantId,
    alternatives: alternatives.map((a) => ({
      occupationId: a.occupationId,
      label: a.label,
      score: a.score,
      substitutability: a.substitutability,
      sameGroup: a.sameGroup,
      skillCoverage: a.skillCoverage,
      missingSkills: a.missingSkills.map((m) => ({
        skillId: m.skillId,
        label: m.label,
        ...(m.closedBy ? { closedBy: { trainingId: m.closedBy.trainingId, weeks: m.closedBy.weeks } } : {}),
      })),
    })),
  };
}
