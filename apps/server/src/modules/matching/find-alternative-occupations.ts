import { alternativeOccupations } from '@arbetsbro/matching';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { matchableParticipant } from './matchable-participant.ts';
import { matchingPeopleRepository } from './matching.repository.ts';
import { toMatchingProfile } from './participant-matching-profile.ts';

/** Other occupations the person could move into (substitutability and skill overlap), with gaps. */
export async function findAlternativeOccupations(
  ctx: AppContext,
  { actor, meta, participantId }: Caller & { participantId: string },
) {
  const sync = await matchableParticipant(ctx, {
    actor,
    meta,
    participantId,
    reason: 'matching.alternatives',
  });
  const row = await matchingPeopleRepository.profile(ctx.db, actor.municipalityCode, participantId);
  if (!row) throw problems.notFound();
  const alternatives = alternativeOccupations(
    sync.engine,
    toMatchingProfile(participantId, row.profile, row.adaptations),
    { limit: 10 },
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
