import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { staffRepository } from '../staff/index.ts';

/**
 * Who can be an employer's liaison: the municipality's active liaisons and managers, for the
 * register's liaison filter and the employer's liaison field. Names and roles only.
 */
export async function listLiaisons(ctx: AppContext, { actor, meta }: Caller) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'employer' },
    reason: 'employer.liaisons',
  });
  const rows = await staffRepository.listActiveInRoles(ctx.db, actor.municipalityCode, [
    'liaison',
    'manager',
  ]);
  const items = rows.flatMap((r) =>
    r.role === 'liaison' || r.role === 'manager'
      ? [{ id: r.id, displayName: r.displayName, role: r.role }]
      : [],
  );
  return { items };
}
