import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { staffUser } from './staff.ts';
import { unit } from './tenancy.ts';

export const goalDirections = ['at_least', 'at_most'] as const;
export type GoalDirection = (typeof goalDirections)[number];

/**
 * A unit's target for one Kolada KPI in one year (e.g. U40455 ≥ 55 % in 2026). Raised (or lowered)
 * during the year as results come in; every change is kept in `outcome_goal_change`.
 */
export const outcomeGoal = pgTable(
  'outcome_goal',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    unitId: uuid('unit_id').notNull(),
    /** Kolada KPI id, e.g. U40455. */
    kpiId: text('kpi_id').notNull(),
    year: integer('year').notNull(),
    /** In the KPI's unit: percent 0–100 for shares, a count for counts. */
    target: doublePrecision('target').notNull(),
    direction: text('direction', { enum: goalDirections }).notNull().default('at_least'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedById: uuid('updated_by_id'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    uniqueIndex('outcome_goal_unit_kpi_year_uq').on(t.municipalityCode, t.unitId, t.kpiId, t.year),
    foreignKey({ columns: [t.municipalityCode, t.unitId], foreignColumns: [unit.municipalityCode, unit.id] }),
    check('outcome_goal_target_range', sql`${t.target} >= 0 and ${t.target} <= 1000000`),
  ],
);

/** The history of a goal: who set or changed it, when, from → to, and why. */
export const outcomeGoalChange = pgTable(
  'outcome_goal_change',
  {
    municipalityCode: text('municipality_code').notNull(),
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    goalId: uuid('goal_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedById: uuid('changed_by_id'),
    /** Null when the goal was first set. */
    fromTarget: doublePrecision('from_target'),
    toTarget: doublePrecision('to_target').notNull(),
    fromDirection: text('from_direction', { enum: goalDirections }),
    toDirection: text('to_direction', { enum: goalDirections }).notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.id] }),
    foreignKey({
      columns: [t.municipalityCode, t.goalId],
      foreignColumns: [outcomeGoal.municipalityCode, outcomeGoal.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.municipalityCode, t.changedById],
      foreignColumns: [staffUser.municipalityCode, staffUser.id],
    }),
    index('outcome_goal_change_goal_idx').on(t.municipalityCode, t.goalId, t.changedAt),
  ],
);
