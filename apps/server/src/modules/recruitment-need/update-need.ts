import { isMatchable, mayMove, needStatusLabels, needsClosingReason } from '@arbetsbro/recruitment';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { checkNeedReferences, conceptLabels, needColumns } from './need-rules.ts';
import { presentNeed } from './recruitment-need.presenter.ts';
import { type NeedInsert, recruitmentNeedRepository } from './recruitment-need.repository.ts';
import type { NeedPatchBody, NeedStatusBody } from './recruitment-need.schemas.ts';

/** Changes fields of a need (optimistic: stale → 409); the history keeps which fields, by whom. */
export async function updateNeed(
  ctx: AppContext,
  { actor, meta, needId, body }: Caller & { needId: string; body: NeedPatchBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'recruitment_need', needId },
    reason: 'recruitment_need.update',
  });
  const m = actor.municipalityCode;
  const current = await recruitmentNeedRepository.find(ctx.db, m, needId);
  if (!current) throw problems.notFound();
  const { version, ...changes } = body;
  const employerId = changes.employerId !== undefined ? changes.employerId : current.need.employerId;
  const { workplaceMunicipality } = await checkNeedReferences(ctx, ctx.db, m, changes, employerId ?? null);
  if (changes.occupationId === null && isMatchable(current.need.status))
    throw problems.invalid([{ path: 'occupationId', message: 'Ett öppet behov behöver ett yrke.' }]);
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const row = await recruitmentNeedRepository.update(
      tx,
      m,
      needId,
      version,
      {
        ...(needColumns(changes) as Partial<NeedInsert>),
        ...(changes.workplaceId && changes.municipality === undefined
          ? { municipality: workplaceMunicipality }
          : {}),
      },
      now,
    );
    if (!row) throw problems.stale('behovet');
    const fields = Object.keys(changes);
    await recruitmentNeedRepository.addEvent(tx, {
      municipalityCode: m,
      needId,
      at: now,
      staffId: actor.id,
      kind: 'updated',
      fields,
    });
    await access.record(tx, { action: 'update', details: { fields: fields.join(',') } });
  });
  return presentNeed((await recruitmentNeedRepository.find(ctx.db, m, needId))!, conceptLabels(ctx));
}

/**
 * Moves a need in its lifecycle. Opening needs an occupation (the matching engine reads it); filled
 * and closed need a closing reason. Discrimination warnings never block: they are shown before.
 */
export async function changeNeedStatus(
  ctx: AppContext,
  { actor, meta, needId, body }: Caller & { needId: string; body: NeedStatusBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'recruitment_need', needId },
    reason: 'recruitment_need.status',
  });
  const m = actor.municipalityCode;
  const current = await recruitmentNeedRepository.find(ctx.db, m, needId);
  if (!current) throw problems.notFound();
  const from = current.need.status;
  const to = body.status;
  const errors: FieldError[] = [];
  if (from !== to && !mayMove(from, to))
    errors.push({
      path: 'status',
      message: `Ett behov som är ${needStatusLabels[from].toLowerCase()} kan inte bli ${needStatusLabels[to].toLowerCase()}.`,
    });
  if (isMatchable(to) && !current.need.occupationId)
    errors.push({
      path: 'status',
      message: 'Välj yrke för behovet innan det öppnas, så att matchningen kan läsa det.',
    });
  if (needsClosingReason(to) && !body.closingReason)
    errors.push({ path: 'closingReason', message: 'Ange varför behovet avslutas.' });
  if (errors.length > 0) throw problems.invalid(errors);
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const row = await recruitmentNeedRepository.update(
      tx,
      m,
      needId,
      body.version,
      { status: to, closingReason: needsClosingReason(to) ? (body.closingReason ?? null) : null },
      now,
    );
    if (!row) throw problems.stale('behovet');
    await recruitmentNeedRepository.addEvent(tx, {
      municipalityCode: m,
      needId,
      at: now,
      staffId: actor.id,
      kind: 'status',
      fromStatus: from,
      toStatus: to,
      reason: body.reason ?? body.closingReason ?? null,
    });
    await access.record(tx, {
      action: 'update',
      details: { from, to, closingReason: body.closingReason ?? null },
    });
  });
  return presentNeed((await recruitmentNeedRepository.find(ctx.db, m, needId))!, conceptLabels(ctx));
}
