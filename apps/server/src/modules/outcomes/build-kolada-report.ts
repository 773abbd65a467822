import { todayInSweden } from '@arbetsbro/identity';
import type { AppContext } from '../../context.ts';
import { settingsRepository } from '../settings/index.ts';
import { type KoladaReport, presentKoladaReport } from './kolada-report.presenter.ts';
import { outcomesRepository } from './outcomes.repository.ts';

export interface KoladaReportScope {
  municipalityCode: string;
  /** The units counted together; one unit, or all the actor's (or all the municipality's, CLI). */
  unitIds: string[];
  /** Set when the report is for one unit. */
  unitId: string | null;
  year: number;
}

export interface KoladaReportView extends KoladaReport {
  municipality: { code: string; name: string };
  unit: { id: string; name: string } | null;
  /** True while the year is not over: exits may still be corrected and jobs verified. */
  preliminary: boolean;
  generatedAt: string;
}

/**
 * Kolada's labour-market KPIs for a year (U40450–U40455, U40406–U40418, U40800–U40835), computed
 * from the units' enrolment periods. No access check here: the HTTP use case checks first; the
 * CLI is the operator's tool on the installation's own database.
 */
export async function buildKoladaReport(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  scope: KoladaReportScope,
): Promise<KoladaReportView> {
  const [groups, units, settings] = await Promise.all([
    outcomesRepository.outcomeGroups(ctx.db, {
      municipalityCode: scope.municipalityCode,
      unitIds: scope.unitIds,
      from: `${scope.year}-01-01`,
      to: `${scope.year}-12-31`,
    }),
    outcomesRepository.unitNames(ctx.db, scope.municipalityCode),
    settingsRepository.get(ctx.db, scope.municipalityCode),
  ]);
  const now = ctx.clock();
  return {
    ...presentKoladaReport(groups, scope.year),
    municipality: { code: scope.municipalityCode, name: settings.displayName },
    unit: scope.unitId ? { id: scope.unitId, name: units.get(scope.unitId) ?? '' } : null,
    preliminary: Number(todayInSweden(now).slice(0, 4)) <= scope.year,
    generatedAt: now.toISOString(),
  };
}
