import { requireAccess, withConflictDetails } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { employerRepository } from '../employer/index.ts';
import { presentFollowUp } from './follow-up.presenter.ts';
import { followUpRepository } from './follow-up.repository.ts';
import type { FollowUpCancelBody } from './follow-up.schemas.ts';

/**
 * Cancels a follow-up that will not take place, with the reason: it stays in the record as
 * cancelled and is no longer due (Min vecka, the caseload's counts). A done follow-up, or the
 * one-month verification of a job exit (it decides Kolada's A; correct the exit instead), cannot
 * be cancelled (409).
 */
export async function cancelFollowUp(
  ctx: AppContext,
  { actor, meta, followUpId, body }: Caller & { followUpId: string; body: FollowUpCancelBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'follow_up', followUpId },
    reason: 'follow_up.cancel',
  });
  const current = access.followUp;
  if (current.cancelledAt) throw problems.conflict('Uppföljningen är redan inställd.');
  if (current.doneAt) throw problems.conflict('Uppföljningen är redan gjord och kan inte ställas in.');
  if (current.kind === 'exit_verification')
    throw problems.conflict(
      'Uppföljningen av ett avslut till arbete avgör om avslutet räknas som arbete. Rätta avslutet om det blev fel.',
    );
  const todayIso = today(ctx);
  const present = async (row: typeof current) => {
    const employer = row.employerId
      ? await employerRepository.find(ctx.db, actor.municipalityCode, row.employerId)
      : undefined;
    return presentFollowUp(row, access.participantId, employer?.name ?? null, todayIso);
  };
  const conflict = {
    actor,
    what: 'uppföljningen',
    entity: { entityType: 'follow_up', entityId: followUpId },
    loadCurrent: async () => {
      const now = await followUpRepository.find(ctx.db, actor.municipalityCode, followUpId);
      return now ? present(now) : null;
    },
  };
  const row = await withConflictDetails(ctx, conflict, () =>
    ctx.db.transaction(async (tx) => {
      const updated = await followUpRepository.update(tx, actor.municipalityCode, followUpId, body.version, {
        cancelledAt: ctx.clock(),
        cancelledById: actor.id,
        cancelReason: body.reason,
      });
      if (!updated) throw problems.stale('uppföljningen');
      await access.record(tx, {
        action: 'update',
        details: { enrolmentId: current.enrolmentId, cancelled: true },
      });
      return updated;
    }),
  );
  return present(row);
}
