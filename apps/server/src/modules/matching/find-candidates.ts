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
    unitId,
    coachId,
    mine,
    maxCommuteKm,
    readyWithinWeeks,
  }: Caller & {
    need?: RecruitmentNeedInput | undefined;
    needId?: string | undefined;
    top: number;
    unitId?: string | undefined;
    coachId?: string | undefined;
    mine?: boolean | undefined;
    maxCommuteKm?: number | undefined;
    readyWithinWeeks?: number | undefined;
  },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'candidates' },
    reason: 'matching.candidates',
  });
  if (unitId && !actor.unitIds.includes(unitId))
    throw problems.invalid([{ path: 'unitId', message: 'Välj en av dina egna enheter.' }]);
  if (needValue) checkNeeds(ctx, [{ need: needValue, path: 'need' }]);
  const sync = await matchingIndexFor(ctx);
  // A stored need is ranked from the index (kept in step with the database like participants).
  if (needId && !sync.storedNeeds.has(needId))
    throw problems.notFound('Behovet finns inte eller är inte öppet för matchning (öppna det först).');
  const need: string | RecruitmentNeedInput = needId ?? needValue!;
  const coach = mine ? actor.id : coachId;
  const keep = (id: string) => {
    const unit = sync.unitOf.get(id) ?? '';
    return (
      actor.unitIds.includes(unit) &&
      (!unitId || unit === unitId) &&
      (!coach || sync.coachOf.get(id) === coach)
    );
  };
  const fits = (m: MatchResult) =>
    (maxCommuteKm === undefined || (m.commuteKm !== null && m.commuteKm <= maxCommuteKm)) &&
    (readyWithinWeeks === undefined || m.readyInWeeks <= readyWithinWeeks);
  // Ask for the top k first; only if the filters thin it out too much, go down the whole ranking
  // (explaining at most EXPLAIN_LIMIT people to apply the commute and readiness filters).
  const pick = (ranked: Array<{ id: string }>) => {
    const out: MatchResult[] = [];
    let explained = 0;
    for (const r of ranked) {
      if (out.length >= top || explained >= EXPLAIN_LIMIT) break;
      if (!keep(r.id)) continue;
      const m = sync.index.explain(r.id, need);
      explained++;
      if (fits(m)) out.push(m);
    }
    return out;
  };
  let explained = pick(sync.index.candidatesForNeed(need, top * 4));
  if (explained.length < top) explained = pick(sync.index.candidatesForNeed(need, 0));
  const named = access.grant.names === true;
  const names = named
    ? await matchingPeopleRepository.names(
        ctx.db,
        actor.municipalityCode,
        explained.map((r) => r.participantId),
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
      unitId: sync.unitOf.get(m.participantId)!,
      coachId: named ? (sync.coachOf.get(m.participantId) ?? null) : null,
    })),
  };
}

const EXPLAIN_LIMIT = 5_000;

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
