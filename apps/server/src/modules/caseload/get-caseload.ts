import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { countByFilter, filterPredicates, presentListItem } from './caseload.presenter.ts';
import { caseloadRepository } from './caseload.repository.ts';
import type { CaseloadQuery, CaseloadResponse } from './caseload.schemas.ts';

/** "Mina deltagare" (coach) or the unit's caseload (coach, manager), with a count per quick filter. */
export async function getCaseload(
  ctx: AppContext,
  { actor, meta, query }: Caller & { query: CaseloadQuery },
): Promise<CaseloadResponse> {
  // A manager has no caseload of their own: "mine" means their units.
  const mine = query.scope === 'mine' && actor.role === 'coach';
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'caseload' },
    reason: 'caseload.list',
    details: { scope: mine ? 'mine' : 'unit', filter: query.filter },
  });
  const todayIso = today(ctx);
  const unitIds = query.unitId ? actor.unitIds.filter((u) => u === query.unitId) : actor.unitIds;
  const rows = await caseloadRepository.list(ctx.db, {
    municipalityCode: actor.municipalityCode,
    unitIds,
    today: todayIso,
    caseloadOnly: true,
  });
  const predicates = filterPredicates(todayIso, actor.id, mine);
  const matching = rows.filter(predicates[query.filter]);
  const items = matching
    .slice(query.offset, query.offset + query.limit)
    .map((r) => presentListItem(r, todayIso));
  return { items, total: matching.length, counts: countByFilter(rows, predicates) };
}
