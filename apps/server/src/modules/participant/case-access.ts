import { todayInSweden } from '@arbetsbro/identity';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { type EnrolmentRow, enrolmentRepository } from '../enrolment/enrolment.repository.ts';
import { type CaseAction, inActorUnits, roleMay } from './participant.policy.ts';

// The permission check every case-record service starts with. Denials are audited (codes only).

export interface Target {
  entityType: string;
  entityId?: string | null;
  /** The use case, e.g. "participant.view". */
  reason: string;
}

async function denied(ctx: AppContext, actor: StaffActor, target: Target, meta: RequestMeta, why: string) {
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'access_denied',
      outcome: 'denied',
      entityType: target.entityType,
      entityId: target.entityId ?? null,
      reason: target.reason,
      details: { why },
    },
    meta,
  );
}

/** Role check: admin and liaison have no access to case records → 403 (audited). */
export async function requireCaseRole(
  ctx: AppContext,
  actor: StaffActor,
  action: CaseAction,
  target: Target,
  meta: RequestMeta,
): Promise<void> {
  if (roleMay(actor, action)) return;
  await denied(ctx, actor, target, meta, `role:${actor.role}`);
  throw problems.forbidden(
    action === 'read'
      ? 'Din roll ger inte åtkomst till deltagarnas akter.'
      : 'Din roll får inte ändra i deltagarnas akter.',
  );
}

/** Outside the actor's units: audited, and answered exactly like a record that does not exist. */
export async function notFoundForActor(
  ctx: AppContext,
  actor: StaffActor,
  target: Target,
  meta: RequestMeta,
): Promise<never> {
  await denied(ctx, actor, target, meta, 'outside_units');
  throw problems.notFound();
}

/** Role check, then the enrolment must exist and belong to one of the actor's units. */
export async function accessEnrolment(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  action: CaseAction,
  target: Target,
  meta: RequestMeta,
): Promise<EnrolmentRow> {
  await requireCaseRole(ctx, actor, action, target, meta);
  const row = await enrolmentRepository.find(ctx.db, actor.municipalityCode, enrolmentId);
  if (!row) throw problems.notFound();
  if (!inActorUnits(actor, row.unitId)) return notFoundForActor(ctx, actor, target, meta);
  return row;
}

export function staleVersion(what: string) {
  return problems.conflict(`Någon annan har ändrat ${what}. Ladda om och försök igen.`);
}

/** Today in Sweden as YYYY-MM-DD: dates in case records are Swedish calendar days. */
export function today(ctx: AppContext): string {
  return todayInSweden(ctx.clock());
}

export type FieldError = { path: string; message: string };

export function invalid(errors: FieldError[]) {
  return problems.badRequest(
    `Uppgifterna kunde inte tas emot: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    errors,
  );
}

/** 400 when the edit closes a period that has ended: no new activity on an exited enrolment. */
export function requireOpen(row: EnrolmentRow) {
  if (row.exitDate !== null)
    throw problems.conflict('Inskrivningen är avslutad. Gör en ny inskrivning för en ny period.');
}
