import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { loadAccounts } from './accounts.ts';

/** The municipality's staff accounts for the administrator: no case content, no hashes. */
export async function listAccounts(ctx: AppContext, { actor, meta }: Caller) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'administration', entityType: 'staff_user' },
    reason: 'staff.list',
  });
  return { items: await loadAccounts(ctx, ctx.db, actor.municipalityCode) };
}
