import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { requireOpen } from '../case/index.ts';
import { checkIntervention } from './check-intervention.ts';
import { presentIntervention } from './intervention.presenter.ts';
import { interventionRepository } from './intervention.repository.ts';
import type { InterventionCreateBody } from './intervention.schemas.ts';

/** A new intervention in an open period. */
export async function createIntervention(
  ctx: AppContext,
  { actor, meta, enrolmentId, body }: Caller & { enrolmentId: string; body: InterventionCreateBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'intervention.create',
  });
  requireOpen(access.enrolment);
  const employerName = await checkIntervention(ctx, access.enrolment, {
    type: body.type,
    employerId: body.employerId ?? null,
    provider: body.provider ?? null,
    occupationId: body.occupationId ?? null,
    startDate: body.startDate,
    endDate: body.endDate ?? null,
  });
  const row = await ctx.db.transaction(async (tx) => {
    const created = await interventionRepository.insert(tx, {
      municipalityCode: actor.municipalityCode,
      enrolmentId,
      type: body.type,
      subsidyKind: body.subsidyKind ?? null,
      title: body.title,
      employerId: body.employerId ?? null,
      provider: body.provider ?? null,
      occupationId: body.occupationId ?? null,
      startDate: body.startDate,
      endDate: body.endDate ?? null,
      hoursPerWeek: body.hoursPerWeek ?? null,
      goals: body.goals ?? null,
      status: body.status,
      recruitmentNeedId: body.recruitmentNeedId ?? null,
      createdAt: ctx.clock(),
      createdById: actor.id,
    });
    await access.record(tx, {
      action: 'create',
      entityType: 'intervention',
      entityId: created.id,
      details: { enrolmentId, type: body.type },
    });
    return created;
  });
  return presentIntervention(row, employerName);
}
