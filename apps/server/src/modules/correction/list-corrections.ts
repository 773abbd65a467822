import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { correctionRepository } from '../case/index.ts';
import { presentCorrection } from './correction.presenter.ts';

/**
 * What was corrected in a person's record, oldest first. A former relationship (the person has
 * moved on) sees only the corrections inside the periods of the actor's units, never identity.
 */
export async function listCorrections(
  ctx: AppContext,
  { actor, meta, participantId }: Caller & { participantId: string },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'participant', participantId },
    reason: 'correction.list',
  });
  const rows = await correctionRepository.listForParticipant(ctx.db, actor.municipalityCode, participantId);
  const visiblePeriods =
    access.grant.caseFields?.periods === 'all'
      ? null
      : new Set(access.periods.filter((p) => actor.unitIds.includes(p.unitId)).map((p) => p.id));
  const items = rows
    .filter(
      (r) =>
        visiblePeriods === null ||
        (r.correction.enrolmentId !== null && visiblePeriods.has(r.correction.enrolmentId)),
    )
    .map((r) => presentCorrection(r.correction, r.correctedByName));
  return { items };
}
