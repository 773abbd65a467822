import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { presentUnit } from './unit.presenter.ts';
import { unitRepository } from './unit.repository.ts';
import type { UnitPatchBody } from './unit.schemas.ts';
import { checkUnit } from './unit-rules.ts';

/**
 * Renames a unit or changes its age range (optimistic: a stale `version` → 409). Intake routing
 * reads the range at each intake, so the change holds at once; people already enrolled stay.
 */
export async function updateUnit(
  ctx: AppContext,
  { actor, meta, unitId, body }: Caller & { unitId: string; body: UnitPatchBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'administration', entityType: 'unit', entityId: unitId },
    reason: 'unit.update',
  });
  const m = actor.municipalityCode;
  const { version, ...values } = body;
  return ctx.db.transaction(async (tx) => {
    await unitRepository.lockMunicipality(tx, m);
    const units = await unitRepository.list(tx, m);
    const current = units.find((u) => u.id === unitId);
    if (!current) throw problems.notFound('Enheten finns inte.');
    if (current.version !== version) throw problems.stale('enheten');
    const next = {
      name: values.name ?? current.name,
      minAge: values.minAge === undefined ? current.minAge : values.minAge,
      maxAge: values.maxAge === undefined ? current.maxAge : values.maxAge,
    };
    const changedAge =
      next.minAge === current.minAge && next.maxAge !== current.maxAge ? 'maxAge' : undefined;
    checkUnit(
      units.filter((u) => u.id !== unitId),
      next,
      changedAge,
    );
    const row = await unitRepository.update(tx, { municipalityCode: m, id: unitId, version }, values);
    if (!row) throw problems.stale('enheten');
    await access.record(tx, {
      action: 'update',
      details: {
        fields: Object.keys(values).join(','),
        minAge: row.minAge,
        maxAge: row.maxAge,
      },
    });
    const counts = await unitRepository.staffCounts(tx, m);
    return presentUnit(row, counts.get(unitId) ?? 0);
  });
}
