import type { MatchResult } from '@arbetsbro/matching';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { checkNeeds } from './check-needs.ts';
import { pseudonym } from './matching.policy.ts';
import { matchingPeopleRepository } from './matching.repository.ts';
import type { RecruitmentNeedInput } from './matching.schemas.ts';
import { matchingIndexFor } from './matching-index.ts';

/** Ranked candidates for one recruitment need among the participants the actor may consider. */
export async function findCandidates(
  ctx: AppContext,
  {
    actor,
    meta,
    need: needValue,
    needId,
    top,
  }: Caller & { need?: RecruitmentNeedInput | undefined; needId?: string | undefined; top: number },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'candidates' },
    reason: 'matching.candidates',
  });
  if (needValue) checkNeeds(ctx, [{ need: needValue, path: 'need' }]);
  const sync = await matchingIndexFor(ctx);
  // A stored need is ranked from the index (kept in step with the database like participants).
  if (needId && !sync.storedNeeds.has(needId))
    throw problems.notFound('Behovet finns inte eller är inte öppet för matchning (öppna det först).');
  const need: string | RecruitmentNeedInput = needId ?? needValue!;
  const visible = (id: string) => actor.unitIds.includes(sync.unitOf.get(id) ?? '');
  // Ask for the top k first; only if the actor's units thin it out too much, rank everyone.
  let ranked = sync.index.candidatesForNeed(need, top * 4).filter((r) => visible(r.id));
  if (ranked.length < top) ranked = sync.index.candidatesForNeed(need, 0).filter((r) => visible(r.id));
  ranked = ranked.slice(0, top);

  const explained = ranked.map((r) => sync.index.explain(r.id, need));
  const named = access.grant.names === true;
  const names = named
    ? await matchingPeopleRepository.names(
        ctx.db,
        actor.municipalityCode,
        ranked.map((r) => r.id),
      )
    : null;
  return {
    needId: typeof need === 'string' ? need : need.id,
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
