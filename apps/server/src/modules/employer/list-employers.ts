import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { presentEmployer } from './employer.presenter.ts';
import { employerRepository } from './employer.repository.ts';

/** Employers of the municipality, optionally filtered by a name fragment. */
export async function listEmployers(
  ctx: AppContext,
  { actor, meta, q }: Caller & { q?: string | undefined },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'employer' },
    reason: 'employer.list',
  });
  const rows = await employerRepository.list(ctx.db, actor.municipalityCode, q);
  return { items: rows.map(presentEmployer) };
}
