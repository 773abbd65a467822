import type { MatchResult } from '@arbetsbro/matching';
import type { AppContext } from '../../context.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { inActorUnits } from '../participant/participant.policy.ts';
import { mayFindCandidates, pseudonym, seesNames } from './matching.policy.ts';
import { matchingPeopleRepository } from './matching.repository.ts';
import type { RecruitmentNeedInput } from './matching.schemas.ts';
import { checkNeeds, denyMatching } from './matching-access.ts';
import { matchingIndexFor } from './matching-index.ts';

/** Ranked candidates for one recruitment need among the participants the actor may consider. */
export async function findCandidates(
  ctx: AppContext,
  actor: StaffActor,
  input: { need: RecruitmentNeedInput; top: number },
  meta: RequestMeta,
) {
  if (!mayFindCandidates(actor)) throw await denyMatching(ctx, actor, 'matching.candidates', meta);
  checkNeeds(ctx, [{ need: input.need, path: 'need' }]);
  const sync = await matchingIndexFor(ctx);
  const visible = (id: string) => inActorUnits(actor, sync.unitOf.get(id) ?? '');
  // Ask for the top k first; only if the actor's units thin it out too much, rank everyone.
  let ranked = sync.index.candidatesForNeed(input.need, input.top * 4).filter((r) => visible(r.id));
  if (ranked.length < input.top)
    ranked = sync.index.candidatesForNeed(input.need, 0).filter((r) => visible(r.id));
  ranked = ranked.slice(0, input.top);

  const explained = ranked.map((r) => sync.index.explain(r.id, input.need));
  const named = seesNames(actor);
  const names = named
    ? await matchingPeopleRepository.names(
        ctx.db,
        actor.municipalityCode,
        ranked.map((r) => r.id),
      )
    : null;
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'read',
      entityType: 'participant_list',
      reason: 'matching.candidates',
      details: { count: ranked.length, pseudonymised: !named },
    },
    meta,
  );
  return {
    needId: input.need.id,
    indexed: sync.size,
    candidates: explained.map((m) => ({
      ...(named ? m : withoutSensitive(m)),
      participantId: m.participantId,
      displayName: names?.get(m.participantId) ?? pseudonym(actor.municipalityCode, m.participantId),
      pseudonymised: !named,
    })),
  };
}

/** Adaptations are special-category data: a pseudonymised view says only that the coach decides. */
function withoutSensitive(m: MatchResult): MatchResult {
  return {
    ...m,
    factors: m.factors.map((f) =>
      f.factor === 'adaptations' ? { ...f, explanation: 'Anpassningar bedöms av deltagarens coach.' } : f,
    ),
    blockers: m.blockers.map((b) =>
      b.code === 'adaptation_not_offered'
        ? { ...b, message: 'Arbetsplatsen behöver stämmas av med deltagarens coach.' }
        : b,
    ),
  };
}
