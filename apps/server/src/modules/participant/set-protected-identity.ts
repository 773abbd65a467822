import { and, eq, sql } from 'drizzle-orm';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { participant } from '../../db/schema/index.ts';
import type { Caller } from '../auth/index.ts';
import { caseFileAfterWrite } from '../case/index.ts';

/**
 * Marks (or unmarks) that the person has protected personal data (sekretessmarkering, skyddad
 * folkbokföring): from then on they are never presented to an employer through the system and not
 * listed to others than their coach and manager. Audited.
 */
export async function setProtectedIdentity(
  ctx: AppContext,
  {
    actor,
    meta,
    participantId,
    protectedIdentity,
  }: Caller & { participantId: string; protectedIdentity: boolean },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'participant', participantId },
    reason: 'participant.protected_identity',
  });
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(participant)
      .set({ protectedIdentity, updatedAt: ctx.clock(), version: sql`${participant.version} + 1` })
      .where(
        and(eq(participant.municipalityCode, actor.municipalityCode), eq(participant.id, participantId)),
      );
    await access.record(tx, { action: 'update', details: { protectedIdentity } });
  });
  return caseFileAfterWrite(ctx, { actor, participantId, relationship: access.relationship });
}
