import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { presentPlanVersion } from './plan.presenter.ts';
import { planRepository } from './plan.repository.ts';

/** One historical version of the plan (404 with a message when that version does not exist). */
export async function getPlanVersion(
  ctx: AppContext,
  { actor, meta, enrolmentId, n }: Caller & { enrolmentId: string; n: number },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'plan.view_version',
  });
  const rows = await planRepository.versions(ctx.db, actor.municipalityCode, enrolmentId);
  const found = rows.find((r) => r.plan.version === n);
  if (!found) throw problems.notFound('Den versionen av planen finns inte.');
  return presentPlanVersion(found.plan, found.authorName);
}
