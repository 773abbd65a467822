import type { AppContext } from '../../context.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { invalid, staleVersion, today } from './case-access.ts';
import { accessParticipant } from './get-participant.ts';
import { contactColumns, normalizeProfile } from './intake.ts';
import { presentParticipantDetail } from './participant.presenter.ts';
import { participantRepository } from './participant.repository.ts';
import type { ParticipantPatchBody, ProfilePutBody } from './participant.schemas.ts';
import { checkProfile } from './vocabulary-check.ts';

/** Name and contact details. */
export async function updateParticipant(
  ctx: AppContext,
  actor: StaffActor,
  participantId: string,
  body: ParticipantPatchBody,
  meta: RequestMeta,
) {
  const target = { entityType: 'participant', entityId: participantId, reason: 'participant.update' };
  await accessParticipant(ctx, actor, participantId, 'write', target, meta);
  const now = ctx.clock();
  const updated = await ctx.db.transaction(async (tx) => {
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
      now,
    );
    if (!row) throw staleVersion('deltagarens uppgifter');
    await ctx.audit.record(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'participant',
        entityId: participantId,
        reason: 'participant.update',
        // Which fields changed, never their values.
        details: {
          fields: Object.keys(body)
            .filter((k) => k !== 'version')
            .join(','),
        },
      },
      meta,
    );
    return row;
  });
  return presentParticipantDetail(ctx.db, actor, updated, today(ctx));
}

/** The matching profile, replaced as a whole (adaptations included: only coaches write). */
export async function updateProfile(
  ctx: AppContext,
  actor: StaffActor,
  participantId: string,
  body: ProfilePutBody,
  meta: RequestMeta,
) {
  const target = { entityType: 'participant', entityId: participantId, reason: 'participant.profile_update' };
  await accessParticipant(ctx, actor, participantId, 'write', target, meta);
  const errors = checkProfile(ctx, body.profile);
  if (errors.length > 0) throw invalid(errors);
  const { adaptations, adaptationsNote, ...profile } = normalizeProfile(body.profile);
  const now = ctx.clock();
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await participantRepository.updateProfile(
      tx,
      actor.municipalityCode,
      participantId,
      body.version,
      { profile, adaptations, adaptationsNote: adaptationsNote ?? null },
      now,
    );
    if (!row) throw staleVersion('profilen');
    await ctx.audit.record(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'participant',
        entityId: participantId,
        reason: 'participant.profile_update',
        details: { adaptations: adaptations.length > 0 },
      },
      meta,
    );
    return row;
  });
  return presentParticipantDetail(ctx.db, actor, updated, today(ctx));
}
