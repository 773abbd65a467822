import { requireAccess, withConflictDetails } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import {
  caseFileAfterWrite,
  normalizeProfile,
  type Profile,
  participantRepository,
  profileOf,
} from '../case/index.ts';
import { checkProfile } from '../reference/index.ts';
import type { ProfilePatchBody } from './participant.schemas.ts';

/**
 * One section of the matching profile (experience, skills, licences, languages, …): the fields
 * sent replace the stored ones at the top level, every other field is kept as saved. Versioned
 * like the whole profile (`profileVersion`: a stale version → 409 with the profile as saved now),
 * checked against the vocabulary, audited with the names of the fields changed. Adaptations follow
 * the same rule as in the whole profile: only those who may write the case (coaches) send them.
 */
export async function patchProfile(
  ctx: AppContext,
  { actor, meta, participantId, body }: Caller & { participantId: string; body: ProfilePatchBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'participant', participantId },
    reason: 'participant.profile_update',
  });
  const patch = body.profile as Partial<Profile>;
  const errors = checkProfile(ctx, patch);
  if (errors.length > 0) throw problems.invalid(errors);
  const fields = Object.keys(patch).sort();
  const conflict = {
    actor,
    what: 'profilen',
    entity: { entityType: 'participant', entityId: participantId, reason: 'participant.profile_update' },
    loadCurrent: () => caseFileAfterWrite(ctx, { actor, participantId, relationship: access.relationship }),
  };
  await withConflictDetails(ctx, conflict, () =>
    ctx.db.transaction(async (tx) => {
      const row = await participantRepository.find(tx, actor.municipalityCode, participantId);
      if (!row) throw problems.notFound();
      if (row.profileVersion !== body.version) throw problems.stale('profilen');
      const { adaptations, adaptationsNote, ...profile } = normalizeProfile({
        ...profileOf(row, true),
        ...patch,
      });
      // The update checks the version again: a write between the read and here is still a 409.
      const updated = await participantRepository.updateProfile(
        tx,
        actor.municipalityCode,
        participantId,
        body.version,
        { profile, adaptations, adaptationsNote: adaptationsNote ?? null },
        ctx.clock(),
      );
      if (!updated) throw problems.stale('profilen');
      await access.record(tx, {
        action: 'update',
        details: {
          fields: fields.join(','),
          adaptations: fields.includes('adaptations') || fields.includes('adaptationsNote'),
        },
      });
    }),
  );
  return caseFileAfterWrite(ctx, { actor, participantId, relationship: access.relationship });
}
