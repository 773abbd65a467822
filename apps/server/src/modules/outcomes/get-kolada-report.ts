import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { buildKoladaReport } from './build-kolada-report.ts';

/**
 * The yearly Kolada report of one of the actor's units, or of all of them (unitId null). 404 for a
 * unit outside the actor's units (access layer).
 */
export async function getKoladaReport(
  ctx: AppContext,
  { actor, meta, year, unitId }: Caller & { year: number; unitId?: string | null },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'statistics', entityType: 'kolada_report', unitId: unitId ?? null },
    reason: 'statistics.kolada_report',
    details: { year },
  });
  return buildKoladaReport(ctx, {
    municipalityCode: actor.municipalityCode,
    unitIds: unitId ? [unitId] : actor.unitIds,
    unitId: unitId ?? null,
    year,
  });
}
