import { requireAccess, withConflictDetails } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { caseFileAfterWrite, normalizeProfile, participantRepository } from '../case/index.ts';
import { checkProfile } from '../reference/index.ts';
import type { ProfilePutBody } from './participant.schemas.ts';

/** The matching profile, replaced as a whole (adaptations included: only coaches write). */
export async function updateProfile(
  ctx: AppContext,
  { actor, meta, participantId, body }: Caller & { participantId: string; body: ProfilePutBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'participant', participantId },
    reason: 'participant.profile_update',
  });
  const errors = checkProfile(ctx, body.profile);
  if (errors.length > 0) throw problems.invalid(errors);
  const { adaptations, adaptationsNote, ...profile } = normalizeProfile(body.profile);
  const conflict = {
    actor,
    what: 'profilen',
    entity: { entityType: 'participant', entityId: participantId, reasons: ['participant.profile_update'] },
    loadCurrent: () => caseFileAfterWrite(ctx, { actor, participantId, relationship: access.relationship }),
  };
  await withConflictDetails(ctx, conflict, () =>
    ctx.db.transaction(async (tx) => {
      const row = await participantRepository.updateProfile(
        tx,
        actor.municipalityCode,
        participantId,
        body.version,
        { profile, adaptations, adaptationsNote: adaptationsNote ?? null },
        ctx.clock(),
      );
      if (!row) throw problems.stale('profilen');
      await access.record(tx, { action: 'update', details: { adaptations: adaptations.length > 0 } });
    }),
  );
  return caseFileAfterWrite(ctx, { actor, participantId, relationship: access.relationship });
}
