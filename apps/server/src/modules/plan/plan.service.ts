import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { interventionRepository } from '../intervention/intervention.repository.ts';
import {
  accessEnrolment,
  type FieldError,
  invalid,
  requireOpen,
  staleVersion,
  today,
} from '../participant/case-access.ts';
import { isUniqueViolation } from '../participant/db-errors.ts';
import type { PlanPutBody, PlanVersionView } from '../participant/participant.schemas.ts';
import { vocabularyCheck } from '../participant/vocabulary-check.ts';
import { type PlanVersionRow, planRepository } from './plan.repository.ts';

function present(row: PlanVersionRow, authorName: string | null): PlanVersionView {
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
    createdBy: row.createdById ? { id: row.createdById, displayName: authorName ?? '' } : null,
  };
}

async function audited(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  reason: string,
  meta: RequestMeta,
) {
  await ctx.audit.record(
    ctx.db,
    actor,
    { action: 'read', entityType: 'plan', entityId: enrolmentId, reason },
    meta,
  );
}

/** The plan in force and the list of earlier versions. */
export async function getPlan(ctx: AppContext, actor: StaffActor, enrolmentId: string, meta: RequestMeta) {
  await accessEnrolment(
    ctx,
    actor,
    enrolmentId,
    'read',
    { entityType: 'plan', entityId: enrolmentId, reason: 'plan.view' },
    meta,
  );
  const rows = await planRepository.versions(ctx.db, actor.municipalityCode, enrolmentId);
  await audited(ctx, actor, enrolmentId, 'plan.view', meta);
  const newest = rows[0];
  return {
    current: newest ? present(newest.plan, newest.authorName) : null,
    versions: rows.map((r) => ({
      version: r.plan.version,
      createdAt: r.plan.createdAt.toISOString(),
      createdBy: r.plan.createdById ? { id: r.plan.createdById, displayName: r.authorName ?? '' } : null,
      agreedWithParticipant: r.plan.agreedWithParticipant,
    })),
  };
}

export async function getPlanVersion(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  n: number,
  meta: RequestMeta,
) {
  await accessEnrolment(
    ctx,
    actor,
    enrolmentId,
    'read',
    { entityType: 'plan', entityId: enrolmentId, reason: 'plan.view_version' },
    meta,
  );
  const rows = await planRepository.versions(ctx.db, actor.municipalityCode, enrolmentId);
  const found = rows.find((r) => r.plan.version === n);
  if (!found) throw problems.notFound('Den versionen av planen finns inte.');
  await audited(ctx, actor, enrolmentId, 'plan.view_version', meta);
  return present(found.plan, found.authorName);
}

/** Saves the plan as a new version; the previous ones stay as history. */
export async function savePlan(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  body: PlanPutBody,
  meta: RequestMeta,
) {
  const target = { entityType: 'plan', entityId: enrolmentId, reason: 'plan.save' };
  const e = await accessEnrolment(ctx, actor, enrolmentId, 'write', target, meta);
  requireOpen(e);
  const todayIso = today(ctx);
  const errors: FieldError[] = [];
  if (body.goalOccupationId) {
    const check = vocabularyCheck(ctx);
    check.occupation(body.goalOccupationId, 'goalOccupationId');
    errors.push(...check.errors);
  }
  if (body.agreedWithParticipant && !body.agreedAt)
    errors.push({ path: 'agreedAt', message: 'Ange när planen stämdes av med deltagaren.' });
  if (body.agreedAt && body.agreedAt > todayIso)
    errors.push({ path: 'agreedAt', message: 'Datumet kan inte ligga i framtiden.' });
  if (body.agreedAt && body.agreedAt < e.enrolledAt)
    errors.push({ path: 'agreedAt', message: 'Datumet kan inte vara före inskrivningen.' });
  const interventionIds = new Set(
    (await interventionRepository.listForEnrolment(ctx.db, actor.municipalityCode, enrolmentId)).map(
      (i) => i.intervention.id,
    ),
  );
  body.steps.forEach((s, i) => {
    if (s.interventionId && !interventionIds.has(s.interventionId))
      errors.push({
        path: `steps.${i}.interventionId`,
        message: 'Insatsen hör inte till den här inskrivningen.',
      });
  });
  if (errors.length > 0) throw invalid(errors);

  const existing = await planRepository.versions(ctx.db, actor.municipalityCode, enrolmentId);
  const currentVersion = existing[0]?.plan.version ?? 0;
  if (body.expectedVersion !== currentVersion) throw staleVersion('planen');
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const created = await planRepository.insert(tx, {
        municipalityCode: actor.municipalityCode,
        enrolmentId,
        version: currentVersion + 1,
        goal: body.goal,
        goalDescription: body.goalDescription ?? null,
        goalOccupationId: body.goalOccupationId ?? null,
        steps: body.steps.map((s) => ({
          id: s.id ?? randomUUID(),
          title: s.title,
          description: s.description ?? null,
          status: s.status,
          dueDate: s.dueDate ?? null,
          interventionId: s.interventionId ?? null,
        })),
        agreedWithParticipant: body.agreedWithParticipant,
        agreedAt: body.agreedWithParticipant ? (body.agreedAt ?? null) : null,
        createdAt: ctx.clock(),
        createdById: actor.id,
      });
      await ctx.audit.record(
        tx,
        actor,
        {
          action: 'create',
          entityType: 'plan',
          entityId: enrolmentId,
          reason: 'plan.save',
          details: {
            version: created.version,
            steps: created.steps.length,
            agreed: created.agreedWithParticipant,
          },
        },
        meta,
      );
      return created;
    });
    return present(row, actor.displayName);
  } catch (error) {
    if (isUniqueViolation(error)) throw staleVersion('planen');
    throw error;
  }
}
