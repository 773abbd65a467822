import { requireAccess, withConflictDetails } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { caseFileAfterWrite, enrolmentRepository, participantRepository, today } from '../case/index.ts';
import type { EnrolmentPatchBody } from './enrolment.schemas.ts';

/** Corrects the intake facts of a period (referral, education, months without work …). */
export async function updateEnrolment(
  ctx: AppContext,
  { actor, meta, enrolmentId, body }: Caller & { enrolmentId: string; body: EnrolmentPatchBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'enrolment.update',
  });
  const current = access.enrolment;
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
  if (errors.length > 0) throw problems.invalid(errors);
  const { version, ...values } = body;
  const conflict = {
    actor,
    what: 'inskrivningen',
    entity: { entityType: 'enrolment', entityId: enrolmentId },
    loadCurrent: () =>
      caseFileAfterWrite(ctx, {
        actor,
        participantId: current.participantId,
        relationship: access.relationship,
      }),
  };
  await withConflictDetails(ctx, conflict, () =>
    ctx.db.transaction(async (tx) => {
      const row = await enrolmentRepository.update(
        tx,
        actor.municipalityCode,
        enrolmentId,
        version,
        values,
        ctx.clock(),
      );
      if (!row) throw problems.stale('inskrivningen');
      await access.record(tx, { action: 'update', details: { fields: Object.keys(values).join(',') } });
    }),
  );
  return caseFileAfterWrite(ctx, {
    actor,
    participantId: current.participantId,
    relationship: access.relationship,
  });
}
