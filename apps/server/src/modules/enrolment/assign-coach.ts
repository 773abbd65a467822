import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { isCoachOfUnit } from '../caseload/staff-lookup.ts';
import { accessEnrolment, invalid, staleVersion, today } from '../participant/case-access.ts';
import { mayAssign } from '../participant/participant.policy.ts';
import { presentParticipantDetail } from '../participant/participant.presenter.ts';
import { participantRepository } from '../participant/participant.repository.ts';
import type { CoachAssignmentBody } from '../participant/participant.schemas.ts';
import { enrolmentRepository } from './enrolment.repository.ts';

/** Assign or reassign the coach of a period; the history keeps who had the person when. */
export async function assignCoach(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  body: CoachAssignmentBody,
  meta: RequestMeta,
) {
  const target = { entityType: 'enrolment', entityId: enrolmentId, reason: 'enrolment.assign_coach' };
  const current = await accessEnrolment(ctx, actor, enrolmentId, 'reassign', target, meta);
  if (!mayAssign(actor, current.coachId, body.coachId)) {
    await ctx.audit.record(
      ctx.db,
      actor,
      {
        ...target,
        action: 'access_denied',
        outcome: 'denied',
        details: { why: 'coach_may_only_take_unassigned' },
      },
      meta,
    );
    throw problems.forbidden(
      'Som coach kan du bara ta en deltagare utan coach till dig själv. Be chefen fördela om.',
    );
  }
  if (current.exitDate) throw problems.conflict('Inskrivningen är avslutad. Coachen kan inte bytas.');
  if (body.coachId && !(await isCoachOfUnit(ctx.db, actor.municipalityCode, body.coachId, current.unitId)))
    throw invalid([{ path: 'coachId', message: 'Coachen arbetar inte i deltagarens enhet.' }]);
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
    if (!row) throw staleVersion('inskrivningen');
    await enrolmentRepository.recordAssignment(tx, {
      municipalityCode: actor.municipalityCode,
      enrolmentId,
      coachId: body.coachId,
      assignedById: actor.id,
      at: now,
      reason: body.reason ?? null,
    });
    await ctx.audit.record(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'enrolment',
        entityId: enrolmentId,
        reason: 'enrolment.assign_coach',
        details: { fromCoachId: current.coachId, toCoachId: body.coachId },
      },
      meta,
    );
  });
  const person = (await participantRepository.find(ctx.db, actor.municipalityCode, current.participantId))!;
  return presentParticipantDetail(ctx.db, actor, person, today(ctx));
}
