import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import { type Caller, sessionsChanged } from '../auth/index.ts';
import { assertNotLastAdmin, checkUnitIds, loadAccount } from './accounts.ts';
import { staffRepository } from './staff.repository.ts';
import type { AccountPatchBody } from './staff.schemas.ts';

/**
 * Changes an account's name, role or units (optimistic: a stale `version` → 409). The change holds
 * from the account's next request: sessions read role and units from the account every time.
 */
export async function updateAccount(
  ctx: AppContext,
  { actor, meta, staffId, body }: Caller & { staffId: string; body: AccountPatchBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'administration', entityType: 'staff_user', entityId: staffId },
    reason: 'staff.update',
  });
  const m = actor.municipalityCode;
  const current = await staffRepository.findById(ctx.db, m, staffId);
  if (!current) throw problems.notFound('Kontot finns inte.');
  const { version, unitIds, ...values } = body;
  const role = values.role ?? current.role;
  const checkedUnits =
    unitIds !== undefined || values.role !== undefined
      ? await checkUnitIds(
          ctx.db,
          m,
          role,
          unitIds ?? (await staffRepository.unitsOf(ctx.db, m, [staffId])).map((u) => u.id),
        )
      : undefined;
  const account = await ctx.db.transaction(async (tx) => {
    if (current.role === 'admin' && role !== 'admin' && current.active) {
      await assertNotLastAdmin(tx, m, staffId, 'få en annan roll');
    }
    const row = await staffRepository.update(tx, { municipalityCode: m, id: staffId, version }, values);
    if (!row) throw problems.stale('kontot');
    if (unitIds !== undefined && checkedUnits)
      await staffRepository.replaceUnits(tx, m, staffId, checkedUnits);
    const fields = [...Object.keys(values), ...(unitIds !== undefined ? ['unitIds'] : [])];
    await access.record(tx, {
      action: 'update',
      details: { fields: fields.join(','), ...(values.role ? { role: values.role } : {}) },
    });
    return loadAccount(ctx, tx, m, staffId);
  });
  // The account's sessions carry its role, units and state: none may be used as it was.
  sessionsChanged(ctx);
  return account;
}
