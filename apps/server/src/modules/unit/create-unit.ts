import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { presentUnit } from './unit.presenter.ts';
import { unitRepository } from './unit.repository.ts';
import type { UnitCreateBody } from './unit.schemas.ts';
import { checkUnit } from './unit-rules.ts';

/** A new unit, with an age range for intake routing if it has one. */
export async function createUnit(ctx: AppContext, { actor, meta, body }: Caller & { body: UnitCreateBody }) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'create',
    target: { kind: 'administration', entityType: 'unit' },
    reason: 'unit.create',
  });
  const m = actor.municipalityCode;
  return ctx.db.transaction(async (tx) => {
    await unitRepository.lockMunicipality(tx, m);
    checkUnit(await unitRepository.list(tx, m), body);
    const created = await unitRepository.insert(tx, {
      municipalityCode: m,
      name: body.name,
      minAge: body.minAge,
      maxAge: body.maxAge,
      createdAt: ctx.clock(),
    });
    await access.record(tx, {
      action: 'create',
      entityId: created.id,
      details: { minAge: body.minAge, maxAge: body.maxAge },
    });
    return presentUnit(created, 0);
  });
}
