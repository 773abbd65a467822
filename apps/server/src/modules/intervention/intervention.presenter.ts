import type { InterventionRow } from './intervention.repository.ts';
import type { InterventionView } from './intervention.schemas.ts';

/** One intervention as the API shows it (the employer by id and name). */
export function presentIntervention(row: InterventionRow, employerName: string | null): InterventionView {
  return {
    id: row.id,
    enrolmentId: row.enrolmentId,
    version: row.version,
    type: row.type as InterventionView['type'],
    subsidyKind: row.subsidyKind as InterventionView['subsidyKind'],
    title: row.title,
    employer: row.employerId ? { id: row.employerId, name: employerName ?? '' } : null,
    provider: row.provider,
    occupationId: row.occupationId,
    startDate: row.startDate,
    endDate: row.endDate,
    hoursPerWeek: row.hoursPerWeek,
    goals: row.goals,
    status: row.status as InterventionView['status'],
    recruitmentNeedId: row.recruitmentNeedId,
    createdAt: row.createdAt.toISOString(),
  };
}
