import { requireAccessWith } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { loadCaseFileForAccess, presentCaseFile, today } from '../case/index.ts';

/** The case file view of one person, with the fields the access layer grants (the read is audited there). */
export async function getParticipant(
  ctx: AppContext,
  { actor, meta, participantId }: Caller & { participantId: string },
) {
  // The case file is read with the periods the decision needs (one round trip for both).
  const access = await requireAccessWith(
    ctx,
    {
      actor,
      meta,
      action: 'read',
      target: { kind: 'participant', participantId },
      reason: 'participant.view',
    },
    loadCaseFileForAccess,
  );
  return presentCaseFile({
    file: access.value,
    actor,
    relationship: access.relationship,
    fields: access.grant.caseFields!,
    today: today(ctx),
  });
}
