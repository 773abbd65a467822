import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { employerRepository } from '../employer/employer.repository.ts';
import { enrolmentRepository } from '../enrolment/enrolment.repository.ts';
import {
  accessEnrolment,
  type FieldError,
  invalid,
  requireCaseRole,
  staleVersion,
  today,
} from '../participant/case-access.ts';
import type {
  FollowUpCreateBody,
  FollowUpPatchBody,
  FollowUpView,
} from '../participant/participant.schemas.ts';
import { type FollowUpRow, followUpRepository } from './follow-up.repository.ts';

export function presentFollowUp(
  row: FollowUpRow,
  participantId: string,
  employerName: string | null,
  todayIso: string,
): FollowUpView {
  return {
    id: row.id,
    enrolmentId: row.enrolmentId,
    participantId,
    version: row.version,
    kind: row.kind,
    with: row.with,
    dueDate: row.dueDate,
    dueTime: row.dueTime,
    employer: row.employerId ? { id: row.employerId, name: employerName ?? '' } : null,
    interventionId: row.interventionId,
    purpose: row.purpose,
    done: row.doneAt !== null,
    doneAt: row.doneAt ? row.doneAt.toISOString() : null,
    outcome: row.outcome,
    jobHeld: row.jobHeld,
    overdue: row.doneAt === null && row.dueDate < todayIso,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listFollowUps(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  meta: RequestMeta,
) {
  const target = { entityType: 'follow_up', entityId: enrolmentId, reason: 'follow_up.list' };
  const e = await accessEnrolment(ctx, actor, enrolmentId, 'read', target, meta);
  const rows = await followUpRepository.listForEnrolment(ctx.db, actor.municipalityCode, enrolmentId);
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'read',
      entityType: 'enrolment',
      entityId: enrolmentId,
      reason: 'follow_up.list',
      details: { count: rows.length },
    },
    meta,
  );
  const t = today(ctx);
  return { items: rows.map((r) => presentFollowUp(r.followUp, e.participantId, r.employerName, t)) };
}

export async function createFollowUp(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  body: FollowUpCreateBody,
  meta: RequestMeta,
) {
  const target = { entityType: 'follow_up', reason: 'follow_up.create' };
  const e = await accessEnrolment(ctx, actor, enrolmentId, 'write', target, meta);
  const errors: FieldError[] = [];
  let employerName: string | null = null;
  if (body.employerId) {
    const found = await employerRepository.find(ctx.db, actor.municipalityCode, body.employerId);
    if (!found) errors.push({ path: 'employerId', message: 'Arbetsgivaren finns inte.' });
    else employerName = found.name;
  }
  if ((body.with === 'employer' || body.with === 'both') && !body.employerId && !body.interventionId)
    errors.push({ path: 'employerId', message: 'Ange arbetsgivaren för en uppföljning med arbetsgivaren.' });
  if (body.dueDate < e.enrolledAt)
    errors.push({ path: 'dueDate', message: 'Uppföljningen kan inte vara före inskrivningen.' });
  if (errors.length > 0) throw invalid(errors);
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
    await ctx.audit.record(
      tx,
      actor,
      {
        action: 'create',
        entityType: 'follow_up',
        entityId: created.id,
        reason: 'follow_up.create',
        details: { enrolmentId },
      },
      meta,
    );
    return created;
  });
  return presentFollowUp(row, e.participantId, employerName, today(ctx));
}

/**
 * Reschedule, or mark done with an outcome. Completing the exit-verification follow-up records on
 * the exit whether the job held one month — which is what makes the exit count as A (or not).
 */
export async function updateFollowUp(
  ctx: AppContext,
  actor: StaffActor,
  followUpId: string,
  body: FollowUpPatchBody,
  meta: RequestMeta,
) {
  const target = { entityType: 'follow_up', entityId: followUpId, reason: 'follow_up.update' };
  await requireCaseRole(ctx, actor, 'write', target, meta);
  const current = await followUpRepository.find(ctx.db, actor.municipalityCode, followUpId);
  if (!current) throw problems.notFound();
  const e = await accessEnrolment(ctx, actor, current.enrolmentId, 'write', target, meta);
  const todayIso = today(ctx);
  const errors: FieldError[] = [];
  const completing = body.done === true && current.doneAt === null;
  if (completing && !body.outcome) errors.push({ path: 'outcome', message: 'Skriv vad uppföljningen gav.' });
  if (completing && current.kind === 'exit_verification' && body.jobHeld === undefined)
    errors.push({ path: 'jobHeld', message: 'Ange om anställningen varat en sammanhängande månad.' });
  if (body.jobHeld !== undefined && current.kind !== 'exit_verification')
    errors.push({ path: 'jobHeld', message: 'Gäller bara uppföljningen av ett avslut till arbete.' });
  if (
    completing &&
    current.kind === 'exit_verification' &&
    body.jobHeld === true &&
    current.dueDate > todayIso
  )
    errors.push({
      path: 'jobHeld',
      message: `En månad har inte gått sedan anställningen började. Bekräfta tidigast ${current.dueDate}.`,
    });
  if (body.dueDate && body.dueDate < e.enrolledAt)
    errors.push({ path: 'dueDate', message: 'Uppföljningen kan inte vara före inskrivningen.' });
  if (body.done === false && current.doneAt !== null && current.kind === 'exit_verification')
    errors.push({ path: 'done', message: 'En genomförd avslutsuppföljning kan inte öppnas igen.' });
  if (errors.length > 0) throw invalid(errors);
  const now = ctx.clock();
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await followUpRepository.update(tx, actor.municipalityCode, followUpId, body.version, {
      ...(body.dueDate ? { dueDate: body.dueDate, overdueSince: null } : {}),
      ...(body.dueTime !== undefined ? { dueTime: body.dueTime } : {}),
      ...(body.purpose !== undefined ? { purpose: body.purpose } : {}),
      ...(body.outcome !== undefined ? { outcome: body.outcome } : {}),
      ...(completing ? { doneAt: now, doneById: actor.id } : {}),
      ...(body.done === false ? { doneAt: null, doneById: null } : {}),
      ...(completing && body.jobHeld !== undefined ? { jobHeld: body.jobHeld } : {}),
    });
    if (!updated) throw staleVersion('uppföljningen');
    if (completing && current.kind === 'exit_verification') {
      const enrolmentNow = (await enrolmentRepository.find(tx, actor.municipalityCode, current.enrolmentId))!;
      await enrolmentRepository.update(
        tx,
        actor.municipalityCode,
        current.enrolmentId,
        enrolmentNow.version,
        { exitHeldOneMonth: body.jobHeld ?? null },
        now,
      );
    }
    await ctx.audit.record(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'follow_up',
        entityId: followUpId,
        reason: completing ? 'follow_up.complete' : 'follow_up.update',
        details: {
          enrolmentId: current.enrolmentId,
          ...(body.jobHeld !== undefined ? { jobHeld: body.jobHeld } : {}),
        },
      },
      meta,
    );
    return updated;
  });
  const employer = row.employerId
    ? await employerRepository.find(ctx.db, actor.municipalityCode, row.employerId)
    : undefined;
  return presentFollowUp(row, e.participantId, employer?.name ?? null, todayIso);
}

/** "Min vecka" (overdue + the next 7 days) or only overdue: a coach's own, a manager's units. */
export async function reminders(
  ctx: AppContext,
  actor: StaffActor,
  range: 'week' | 'overdue',
  meta: RequestMeta,
) {
  await requireCaseRole(ctx, actor, 'read', { entityType: 'follow_up', reason: 'follow_up.reminders' }, meta);
  const t = today(ctx);
  const d = new Date(`${t}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (range === 'week' ? 7 : -1));
  const rows = await followUpRepository.reminders(ctx.db, {
    municipalityCode: actor.municipalityCode,
    unitIds: actor.unitIds,
    ...(actor.role === 'coach' ? { coachId: actor.id } : {}),
    until: d.toISOString().slice(0, 10),
  });
  const items = rows.map((r) => ({
    ...presentFollowUp(r.followUp, r.participantId, r.employerName, t),
    participantName: `${r.firstName} ${r.lastName}`,
    coach: r.coachId ? { id: r.coachId, displayName: r.coachName ?? '' } : null,
  }));
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'read',
      entityType: 'follow_up',
      reason: 'follow_up.reminders',
      details: { range, count: items.length },
    },
    meta,
  );
  return {
    items,
    overdue: items.filter((i) => i.overdue).length,
    today: items.filter((i) => i.dueDate === t).length,
  };
}
