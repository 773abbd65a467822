import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { interventionTypeLabels } from '../intervention/index.ts';
import { outcomesRepository } from './outcomes.repository.ts';
import { presentStatistics } from './statistics.presenter.ts';

/**
 * The Statistik page for a year and one of the actor's units (or all of them): month by month,
 * groups, time to a job (two earlier enrolment-year cohorts included), recruitment needs and
 * overdue follow-ups. Groups of fewer than 5 people are suppressed.
 */
export async function getStatistics(
  ctx: AppContext,
  { actor, meta, year, unitId }: Caller & { year: number; unitId?: string | null },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'statistics', entityType: 'statistics', unitId: unitId ?? null },
    reason: 'statistics.view',
    details: { year },
  });
  return loadStatistics(ctx, {
    municipalityCode: actor.municipalityCode,
    actorUnitIds: actor.unitIds,
    unitId: unitId ?? null,
    year,
  });
}

/** The figures after the access check (the page and the exports). */
export async function loadStatistics(
  ctx: AppContext,
  {
    municipalityCode,
    actorUnitIds,
    unitId,
    year,
  }: { municipalityCode: string; actorUnitIds: string[]; unitId: string | null; year: number },
) {
  const unitIds = unitId ? [unitId] : actorUnitIds;
  const day = today(ctx);
  const [groups, needs, overdue, unitNames, staffNames] = await Promise.all([
    outcomesRepository.statisticsGroups(ctx.db, { municipalityCode, unitIds, year, today: day }),
    outcomesRepository.needs(ctx.db, {
      municipalityCode,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    }),
    outcomesRepository.overdueFollowUps(ctx.db, { municipalityCode, unitIds, today: day }),
    outcomesRepository.unitNames(ctx.db, municipalityCode),
    outcomesRepository.staffNames(ctx.db, municipalityCode),
  ]);
  return {
    ...presentStatistics({ groups, needs, year, today: day, unitNames, staffNames, interventionTypeLabels }),
    unit: unitId ? { id: unitId, name: unitNames.get(unitId) ?? '' } : null,
    units: actorUnitIds
      .map((id) => ({ id, name: unitNames.get(id) ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    followUpsOverdue: overdue,
  };
}
