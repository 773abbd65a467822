import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { loadCaseFile, presentCaseFile, today } from '../case/index.ts';

/** The case file view of one person, with the fields the access layer grants (the read is audited there). */
export async function getParticipant(
  ctx: AppContext,
  { actor, meta, participantId }: Caller & { participantId: string },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'participant', participantId },
    reason: 'participant.view',
  });
  const file = await loadCaseFile(ctx.db, actor.municipalityCode, participantId);
  if (!file) throw problems.notFound();
  return presentCaseFile({
    file,
    actor,
    relationship: access.relationship,
    fields: access.grant.caseFields!,
    today: today(ctx),
  });
}
