import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { presentContactLog } from './employer.presenter.ts';
import { employerRepository } from './employer.repository.ts';
import type { ContactLogBody, ContactLogPatchBody } from './employer.schemas.ts';

// The contact log: every visit, call, e-mail and meeting with an employer, with the agreed next
// step; a next step with a due date is the logging staff member's, in their "Min vecka".

/** Logs a contact with the employer. */
export async function logContact(
  ctx: AppContext,
  { actor, meta, employerId, body }: Caller & { employerId: string; body: ContactLogBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'employer', employerId },
    reason: 'employer.contact_log',
  });
  const m = actor.municipalityCode;
  if (!(await employerRepository.find(ctx.db, m, employerId))) throw problems.notFound();
  const todayIso = today(ctx);
  const errors: FieldError[] = [];
  if (body.occurredOn > todayIso)
    errors.push({ path: 'occurredOn', message: 'En kontakt kan inte ha skett i framtiden.' });
  if (body.nextStepDue && !body.nextStep)
    errors.push({ path: 'nextStep', message: 'Skriv vad nästa steg är när du anger ett datum för det.' });
  let contactName: string | null = null;
  if (body.contactId) {
    const contact = await employerRepository.findContact(ctx.db, m, body.contactId);
    if (!contact || contact.employerId !== employerId)
      errors.push({ path: 'contactId', message: 'Kontaktpersonen hör inte till arbetsgivaren.' });
    else contactName = contact.name;
  }
  if (errors.length > 0) throw problems.invalid(errors);
  const row = await ctx.db.transaction(async (tx) => {
    const created = await employerRepository.insertContactLog(tx, {
      municipalityCode: m,
      employerId,
      kind: body.kind,
      occurredOn: body.occurredOn,
      staffId: actor.id,
      contactId: body.contactId ?? null,
      note: body.note ?? null,
      nextStep: body.nextStep ?? null,
      nextStepDue: body.nextStepDue ?? null,
    });
    await access.record(tx, {
      action: 'create',
      entityType: 'employer_contact_log',
      entityId: created.id,
      details: { employerId, kind: body.kind },
    });
    return created;
  });
  return presentContactLog(row, { staffName: actor.displayName, contactName }, todayIso);
}

/** Marks the next step done (or not), moves its date or changes it (optimistic: stale → 409). */
export async function updateContactLog(
  ctx: AppContext,
  { actor, meta, contactLogId, body }: Caller & { contactLogId: string; body: ContactLogPatchBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'employer' },
    reason: 'employer.contact_log_update',
  });
  const m = actor.municipalityCode;
  const current = await employerRepository.findContactLog(ctx.db, m, contactLogId);
  if (!current) throw problems.notFound();
  const now = ctx.clock();
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await employerRepository.updateContactLog(
      tx,
      m,
      contactLogId,
      body.version,
      {
        ...(body.nextStepDone === true && current.nextStepDoneAt === null ? { nextStepDoneAt: now } : {}),
        ...(body.nextStepDone === false ? { nextStepDoneAt: null } : {}),
        ...(body.nextStepDue !== undefined ? { nextStepDue: body.nextStepDue } : {}),
        ...(body.nextStep !== undefined ? { nextStep: body.nextStep } : {}),
      },
      now,
    );
    if (!updated) throw problems.stale('kontakten');
    await access.record(tx, {
      action: 'update',
      entityType: 'employer_contact_log',
      entityId: contactLogId,
      details: { employerId: current.employerId, done: body.nextStepDone ?? null },
    });
    return updated;
  });
  const entries = await employerRepository.contactLog(ctx.db, m, row.employerId);
  const names = entries.find((e) => e.entry.id === row.id);
  return presentContactLog(
    row,
    { staffName: names?.staffName ?? null, contactName: names?.contactName ?? null },
    today(ctx),
  );
}

/** The actor's employer next steps: overdue and the next 7 days ("Min vecka"), or only overdue. */
export async function getContactFollowUps(
  ctx: AppContext,
  { actor, meta, range }: Caller & { range: 'week' | 'overdue' },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'employer' },
    reason: 'employer.follow_ups',
  });
  const t = today(ctx);
  const d = new Date(`${t}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (range === 'week' ? 7 : -1));
  const rows = await employerRepository.dueNextSteps(
    ctx.db,
    actor.municipalityCode,
    actor.id,
    d.toISOString().slice(0, 10),
  );
  const items = rows.map((r) => ({ ...presentContactLog(r.entry, r, t), employerName: r.employerName }));
  return {
    items,
    overdue: items.filter((i) => i.overdue).length,
    today: items.filter((i) => i.nextStepDue === t).length,
  };
}
