import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { presentGoals } from './goals.presenter.ts';
import { outcomesRepository } from './outcomes.repository.ts';

/** The year's goals of one of the actor's units (or all of them), with history and progress. */
export async function listGoals(
  ctx: AppContext,
  { actor, meta, year, unitId }: Caller & { year: number; unitId?: string | null },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'statistics', entityType: 'outcome_goal', unitId: unitId ?? null },
    reason: 'statistics.goals',
    details: { year },
  });
  return loadGoals(ctx, {
    municipalityCode: actor.municipalityCode,
    unitIds: unitId ? [unitId] : actor.unitIds,
    year,
  });
}

/** The goals with history and progress, after the access check (also used after a change). */
export async function loadGoals(
  ctx: AppContext,
  { municipalityCode, unitIds, year }: { municipalityCode: string; unitIds: string[]; year: number },
) {
  const goals = await outcomesRepository.goals(ctx.db, { municipalityCode, unitIds, year });
  const [changes, rows, unitNames] = await Promise.all([
    outcomesRepository.changes(
      ctx.db,
      municipalityCode,
      goals.map((g) => g.id),
    ),
    goals.length
      ? outcomesRepository.periods(ctx.db, {
          municipalityCode,
          unitIds: [...new Set(goals.map((g) => g.unitId))],
          from: `${year}-01-01`,
          to: `${year}-12-31`,
        })
      : Promise.resolve([]),
    outcomesRepository.unitNames(ctx.db, municipalityCode),
  ]);
  return { goals: presentGoals({ goals, changes, rows, unitNames, today: today(ctx) }) };
}
