import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { presentPlan } from './plan.presenter.ts';
import { planRepository } from './plan.repository.ts';

/** The plan in force and the list of earlier versions. */
export async function getPlan(
  ctx: AppContext,
  { actor, meta, enrolmentId }: Caller & { enrolmentId: string },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'plan.view',
  });
  return presentPlan(await planRepository.versions(ctx.db, actor.municipalityCode, enrolmentId));
}
