import { and, eq, isNull } from 'drizzle-orm';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { planVersion } from '../../db/schema/index.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { requireOpen, today } from '../case/index.ts';
import { presentPlanVersion } from './plan.presenter.ts';
import { planRepository } from './plan.repository.ts';
import type { PlanAgreementBody } from './plan.schemas.ts';

/**
 * Records that the participant agreed to version `n` of the plan, on `agreedAt`. Every saved
 * version starts not agreed (a changed plan must be agreed again); only the version in force can
 * be agreed, and only once (409 otherwise).
 */
export async function agreePlanVersion(
  ctx: AppContext,
  { actor, meta, enrolmentId, n, body }: Caller & { enrolmentId: string; n: number; body: PlanAgreementBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'plan.agree',
  });
  requireOpen(access.enrolment);
  const rows = await planRepository.versions(ctx.db, actor.municipalityCode, enrolmentId);
  const found = rows.find((r) => r.plan.version === n);
  if (!found) throw problems.notFound('Den versionen av planen finns inte.');
  if (rows[0]!.plan.version !== n)
    throw problems.conflict('En nyare version av planen finns: det är den som ska stämmas av.');
  if (found.plan.agreedWithParticipant)
    throw problems.conflict('Den här versionen av planen är redan avstämd med deltagaren.');
  const errors: FieldError[] = [];
  const created = found.plan.createdAt.toISOString().slice(0, 10);
  if (body.agreedAt > today(ctx))
    errors.push({ path: 'agreedAt', message: 'Datumet kan inte ligga i framtiden.' });
  if (body.agreedAt < created)
    errors.push({
      path: 'agreedAt',
      message: `Versionen sparades ${created}: den kan inte ha stämts av före dess.`,
    });
  if (errors.length > 0) throw problems.invalid(errors);
  const row = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(planVersion)
      .set({ agreedWithParticipant: true, agreedAt: body.agreedAt })
      .where(
        and(
          eq(planVersion.municipalityCode, actor.municipalityCode),
          eq(planVersion.enrolmentId, enrolmentId),
          eq(planVersion.version, n),
          eq(planVersion.agreedWithParticipant, false),
          isNull(planVersion.agreedAt),
        ),
      )
      .returning();
    if (!updated) throw problems.conflict('Den här versionen av planen är redan avstämd med deltagaren.');
    await access.record(tx, { action: 'update', entityType: 'plan', details: { version: n, agreed: true } });
    return updated;
  });
  return presentPlanVersion(row, found.authorName);
}
