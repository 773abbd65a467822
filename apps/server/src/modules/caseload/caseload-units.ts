import type { AppContext } from '../../context.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { requireCaseRole } from '../participant/case-access.ts';
import { unitRepository } from '../unit/unit.repository.ts';
import { coachesOfUnits } from './staff-lookup.ts';

/** The actor's units with age ranges and coaches: what intake and reassignment offer to choose from. */
export async function caseloadUnits(ctx: AppContext, actor: StaffActor, meta: RequestMeta) {
  await requireCaseRole(ctx, actor, 'read', { entityType: 'unit', reason: 'caseload.units' }, meta);
  const units = (await unitRepository.list(ctx.db, actor.municipalityCode)).filter((u) =>
    actor.unitIds.includes(u.id),
  );
  const coaches = await coachesOfUnits(
    ctx.db,
    actor.municipalityCode,
    units.map((u) => u.id),
  );
  return {
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      minAge: u.minAge,
      maxAge: u.maxAge,
      coaches: coaches
        .filter((c) => c.unitId === u.id)
        .map((c) => ({ id: c.id, displayName: c.displayName })),
    })),
  };
}
