import { denyAccess, mayAssign, requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { caseFileAfterWrite, enrolmentRepository } from '../case/index.ts';
import { isCoachOfUnit } from '../staff/index.ts';
import type { CoachAssignmentBody } from './enrolment.schemas.ts';

/** Assign or reassign the coach of a period; the history keeps who had the person when. */
export async function assignCoach(
  ctx: AppContext,
  { actor, meta, enrolmentId, body }: Caller & { enrolmentId: string; body: CoachAssignmentBody },
) {
  const request = {
    actor,
    meta,
    action: 'reassign',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'enrolment.assign_coach',
  } as const;
  const access = await requireAccess(ctx, request);
  const current = access.enrolment;
  if (!mayAssign(actor.role, actor.id, current.coachId, body.coachId))
    await denyAccess(
      ctx,
      request,
      'coach_may_only_take_unassigned',
      'Som coach kan du bara ta en deltagare utan coach till dig själv. Be chefen fördela om.',
    );
  if (current.exitDate) throw problems.conflict('Inskrivningen är avslutad. Coachen kan inte bytas.');
  if (body.coachId && !(await isCoachOfUnit(ctx.db, actor.municipalityCode, body.coachId, current.unitId)))
    throw problems.invalid([{ path: 'coachId', message: 'Coachen arbetar inte i deltagarens enhet.' }]);
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const row = await enrolmentRepository.update(
      tx,
      actor.municipalityCode,
      enrolmentId,
      body.version,
      { coachId: body.coachId },
      now,
    );
    if (!row) throw problems.stale('inskrivningen');
    await enrolmentRepository.recordAssignment(tx, {
      municipalityCode: actor.municipalityCode,
      enrolmentId,
      coachId: body.coachId,
      assignedById: actor.id,
      at: now,
      reason: body.reason ?? null,
    });
    await access.record(tx, {
      action: 'update',
      details: { fromCoachId: current.coachId, toCoachId: body.coachId },
    });
  });
  return caseFileAfterWrite(ctx, {
    actor,
    participantId: current.participantId,
    relationship: access.relationship,
  });
}
