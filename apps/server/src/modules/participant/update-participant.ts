import { requireAccess, withConflictDetails } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import {
  caseFileAfterWrite,
  changedFields,
  contactColumns,
  correctionRepository,
  participantRepository,
} from '../case/index.ts';
import type { ParticipantPatchBody } from './participant.schemas.ts';

/** Name and contact details (optimistic: a stale `version` answers 409 and changes nothing). */
export async function updateParticipant(
  ctx: AppContext,
  { actor, meta, participantId, body }: Caller & { participantId: string; body: ParticipantPatchBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'participant', participantId },
    reason: 'participant.update',
  });
  const conflict = {
    actor,
    what: 'deltagarens uppgifter',
    entity: {
      entityType: 'participant',
      entityId: participantId,
      reasons: ['participant.update', 'participant.correct_identity'],
    },
    loadCurrent: () => caseFileAfterWrite(ctx, { actor, participantId, relationship: access.relationship }),
  };
  // A changed name is kept in the correction history (what it said before), like a manager's correction.
  const before =
    body.firstName || body.lastName
      ? await participantRepository.find(ctx.db, actor.municipalityCode, participantId)
      : undefined;
  await withConflictDetails(ctx, conflict, () =>
    ctx.db.transaction(async (tx) => {
      const row = await participantRepository.update(
        tx,
        actor.municipalityCode,
        participantId,
        body.version,
        {
          ...(body.firstName ? { firstName: body.firstName } : {}),
          ...(body.lastName ? { lastName: body.lastName } : {}),
          ...(body.contact ? contactColumns(body.contact) : {}),
        },
        ctx.clock(),
      );
      if (!row) throw problems.stale('deltagarens uppgifter');
      const renamed = before
        ? changedFields(
            { firstName: before.firstName, lastName: before.lastName },
            { firstName: row.firstName, lastName: row.lastName },
            ['firstName', 'lastName'],
          )
        : [];
      if (renamed.length > 0)
        await correctionRepository.insert(tx, {
          municipalityCode: actor.municipalityCode,
          participantId,
          enrolmentId: null,
          subject: 'identity',
          subjectId: participantId,
          reason: '',
          changes: renamed,
          correctedById: actor.id,
          correctedAt: row.updatedAt,
        });
      // Which fields changed, never their values.
      const fields = Object.keys(body).filter((k) => k !== 'version');
      await access.record(tx, { action: 'update', details: { fields: fields.join(',') } });
    }),
  );
  return caseFileAfterWrite(ctx, { actor, participantId, relationship: access.relationship });
}
