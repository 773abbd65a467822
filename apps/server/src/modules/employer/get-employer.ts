import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { presentEmployer } from './employer.presenter.ts';
import { employerRepository } from './employer.repository.ts';

/** One employer (404 when it is not in the actor's municipality). */
export async function getEmployer(
  ctx: AppContext,
  { actor, meta, employerId }: Caller & { employerId: string },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'employer', employerId },
    reason: 'employer.view',
  });
  const row = await employerRepository.find(ctx.db, actor.municipalityCode, employerId);
  if (!row) throw problems.notFound();
  return presentEmployer(row);
}
