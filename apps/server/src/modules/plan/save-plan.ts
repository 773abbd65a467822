import { randomUUID } from 'node:crypto';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { type EnrolmentRow, requireOpen } from '../case/index.ts';
import { interventionRepository } from '../intervention/index.ts';
import { vocabularyCheck } from '../reference/index.ts';
import { presentPlanVersion } from './plan.presenter.ts';
import { planRepository } from './plan.repository.ts';
import type { PlanPutBody } from './plan.schemas.ts';

/** Saves the plan as a new version; the previous ones stay as history. A stale expectedVersion → 409. */
export async function savePlan(
  ctx: AppContext,
  { actor, meta, enrolmentId, body }: Caller & { enrolmentId: string; body: PlanPutBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'plan.save',
  });
  requireOpen(access.enrolment);
  await checkPlan(ctx, access.enrolment, body);
  const existing = await planRepository.versions(ctx.db, actor.municipalityCode, enrolmentId);
  const currentVersion = existing[0]?.plan.version ?? 0;
  if (body.expectedVersion !== currentVersion) throw problems.stale('planen');
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
        // Agreement is given for each version (agree-plan-version.ts): a changed plan is not agreed.
        agreedWithParticipant: false,
        agreedAt: null,
        createdAt: ctx.clock(),
        createdById: actor.id,
      });
      await access.record(tx, {
        action: 'create',
        entityType: 'plan',
        details: {
          version: created.version,
          steps: created.steps.length,
        },
      });
      return created;
    });
    return presentPlanVersion(row, actor.displayName);
  } catch (error) {
    if (isUniqueViolation(error)) throw problems.stale('planen');
    throw error;
  }
}

/** Goal occupation in the vocabulary, steps' interventions its own. */
async function checkPlan(ctx: AppContext, enrolment: EnrolmentRow, body: PlanPutBody) {
  const errors: FieldError[] = [];
  if (body.goalOccupationId) {
    const check = vocabularyCheck(ctx);
    check.occupation(body.goalOccupationId, 'goalOccupationId');
    errors.push(...check.errors);
  }
  const interventionIds = new Set(
    (await interventionRepository.listForEnrolment(ctx.db, enrolment.municipalityCode, enrolment.id)).map(
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
  if (errors.length > 0) throw problems.invalid(errors);
}
