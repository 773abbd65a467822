import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { presentFollowUp } from './follow-up.presenter.ts';
import { followUpRepository } from './follow-up.repository.ts';

/** The period's follow-ups. */
export async function listFollowUps(
  ctx: AppContext,
  { actor, meta, enrolmentId }: Caller & { enrolmentId: string },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'follow_up.list',
  });
  const rows = await followUpRepository.listForEnrolment(ctx.db, actor.municipalityCode, enrolmentId);
  const t = today(ctx);
  return { items: rows.map((r) => presentFollowUp(r.followUp, access.participantId, r.employerName, t)) };
}
