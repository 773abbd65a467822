import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { presentIntervention } from './intervention.presenter.ts';
import { interventionRepository } from './intervention.repository.ts';

/** The period's interventions. */
export async function listInterventions(
  ctx: AppContext,
  { actor, meta, enrolmentId }: Caller & { enrolmentId: string },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'intervention.list',
  });
  const rows = await interventionRepository.listForEnrolment(ctx.db, actor.municipalityCode, enrolmentId);
  return { items: rows.map((r) => presentIntervention(r.intervention, r.employerName)) };
}
