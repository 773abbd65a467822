import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { presentUnit } from './unit.presenter.ts';
import { unitRepository } from './unit.repository.ts';

/** Every unit of the municipality with its age range and how many accounts it has. */
export async function listUnits(ctx: AppContext, { actor, meta }: Caller) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'administration', entityType: 'unit' },
    reason: 'unit.list',
  });
  const [units, counts] = await Promise.all([
    unitRepository.list(ctx.db, actor.municipalityCode),
    unitRepository.staffCounts(ctx.db, actor.municipalityCode),
  ]);
  return { items: units.map((u) => presentUnit(u, counts.get(u.id) ?? 0)) };
}
