import type { AppContext } from '../../context.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import {
  accessEnrolment,
  type FieldError,
  invalid,
  staleVersion,
  today,
} from '../participant/case-access.ts';
import { presentParticipantDetail } from '../participant/participant.presenter.ts';
import { participantRepository } from '../participant/participant.repository.ts';
import type { EnrolmentPatchBody } from '../participant/participant.schemas.ts';
import { enrolmentRepository } from './enrolment.repository.ts';

/** Corrects the intake facts of a period (referral, education, months without work …). */
export async function updateEnrolment(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  body: EnrolmentPatchBody,
  meta: RequestMeta,
) {
  const target = { entityType: 'enrolment', entityId: enrolmentId, reason: 'enrolment.update' };
  const current = await accessEnrolment(ctx, actor, enrolmentId, 'write', target, meta);
  const person = (await participantRepository.find(ctx.db, actor.municipalityCode, current.participantId))!;
  const todayIso = today(ctx);
  const errors: FieldError[] = [];
  if (body.enrolledAt) {
    if (body.enrolledAt > todayIso)
      errors.push({ path: 'enrolledAt', message: 'Inskrivningsdatum kan inte ligga i framtiden.' });
    if (body.enrolledAt < person.birthDate)
      errors.push({ path: 'enrolledAt', message: 'Inskrivningsdatum kan inte vara före födelsedatum.' });
    if (current.exitDate && body.enrolledAt > current.exitDate)
      errors.push({ path: 'enrolledAt', message: 'Inskrivningsdatum kan inte vara efter avslutsdatum.' });
  }
  if (body.afRegisteredSince && body.afRegisteredSince > todayIso)
    errors.push({ path: 'afRegisteredSince', message: 'Datumet kan inte ligga i framtiden.' });
  if (errors.length > 0) throw invalid(errors);
  const { version, ...values } = body;
  await ctx.db.transaction(async (tx) => {
    const row = await enrolmentRepository.update(
      tx,
      actor.municipalityCode,
      enrolmentId,
      version,
      values,
      ctx.clock(),
    );
    if (!row) throw staleVersion('inskrivningen');
    await ctx.audit.record(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'enrolment',
        entityId: enrolmentId,
        reason: 'enrolment.update',
        details: { fields: Object.keys(values).join(',') },
      },
      meta,
    );
  });
  return presentParticipantDetail(ctx.db, actor, person, todayIso);
}
