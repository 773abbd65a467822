import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import { type Caller, sessionsChanged } from '../auth/index.ts';
import { assertNotLastAdmin, loadAccount } from './accounts.ts';
import { staffRepository } from './staff.repository.ts';

/**
 * Deactivates an account (its sessions end at once, it cannot log in, its history stays) or
 * reactivates it. The last active administrator cannot be deactivated, nor can one's own account.
 */
export async function setAccountActive(
  ctx: AppContext,
  { actor, meta, staffId, version, active }: Caller & { staffId: string; version: number; active: boolean },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'administration', entityType: 'staff_user', entityId: staffId },
    reason: active ? 'staff.reactivate' : 'staff.deactivate',
  });
  const m = actor.municipalityCode;
  const current = await staffRepository.findById(ctx.db, m, staffId);
  if (!current) throw problems.notFound('Kontot finns inte.');
  if (!active && staffId === actor.id) {
    throw problems.conflict('Du kan inte inaktivera ditt eget konto. Be en annan administratör om det.');
  }
  const account = await ctx.db.transaction(async (tx) => {
    if (!active && current.role === 'admin' && current.active) {
      await assertNotLastAdmin(tx, m, staffId, 'inaktiveras');
    }
    const row = await staffRepository.update(tx, { municipalityCode: m, id: staffId, version }, { active });
    if (!row) throw problems.stale('kontot');
    if (!active) await staffRepository.deleteSessions(tx, m, staffId);
    await access.record(tx, { action: 'update', details: { active } });
    return loadAccount(ctx, tx, m, staffId);
  });
  // The account's sessions carry its role, units and state: none may be used as it was.
  sessionsChanged(ctx);
  return account;
}
