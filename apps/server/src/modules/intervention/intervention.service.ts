import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { employerRepository } from '../employer/employer.repository.ts';
import type { EnrolmentRow } from '../enrolment/enrolment.repository.ts';
import {
  accessEnrolment,
  type FieldError,
  invalid,
  requireCaseRole,
  requireOpen,
  staleVersion,
} from '../participant/case-access.ts';
import type {
  InterventionCreateBody,
  InterventionPatchBody,
  InterventionView,
} from '../participant/participant.schemas.ts';
import { vocabularyCheck } from '../participant/vocabulary-check.ts';
import { type InterventionRow, interventionRepository } from './intervention.repository.ts';

/** Placements at a workplace need the employer; training needs an employer or a provider. */
const NEEDS_EMPLOYER = new Set(['praktik', 'arbetstraning', 'jobbspar', 'subsidised_employment']);
const NEEDS_ORGANISER = new Set(['utbildning', 'municipal_employment']);

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

/** Checks the merged (stored + changed) intervention; returns the employer's name. */
async function validate(
  ctx: AppContext,
  actor: StaffActor,
  e: EnrolmentRow,
  v: {
    type: string;
    employerId: string | null;
    provider: string | null;
    occupationId: string | null;
    startDate: string;
    endDate: string | null;
  },
): Promise<string | null> {
  const errors: FieldError[] = [];
  let employerName: string | null = null;
  if (v.employerId) {
    const found = await employerRepository.find(ctx.db, actor.municipalityCode, v.employerId);
    if (!found) errors.push({ path: 'employerId', message: 'Arbetsgivaren finns inte.' });
    else employerName = found.name;
  }
  if (NEEDS_EMPLOYER.has(v.type) && !v.employerId)
    errors.push({ path: 'employerId', message: 'Välj arbetsgivaren där insatsen görs.' });
  if (NEEDS_ORGANISER.has(v.type) && !v.employerId && !v.provider)
    errors.push({ path: 'provider', message: 'Ange anordnare eller arbetsgivare.' });
  if (v.occupationId) {
    const check = vocabularyCheck(ctx);
    check.occupation(v.occupationId, 'occupationId');
    errors.push(...check.errors);
  }
  if (v.startDate < e.enrolledAt)
    errors.push({ path: 'startDate', message: 'Insatsen kan inte börja före inskrivningen.' });
  if (v.endDate && v.endDate < v.startDate)
    errors.push({ path: 'endDate', message: 'Slutdatum kan inte vara före startdatum.' });
  if (errors.length > 0) throw invalid(errors);
  return employerName;
}

export async function listInterventions(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  meta: RequestMeta,
) {
  await accessEnrolment(
    ctx,
    actor,
    enrolmentId,
    'read',
    { entityType: 'intervention', entityId: enrolmentId, reason: 'intervention.list' },
    meta,
  );
  const rows = await interventionRepository.listForEnrolment(ctx.db, actor.municipalityCode, enrolmentId);
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'read',
      entityType: 'enrolment',
      entityId: enrolmentId,
      reason: 'intervention.list',
      details: { count: rows.length },
    },
    meta,
  );
  return { items: rows.map((r) => presentIntervention(r.intervention, r.employerName)) };
}

export async function createIntervention(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  body: InterventionCreateBody,
  meta: RequestMeta,
) {
  const e = await accessEnrolment(
    ctx,
    actor,
    enrolmentId,
    'write',
    { entityType: 'intervention', reason: 'intervention.create' },
    meta,
  );
  requireOpen(e);
  const employerName = await validate(ctx, actor, e, {
    type: body.type,
    employerId: body.employerId ?? null,
    provider: body.provider ?? null,
    occupationId: body.occupationId ?? null,
    startDate: body.startDate,
    endDate: body.endDate ?? null,
  });
  const row = await ctx.db.transaction(async (tx) => {
    const created = await interventionRepository.insert(tx, {
      municipalityCode: actor.municipalityCode,
      enrolmentId,
      type: body.type,
      subsidyKind: body.subsidyKind ?? null,
      title: body.title,
      employerId: body.employerId ?? null,
      provider: body.provider ?? null,
      occupationId: body.occupationId ?? null,
      startDate: body.startDate,
      endDate: body.endDate ?? null,
      hoursPerWeek: body.hoursPerWeek ?? null,
      goals: body.goals ?? null,
      status: body.status,
      recruitmentNeedId: body.recruitmentNeedId ?? null,
      createdAt: ctx.clock(),
      createdById: actor.id,
    });
    await ctx.audit.record(
      tx,
      actor,
      {
        action: 'create',
        entityType: 'intervention',
        entityId: created.id,
        reason: 'intervention.create',
        details: { enrolmentId, type: body.type },
      },
      meta,
    );
    return created;
  });
  return presentIntervention(row, employerName);
}

export async function updateIntervention(
  ctx: AppContext,
  actor: StaffActor,
  interventionId: string,
  body: InterventionPatchBody,
  meta: RequestMeta,
) {
  const target = { entityType: 'intervention', entityId: interventionId, reason: 'intervention.update' };
  await requireCaseRole(ctx, actor, 'write', target, meta);
  const current = await interventionRepository.find(ctx.db, actor.municipalityCode, interventionId);
  if (!current) throw problems.notFound();
  const e = await accessEnrolment(ctx, actor, current.enrolmentId, 'write', target, meta);
  const { version, ...changes } = body;
  const merged = { ...current, ...changes };
  if (merged.type === 'subsidised_employment' && !merged.subsidyKind)
    throw invalid([{ path: 'subsidyKind', message: 'Välj typ av anställningsstöd.' }]);
  if (merged.type !== 'subsidised_employment' && merged.subsidyKind)
    throw invalid([{ path: 'subsidyKind', message: 'Stödform gäller bara anställning med stöd.' }]);
  const employerName = await validate(ctx, actor, e, {
    type: merged.type,
    employerId: merged.employerId ?? null,
    provider: merged.provider ?? null,
    occupationId: merged.occupationId ?? null,
    startDate: merged.startDate,
    endDate: merged.endDate ?? null,
  });
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await interventionRepository.update(
      tx,
      actor.municipalityCode,
      interventionId,
      version,
      changes,
    );
    if (!updated) throw staleVersion('insatsen');
    await ctx.audit.record(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'intervention',
        entityId: interventionId,
        reason: 'intervention.update',
        details: { fields: Object.keys(changes).join(',') },
      },
      meta,
    );
    return updated;
  });
  return presentIntervention(row, employerName);
}
