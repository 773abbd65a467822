import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { coachesOfUnits } from '../staff/index.ts';
import { unitRepository } from '../unit/index.ts';

/** The actor's units with age ranges and coaches: what intake and reassignment offer to choose from. */
export async function caseloadUnits(ctx: AppContext, { actor, meta }: Caller) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'caseload', entityType: 'unit' },
    reason: 'caseload.units',
  });
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
