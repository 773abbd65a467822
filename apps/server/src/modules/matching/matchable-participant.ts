import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { type MatchingIndexSync, matchingIndexFor } from './matching-index.ts';

/**
 * Access to one person's matching (audited by the access layer), and the index holding them:
 * only people with an open period are matchable (404 with a message otherwise).
 */
export async function matchableParticipant(
  ctx: AppContext,
  { actor, meta, participantId, reason }: Caller & { participantId: string; reason: string },
): Promise<MatchingIndexSync> {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'participant_matching', participantId },
    reason,
  });
  const sync = await matchingIndexFor(ctx);
  if (!sync.unitOf.has(participantId))
    throw problems.notFound('Deltagaren har ingen pågående inskrivning och kan inte matchas.');
  return sync;
}
