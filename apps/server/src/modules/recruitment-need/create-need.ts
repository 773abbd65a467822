import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { checkNeedReferences, conceptLabels, needColumns } from './need-rules.ts';
import { presentNeed } from './recruitment-need.presenter.ts';
import { type NeedInsert, recruitmentNeedRepository } from './recruitment-need.repository.ts';
import type { NeedCreateBody } from './recruitment-need.schemas.ts';

/**
 * A need registered by a liaison or manager: open when its occupation is known (the matching
 * engine ranks candidates for it), else received until someone completes it.
 */
export async function createNeed(ctx: AppContext, { actor, meta, body }: Caller & { body: NeedCreateBody }) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'create',
    target: { kind: 'recruitment_need' },
    reason: 'recruitment_need.create',
  });
  const m = actor.municipalityCode;
  const { workplaceMunicipality } = await checkNeedReferences(ctx, ctx.db, m, body, body.employerId ?? null);
  const now = ctx.clock();
  const id = await ctx.db.transaction(async (tx) => {
    const row = await recruitmentNeedRepository.insert(tx, {
      ...(needColumns(body) as Omit<NeedInsert, 'municipalityCode' | 'status' | 'source'>),
      municipalityCode: m,
      municipality: body.municipality ?? workplaceMunicipality,
      status: body.occupationId ? 'open' : 'received',
      source: 'staff',
      liaisonId: body.liaisonId ?? (actor.role === 'liaison' ? actor.id : null),
      createdAt: now,
      updatedAt: now,
    });
    await recruitmentNeedRepository.addEvent(tx, {
      municipalityCode: m,
      needId: row.id,
      at: now,
      staffId: actor.id,
      kind: 'created',
      toStatus: row.status,
    });
    await access.record(tx, { action: 'create', entityId: row.id, details: { status: row.status } });
    return row.id;
  });
  return presentNeed((await recruitmentNeedRepository.find(ctx.db, m, id))!, conceptLabels(ctx));
}
