import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { employerRepository } from '../employer/index.ts';
import { presentFollowUp } from './follow-up.presenter.ts';
import { followUpRepository } from './follow-up.repository.ts';
import type { FollowUpCreateBody } from './follow-up.schemas.ts';

/** Plans a follow-up with the participant, the employer or both. */
export async function createFollowUp(
  ctx: AppContext,
  { actor, meta, enrolmentId, body }: Caller & { enrolmentId: string; body: FollowUpCreateBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'follow_up.create',
  });
  const errors: FieldError[] = [];
  let employerName: string | null = null;
  if (body.employerId) {
    const found = await employerRepository.find(ctx.db, actor.municipalityCode, body.employerId);
    if (!found) errors.push({ path: 'employerId', message: 'Arbetsgivaren finns inte.' });
    else employerName = found.name;
  }
  if ((body.with === 'employer' || body.with === 'both') && !body.employerId && !body.interventionId)
    errors.push({ path: 'employerId', message: 'Ange arbetsgivaren för en uppföljning med arbetsgivaren.' });
  if (body.dueDate < access.enrolment.enrolledAt)
    errors.push({ path: 'dueDate', message: 'Uppföljningen kan inte vara före inskrivningen.' });
  if (errors.length > 0) throw problems.invalid(errors);
  const row = await ctx.db.transaction(async (tx) => {
    const created = await followUpRepository.insert(tx, {
      municipalityCode: actor.municipalityCode,
      enrolmentId,
      kind: body.kind,
      with: body.with,
      dueDate: body.dueDate,
      dueTime: body.dueTime ?? null,
      employerId: body.employerId ?? null,
      interventionId: body.interventionId ?? null,
      purpose: body.purpose ?? null,
      createdAt: ctx.clock(),
      createdById: actor.id,
    });
    await access.record(tx, {
      action: 'create',
      entityType: 'follow_up',
      entityId: created.id,
      details: { enrolmentId },
    });
    return created;
  });
  return presentFollowUp(row, access.participantId, employerName, today(ctx));
}
