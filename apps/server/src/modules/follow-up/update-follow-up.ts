import { requireAccess, withConflictDetails } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import {
  changedFields,
  correctionRepository,
  type EnrolmentRow,
  enrolmentRepository,
  today,
} from '../case/index.ts';
import { employerRepository } from '../employer/index.ts';
import { presentFollowUp } from './follow-up.presenter.ts';
import type { FollowUpRow } from './follow-up.repository.ts';
import { followUpRepository } from './follow-up.repository.ts';
import type { FollowUpPatchBody } from './follow-up.schemas.ts';

/** The planning fields whose changes are kept in the correction history. */
const PLANNING_FIELDS = ['dueDate', 'dueTime', 'purpose', 'with', 'employerId'] as const;

/**
 * Reschedule, change the purpose or whom it is with (kept with the reason in the correction
 * history), or mark done with an outcome. Completing the exit-verification follow-up records on
 * the exit whether the job held one month — which is what makes the exit count as A (or not).
 */
export async function updateFollowUp(
  ctx: AppContext,
  { actor, meta, followUpId, body }: Caller & { followUpId: string; body: FollowUpPatchBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'follow_up', followUpId },
    reason: 'follow_up.update',
  });
  const current = access.followUp;
  if (current.cancelledAt) throw problems.conflict('Uppföljningen är inställd och kan inte ändras.');
  const todayIso = today(ctx);
  const completing = body.done === true && current.doneAt === null;
  checkChange(current, access.enrolment, body, completing, todayIso);
  if (body.employerId && !(await employerRepository.find(ctx.db, actor.municipalityCode, body.employerId)))
    throw problems.invalid([{ path: 'employerId', message: 'Arbetsgivaren finns inte.' }]);
  const planned = {
    dueDate: body.dueDate ?? current.dueDate,
    dueTime: body.dueTime !== undefined ? body.dueTime : current.dueTime,
    purpose: body.purpose !== undefined ? body.purpose : current.purpose,
    with: body.with ?? current.with,
    employerId: body.employerId !== undefined ? body.employerId : current.employerId,
  };
  if (planned.with !== 'participant' && !planned.employerId && !current.interventionId)
    throw problems.invalid([
      { path: 'employerId', message: 'Ange arbetsgivaren för en uppföljning med arbetsgivaren.' },
    ]);
  const replanned = changedFields(
    { ...current, dueTime: current.dueTime, purpose: current.purpose },
    { ...current, ...planned },
    PLANNING_FIELDS,
  );
  const now = ctx.clock();
  const conflict = {
    actor,
    what: 'uppföljningen',
    entity: { entityType: 'follow_up', entityId: followUpId },
    loadCurrent: async () => {
      const now = await followUpRepository.find(ctx.db, actor.municipalityCode, followUpId);
      if (!now) return null;
      const employer = now.employerId
        ? await employerRepository.find(ctx.db, actor.municipalityCode, now.employerId)
        : undefined;
      return presentFollowUp(now, access.participantId, employer?.name ?? null, todayIso);
    },
  };
  const row = await withConflictDetails(ctx, conflict, () =>
    ctx.db.transaction(async (tx) => {
      const updated = await followUpRepository.update(tx, actor.municipalityCode, followUpId, body.version, {
        ...(body.dueDate ? { dueDate: body.dueDate, overdueSince: null } : {}),
        ...(body.dueTime !== undefined ? { dueTime: body.dueTime } : {}),
        ...(body.purpose !== undefined ? { purpose: body.purpose } : {}),
        ...(body.with !== undefined ? { with: body.with } : {}),
        ...(body.employerId !== undefined ? { employerId: body.employerId } : {}),
        ...(body.outcome !== undefined ? { outcome: body.outcome } : {}),
        ...(completing ? { doneAt: now, doneById: actor.id } : {}),
        ...(body.done === false ? { doneAt: null, doneById: null } : {}),
        ...(completing && body.jobHeld !== undefined ? { jobHeld: body.jobHeld } : {}),
      });
      if (!updated) throw problems.stale('uppföljningen');
      if (replanned.length > 0)
        await correctionRepository.insert(tx, {
          municipalityCode: actor.municipalityCode,
          participantId: access.participantId,
          enrolmentId: current.enrolmentId,
          subject: 'follow_up',
          subjectId: followUpId,
          reason: body.reason ?? '',
          changes: replanned,
          correctedById: actor.id,
          correctedAt: now,
        });
      if (completing && current.kind === 'exit_verification') {
        const enrolmentNow = (await enrolmentRepository.find(
          tx,
          actor.municipalityCode,
          current.enrolmentId,
        ))!;
        await enrolmentRepository.update(
          tx,
          actor.municipalityCode,
          current.enrolmentId,
          enrolmentNow.version,
          { exitHeldOneMonth: body.jobHeld ?? null },
          now,
        );
      }
      await access.record(tx, {
        action: 'update',
        details: {
          enrolmentId: current.enrolmentId,
          completed: completing,
          ...(replanned.length > 0 ? { fields: replanned.map((c) => c.field).join(',') } : {}),
          ...(body.jobHeld !== undefined ? { jobHeld: body.jobHeld } : {}),
        },
      });
      return updated;
    }),
  );
  const employer = row.employerId
    ? await employerRepository.find(ctx.db, actor.municipalityCode, row.employerId)
    : undefined;
  return presentFollowUp(row, access.participantId, employer?.name ?? null, todayIso);
}

/** Every problem with the change at once (400). */
function checkChange(
  current: FollowUpRow,
  enrolment: EnrolmentRow,
  body: FollowUpPatchBody,
  completing: boolean,
  todayIso: string,
) {
  const errors: FieldError[] = [];
  const verification = current.kind === 'exit_verification';
  if (completing && !body.outcome) errors.push({ path: 'outcome', message: 'Skriv vad uppföljningen gav.' });
  if (completing && verification && body.jobHeld === undefined)
    errors.push({ path: 'jobHeld', message: 'Ange om anställningen varat en sammanhängande månad.' });
  if (body.jobHeld !== undefined && !verification)
    errors.push({ path: 'jobHeld', message: 'Gäller bara uppföljningen av ett avslut till arbete.' });
  if (completing && verification && body.jobHeld === true && current.dueDate > todayIso)
    errors.push({
      path: 'jobHeld',
      message: `En månad har inte gått sedan anställningen började. Bekräfta tidigast ${current.dueDate}.`,
    });
  if (body.dueDate && body.dueDate < enrolment.enrolledAt)
    errors.push({ path: 'dueDate', message: 'Uppföljningen kan inte vara före inskrivningen.' });
  if (body.done === false && current.doneAt !== null && verification)
    errors.push({ path: 'done', message: 'En genomförd avslutsuppföljning kan inte öppnas igen.' });
  if (errors.length > 0) throw problems.invalid(errors);
}
