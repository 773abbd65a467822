import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { presentEmployer } from './employer.presenter.ts';
import { employerRepository } from './employer.repository.ts';
import type { EmployerQuery } from './employer.schemas.ts';

function daysBefore(iso: string, days: number) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The register with search and filters (liaison, kommun, industry, open needs, no contact for N days). */
export async function listEmployers(
  ctx: AppContext,
  { actor, meta, query }: Caller & { query: EmployerQuery },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'employer' },
    reason: 'employer.list',
  });
  const { rows, total } = await employerRepository.list(ctx.db, {
    municipalityCode: actor.municipalityCode,
    q: query.q,
    liaisonId: query.liaisonId,
    municipality: query.municipality,
    sniCode: query.sniCode,
    hasOpenNeeds: query.hasOpenNeeds === undefined ? undefined : query.hasOpenNeeds === 'true',
    noContactSince: query.noContactDays ? daysBefore(today(ctx), query.noContactDays) : undefined,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: rows.map((r) => presentEmployer(r, r)), total };
}
