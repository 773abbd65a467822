import type { PlanVersionRow } from './plan.repository.ts';
import type { PlanVersionView } from './plan.schemas.ts';

const staffRef = (id: string | null, name: string | null) => (id ? { id, displayName: name ?? '' } : null);

/** One plan version as the API shows it. */
export function presentPlanVersion(row: PlanVersionRow, authorName: string | null): PlanVersionView {
  return {
    enrolmentId: row.enrolmentId,
    version: row.version,
    goal: row.goal,
    goalDescription: row.goalDescription,
    goalOccupationId: row.goalOccupationId,
    steps: row.steps,
    agreedWithParticipant: row.agreedWithParticipant,
    agreedAt: row.agreedAt,
    createdAt: row.createdAt.toISOString(),
    createdBy: staffRef(row.createdById, authorName),
  };
}

/** The plan in force (newest version) and the list of every version, newest first. */
export function presentPlan(rows: Array<{ plan: PlanVersionRow; authorName: string | null }>) {
  const newest = rows[0];
  return {
    current: newest ? presentPlanVersion(newest.plan, newest.authorName) : null,
    versions: rows.map((r) => ({
      version: r.plan.version,
      createdAt: r.plan.createdAt.toISOString(),
      createdBy: staffRef(r.plan.createdById, r.authorName),
      agreedWithParticipant: r.plan.agreedWithParticipant,
    })),
  };
}
