import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { NEW_ENROLMENT_DAYS, presentListItem } from './caseload.presenter.ts';
import type { CaseloadQuery, CaseloadResponse } from './caseload.schemas.ts';
import { caseloadPage } from './caseload-query.ts';

function daysBefore(iso: string, days: number) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * "Mina deltagare" (coach) or the unit's caseload (coach, manager; a manager may view one coach's),
 * with a count per quick filter, sorted and paged in the database.
 */
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
  if (query.unitId && !actor.unitIds.includes(query.unitId)) throw problems.notFound();
  const todayIso = today(ctx);
  const { rows, counts } = await caseloadPage(ctx.db, {
    municipalityCode: actor.municipalityCode,
    unitIds: query.unitId ? [query.unitId] : actor.unitIds,
    today: todayIso,
    newSince: daysBefore(todayIso, NEW_ENROLMENT_DAYS),
    mineOf: mine ? actor.id : null,
    coachId: query.coachId,
    filter: query.filter,
    sort: query.sort,
    descending: query.order === 'desc',
    limit: query.limit,
    offset: query.offset,
  });
  return { items: rows.map((r) => presentListItem(r, todayIso)), total: counts[query.filter], counts };
}
