import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { notFoundForActor, requireCaseRole, type Target, today } from './case-access.ts';
import { type CaseAction, inActorUnits } from './participant.policy.ts';
import { presentParticipantDetail } from './participant.presenter.ts';
import { type ParticipantRow, participantRepository } from './participant.repository.ts';

/** Role check, then the person must have an enrolment (now or earlier) in one of the actor's units. */
export async function accessParticipant(
  ctx: AppContext,
  actor: StaffActor,
  participantId: string,
  action: CaseAction,
  target: Target,
  meta: RequestMeta,
): Promise<ParticipantRow> {
  await requireCaseRole(ctx, actor, action, target, meta);
  const row = await participantRepository.find(ctx.db, actor.municipalityCode, participantId);
  if (!row) throw problems.notFound();
  const unitIds = await participantRepository.unitIds(ctx.db, actor.municipalityCode, participantId);
  if (!unitIds.some((u) => inActorUnits(actor, u))) return notFoundForActor(ctx, actor, target, meta);
  return row;
}

/** The detail view. Every read is audited (with whether the sensitive adaptations were shown). */
export async function getParticipant(
  ctx: AppContext,
  actor: StaffActor,
  participantId: string,
  meta: RequestMeta,
) {
  const target = { entityType: 'participant', entityId: participantId, reason: 'participant.view' };
  const row = await accessParticipant(ctx, actor, participantId, 'read', target, meta);
  const detail = await presentParticipantDetail(ctx.db, actor, row, today(ctx));
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'read',
      entityType: 'participant',
      entityId: participantId,
      reason: 'participant.view',
      details: { adaptations: detail.adaptationsVisible && detail.profile.adaptations.length > 0 },
    },
    meta,
  );
  return detail;
}
