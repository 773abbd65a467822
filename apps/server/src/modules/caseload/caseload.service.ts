import { ageAt, parsePersonnummer } from '@arbetsbro/identity';
import type { AppContext } from '../../context.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { requireCaseRole, today } from '../participant/case-access.ts';
import { maskPersonnummer } from '../participant/participant.presenter.ts';
import {
  CASELOAD_FILTERS,
  type CaseloadFilter,
  type CaseloadQuery,
  type CaseloadResponse,
  type ParticipantListItem,
  type SearchBody,
} from '../participant/participant.schemas.ts';
import { type CaseloadRow, caseloadRepository } from './caseload.repository.ts';

/** An enrolment counts as "new" for this many days after enrolment. */
export const NEW_ENROLMENT_DAYS = 14;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The quick filters, one predicate each (the counts use the same predicates). */
export function filterPredicates(todayIso: string, actorId: string, mine: boolean) {
  const newSince = addDays(todayIso, -NEW_ENROLMENT_DAYS);
  const active = (r: CaseloadRow) => r.exit_date === null;
  const own = (r: CaseloadRow) => !mine || r.coach_id === actorId;
  const predicates: Record<CaseloadFilter, (r: CaseloadRow) => boolean> = {
    all: (r) => own(r) && active(r),
    // Unassigned ones are nobody's: shown from the actor's units whatever the scope.
    unassigned: (r) => active(r) && r.coach_id === null,
    new: (r) => own(r) && active(r) && r.enrolled_at >= newSince,
    follow_up_overdue: (r) => own(r) && r.overdue_follow_ups > 0,
    no_active_intervention: (r) => own(r) && active(r) && r.active_interventions === 0,
    exit_needs_verification: (r) => own(r) && r.needs_verification,
    meetings_today: (r) => own(r) && r.meetings_today > 0,
  };
  return predicates;
}

export function presentListItem(r: CaseloadRow, todayIso: string): ParticipantListItem {
  return {
    participantId: r.participant_id,
    enrolmentId: r.enrolment_id,
    personnummerMasked: maskPersonnummer(r.personnummer),
    firstName: r.first_name,
    lastName: r.last_name,
    age: ageAt(r.birth_date, todayIso),
    unitId: r.unit_id,
    unitName: r.unit_name,
    coach: r.coach_id ? { id: r.coach_id, displayName: r.coach_name ?? '' } : null,
    enrolledAt: r.enrolled_at,
    status: r.exit_date ? 'exited' : 'active',
    exitDate: r.exit_date,
    nextFollowUpDate: r.next_follow_up,
    overdueFollowUps: r.overdue_follow_ups,
    activeInterventions: r.active_interventions,
    needsExitVerification: r.needs_verification,
    hasMeetingToday: r.meetings_today > 0,
  };
}

/** "Mina deltagare" (coach) or the unit's caseload (coach, manager), with a count per quick filter. */
export async function getCaseload(
  ctx: AppContext,
  actor: StaffActor,
  query: CaseloadQuery,
  meta: RequestMeta,
): Promise<CaseloadResponse> {
  await requireCaseRole(ctx, actor, 'read', { entityType: 'participant', reason: 'caseload.list' }, meta);
  const todayIso = today(ctx);
  const unitIds = query.unitId ? actor.unitIds.filter((u) => u === query.unitId) : actor.unitIds;
  // A manager has no caseload of their own: "mine" means their units.
  const mine = query.scope === 'mine' && actor.role === 'coach';
  const rows = await caseloadRepository.list(ctx.db, {
    municipalityCode: actor.municipalityCode,
    unitIds,
    today: todayIso,
    caseloadOnly: true,
  });
  const predicates = filterPredicates(todayIso, actor.id, mine);
  const counts = Object.fromEntries(
    CASELOAD_FILTERS.map((f) => [f, rows.filter(predicates[f]).length]),
  ) as CaseloadResponse['counts'];
  const matching = rows.filter(predicates[query.filter]);
  const items = matching
    .slice(query.offset, query.offset + query.limit)
    .map((r) => presentListItem(r, todayIso));
  // One audit record per list request: which list, how many records were shown.
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'read',
      entityType: 'participant',
      reason: 'caseload.list',
      details: { scope: mine ? 'mine' : 'unit', filter: query.filter, count: items.length },
    },
    meta,
  );
  return { items, total: matching.length, counts };
}

/** Search by name or personnummer, in the actor's units. The query is never logged or audited. */
export async function searchParticipants(
  ctx: AppContext,
  actor: StaffActor,
  body: SearchBody,
  meta: RequestMeta,
) {
  await requireCaseRole(
    ctx,
    actor,
    'read',
    { entityType: 'participant', reason: 'participant.search' },
    meta,
  );
  const todayIso = today(ctx);
  const q = body.query.trim();
  const digits = q.replace(/[-+\s]/g, '');
  let personnummerPrefix: string | undefined;
  let nameLike: string | undefined;
  if (/^\d+$/.test(digits)) {
    const parsed = parsePersonnummer(q, { today: todayIso });
    if (parsed.ok) personnummerPrefix = parsed.value.normalized;
    else if (/^\d{8}$/.test(digits)) personnummerPrefix = digits;
    // Other digit strings (YYMMDD, partial numbers) are too vague to search by: they match nothing.
    else personnummerPrefix = 'x';
  } else {
    nameLike = q;
  }
  const rows = await caseloadRepository.list(ctx.db, {
    municipalityCode: actor.municipalityCode,
    unitIds: actor.unitIds,
    today: todayIso,
    caseloadOnly: false,
    onePerPerson: true,
    ...(nameLike ? { nameLike } : {}),
    ...(personnummerPrefix ? { personnummerPrefix } : {}),
  });
  const filtered = rows
    .filter((r) => body.includeExited || r.exit_date === null)
    .sort(
      (a, b) =>
        a.last_name.localeCompare(b.last_name, 'sv') || a.first_name.localeCompare(b.first_name, 'sv'),
    );
  const items = filtered.slice(0, body.limit).map((r) => presentListItem(r, todayIso));
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'read',
      entityType: 'participant',
      reason: 'participant.search',
      details: { kind: personnummerPrefix ? 'personnummer' : 'name', count: items.length },
    },
    meta,
  );
  return { items, total: filtered.length };
}
