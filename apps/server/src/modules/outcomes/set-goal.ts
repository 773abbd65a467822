import { OUTCOME_KPI_IDS, type OutcomeKpiId } from '@arbetsbro/kolada';
import { requireAccess, withConflictDetails } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { loadGoals } from './list-goals.ts';
import { outcomesRepository } from './outcomes.repository.ts';
import type { GoalBody } from './outcomes.schemas.ts';

const PERCENT_KPIS = new Set<string>(
  OUTCOME_KPI_IDS.filter(
    (id) => !['U40450', 'U40451', 'U40452', 'U40453', 'U40454', 'U40800', 'U40803'].includes(id),
  ),
);

/**
 * Sets a unit's goal for a KPI and year, or changes it (raised or lowered) with a reason that is
 * kept in the history. A changed goal needs the version it was read at (stale → 409); a share is
 * a percent 0–100. Managers only (policy: statistics/write).
 */
export async function setGoal(ctx: AppContext, { actor, meta, body }: Caller & { body: GoalBody }) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'statistics', entityType: 'outcome_goal', unitId: body.unitId },
    reason: 'statistics.set_goal',
  });
  if (!(OUTCOME_KPI_IDS as readonly string[]).includes(body.kpiId))
    throw problems.badRequest('Välj ett av enhetens nyckeltal.');
  if (PERCENT_KPIS.has(body.kpiId) && body.target > 100)
    throw problems.badRequest('Målet är en andel i procent: ange 0–100.');
  const kpiId = body.kpiId as OutcomeKpiId;
  const now = ctx.clock();
  const key = { unitId: body.unitId, kpiId, year: body.year };
  const known = await outcomesRepository.goal(ctx.db, actor.municipalityCode, key);
  const present = async () => {
    const goal = await outcomesRepository.goal(ctx.db, actor.municipalityCode, key);
    return goal && { target: goal.target, direction: goal.direction, version: goal.version };
  };
  // A stale write answers 409 with the goal as saved now and who changed it (audit trail).
  const conflict = {
    actor,
    what: 'målet',
    entity: { entityType: 'outcome_goal', entityId: known?.id ?? '00000000-0000-0000-0000-000000000000' },
    loadCurrent: present,
  };
  await withConflictDetails(ctx, conflict, () => save());
  return loadGoals(ctx, {
    municipalityCode: actor.municipalityCode,
    unitIds: [body.unitId],
    year: body.year,
  });

  async function save() {
    await ctx.db.transaction(async (tx) => {
      const existing = await outcomesRepository.goal(tx, actor.municipalityCode, key);
      const values = { target: body.target, direction: body.direction };
      let goal: typeof existing;
      if (existing) {
        if (body.version === undefined) throw problems.stale('målet');
        goal = await outcomesRepository.updateGoal(
          tx,
          actor.municipalityCode,
          existing.id,
          body.version,
          values,
          actor.id,
          now,
        );
      } else {
        if (body.version !== undefined) throw problems.stale('målet');
        goal = await outcomesRepository.insertGoal(
          tx,
          actor.municipalityCode,
          { ...key, ...values },
          actor.id,
          now,
        );
      }
      if (!goal) throw problems.stale('målet');
      await outcomesRepository.insertChange(tx, actor.municipalityCode, {
        goalId: goal.id,
        changedById: actor.id,
        changedAt: now,
        fromTarget: existing?.target ?? null,
        toTarget: body.target,
        fromDirection: existing?.direction ?? null,
        toDirection: body.direction,
        reason: body.reason,
      });
      await access.record(tx, {
        action: existing ? 'update' : 'create',
        entityId: goal.id,
        details: { kpi: kpiId, year: body.year, target: body.target },
      });
    });
  }
}
