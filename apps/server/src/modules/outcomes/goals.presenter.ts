// Pure: a unit's goals with their history and the month-by-month progress against them.

import { calculateOutcomeKpis, type OutcomeKpiId } from '@arbetsbro/kolada';
import { kpiNames, toEnrolmentPeriod } from './kolada-report.presenter.ts';
import type { GoalChangeRow, GoalRow, OutcomePeriodRow } from './outcomes.repository.ts';
import { SUPPRESS_BELOW } from './statistics.presenter.ts';
import { lastDay, lastMonthOf } from './statistics-groups.ts';

export interface GoalProgressMonth {
  /** YYYY-MM. */
  month: string;
  /** The KPI from 1 January to the month's end; null when there is nothing to divide by yet, or a share of fewer than 5. */
  value: number | null;
  /** Whether the value meets the target (null: no value). */
  met: boolean | null;
}

/** The goals, each with who changed it when (from → to, why) and its progress month by month. */
export function presentGoals(input: {
  goals: readonly GoalRow[];
  changes: readonly GoalChangeRow[];
  rows: readonly OutcomePeriodRow[];
  unitNames: ReadonlyMap<string, string>;
  /** YYYY-MM-DD: progress runs to this month. */
  today: string;
}) {
  return input.goals.map((goal) => {
    const periods = input.rows.filter((r) => r.unit_id === goal.unitId).map(toEnrolmentPeriod);
    const from = `${goal.year}-01-01`;
    const lastMonth = lastMonthOf(goal.year, input.today);
    const progress: GoalProgressMonth[] = [];
    for (let m = 1; m <= lastMonth; m++) {
      const figure = calculateOutcomeKpis(periods, { from, to: lastDay(goal.year, m) }).kpis[
        goal.kpiId as OutcomeKpiId
      ];
      // A share of fewer than 5 people is not shown (as everywhere on the Statistik page).
      const value =
        !figure || (figure.unit === 'percent' && (figure.denominator ?? 0) < SUPPRESS_BELOW)
          ? null
          : figure.value;
      progress.push({
        month: `${goal.year}-${String(m).padStart(2, '0')}`,
        value,
        met:
          value === null ? null : goal.direction === 'at_least' ? value >= goal.target : value <= goal.target,
      });
    }
    return {
      id: goal.id,
      unit: { id: goal.unitId, name: input.unitNames.get(goal.unitId) ?? '' },
      kpiId: goal.kpiId,
      kpiName: kpiNames[goal.kpiId as OutcomeKpiId] ?? goal.kpiId,
      year: goal.year,
      target: goal.target,
      direction: goal.direction,
      version: goal.version,
      updatedAt: goal.updatedAt.toISOString(),
      history: input.changes
        .filter((c) => c.goalId === goal.id)
        .map((c) => ({
          at: c.changedAt.toISOString(),
          by: c.changedBy,
          fromTarget: c.fromTarget,
          toTarget: c.toTarget,
          fromDirection: c.fromDirection,
          toDirection: c.toDirection,
          reason: c.reason,
        })),
      progress,
    };
  });
}

export type GoalView = ReturnType<typeof presentGoals>[number];
