import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { interventionRepository } from '../intervention/index.ts';
import { presentFollowUp } from './follow-up.presenter.ts';
import { followUpRepository } from './follow-up.repository.ts';

/**
 * "Min vecka" (overdue + the next 7 days) or only overdue: a coach's own, a manager's units; with
 * the interventions still "Pågår" after their end date (a status gone stale, to end or extend).
 */
export async function getReminders(
  ctx: AppContext,
  { actor, meta, range }: Caller & { range: 'week' | 'overdue' },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'caseload', entityType: 'follow_up' },
    reason: 'follow_up.reminders',
    details: { range },
  });
  const t = today(ctx);
  const d = new Date(`${t}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (range === 'week' ? 7 : -1));
  const rows = await followUpRepository.reminders(ctx.db, {
    municipalityCode: actor.municipalityCode,
    unitIds: actor.unitIds,
    ...(actor.role === 'coach' ? { coachId: actor.id } : {}),
    until: d.toISOString().slice(0, 10),
  });
  const pastDue = await interventionRepository.pastDue(ctx.db, {
    municipalityCode: actor.municipalityCode,
    unitIds: actor.unitIds,
    ...(actor.role === 'coach' ? { coachId: actor.id } : {}),
    today: t,
  });
  const items = rows.map((r) => ({
    ...presentFollowUp(r.followUp, r.participantId, r.employerName, t),
    participantName: `${r.firstName} ${r.lastName}`,
    coach: r.coachId ? { id: r.coachId, displayName: r.coachName ?? '' } : null,
  }));
  return {
    items,
    overdue: items.filter((i) => i.overdue).length,
    today: items.filter((i) => i.dueDate === t).length,
    pastDueInterventions: pastDue.map((i) => ({
      id: i.id,
      participantId: i.participant_id,
      participantName: `${i.first_name} ${i.last_name}`,
      title: i.title,
      endDate: i.end_date,
    })),
  };
}
