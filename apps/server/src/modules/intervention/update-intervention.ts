import { requireAccess, withConflictDetails } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { employerRepository } from '../employer/index.ts';
import { checkIntervention } from './check-intervention.ts';
import { presentIntervention } from './intervention.presenter.ts';
import { interventionRepository } from './intervention.repository.ts';
import type { InterventionPatchBody } from './intervention.schemas.ts';

/** Changes some fields of an intervention (optimistic: a stale `version` → 409). */
export async function updateIntervention(
  ctx: AppContext,
  { actor, meta, interventionId, body }: Caller & { interventionId: string; body: InterventionPatchBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'intervention', interventionId },
    reason: 'intervention.update',
  });
  const { version, ...changes } = body;
  const merged = { ...access.intervention, ...changes };
  if (merged.type === 'subsidised_employment' && !merged.subsidyKind)
    throw problems.invalid([{ path: 'subsidyKind', message: 'Välj typ av anställningsstöd.' }]);
  if (merged.type !== 'subsidised_employment' && merged.subsidyKind)
    throw problems.invalid([{ path: 'subsidyKind', message: 'Stödform gäller bara anställning med stöd.' }]);
  const employerName = await checkIntervention(ctx, access.enrolment, {
    type: merged.type,
    employerId: merged.employerId ?? null,
    provider: merged.provider ?? null,
    occupationId: merged.occupationId ?? null,
    startDate: merged.startDate,
    endDate: merged.endDate ?? null,
  });
  const conflict = {
    actor,
    what: 'insatsen',
    entity: { entityType: 'intervention', entityId: interventionId },
    loadCurrent: async () => {
      const now = await interventionRepository.find(ctx.db, actor.municipalityCode, interventionId);
      if (!now) return null;
      const employer = now.employerId
        ? await employerRepository.find(ctx.db, actor.municipalityCode, now.employerId)
        : undefined;
      return presentIntervention(now, employer?.name ?? null);
    },
  };
  const row = await withConflictDetails(ctx, conflict, () =>
    ctx.db.transaction(async (tx) => {
      const updated = await interventionRepository.update(
        tx,
        actor.municipalityCode,
        interventionId,
        version,
        changes,
      );
      if (!updated) throw problems.stale('insatsen');
      await access.record(tx, { action: 'update', details: { fields: Object.keys(changes).join(',') } });
      return updated;
    }),
  );
  return presentIntervention(row, employerName);
}
