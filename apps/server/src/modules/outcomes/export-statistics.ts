import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { getKoladaComparison } from '../kolada/index.ts';
import { buildKoladaReport, type KoladaReportView } from './build-kolada-report.ts';
import { loadStatistics } from './get-statistics.ts';
import { loadGoals } from './list-goals.ts';
import { boardReportPdf, type ComparisonFigure, koladaCsv, statisticsWorkbook } from './outcomes-export.ts';

export type ExportFormat = 'xlsx' | 'pdf' | 'csv';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
};

/**
 * The Statistik page as a file: every table in Excel (xlsx), the board's PDF report, or the Kolada
 * report as CSV. Same access as the page (statistics/read), audited with the format.
 */
export async function exportStatistics(
  ctx: AppContext,
  {
    actor,
    meta,
    year,
    unitId,
    format,
  }: Caller & { year: number; unitId?: string | null; format: ExportFormat },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'statistics', entityType: 'statistics_export', unitId: unitId ?? null },
    reason: 'statistics.export',
    details: { year, format },
  });
  const municipalityCode = actor.municipalityCode;
  const unitIds = unitId ? [unitId] : actor.unitIds;
  const report = await buildKoladaReport(ctx, { municipalityCode, unitIds, unitId: unitId ?? null, year });
  const base = `arbetsbro-${year}${report.unit ? `-${slug(report.unit.name)}` : ''}`;
  if (format === 'csv') return file(`${base}-kolada.csv`, format, Buffer.from(koladaCsv(report), 'utf8'));
  const [statistics, { goals }] = await Promise.all([
    loadStatistics(ctx, { municipalityCode, actorUnitIds: actor.unitIds, unitId: unitId ?? null, year }),
    loadGoals(ctx, { municipalityCode, unitIds, year }),
  ]);
  if (format === 'xlsx')
    return file(`${base}.xlsx`, format, await statisticsWorkbook({ report, statistics, goals }));
  const comparison = await comparisonFigures(ctx, { actor, meta }, report);
  return file(`${base}.pdf`, format, await boardReportPdf({ report, statistics, goals, comparison }));
}

function file(name: string, format: ExportFormat, body: Buffer) {
  return { filename: name, contentType: CONTENT_TYPES[format], body };
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/** U40455 beside the stored Kolada values: own municipality, its similar municipalities, county, country. */
async function comparisonFigures(
  ctx: AppContext,
  caller: Caller,
  report: KoladaReportView,
): Promise<ComparisonFigure[]> {
  const own = report.kpis.find((k) => k.id === 'U40455');
  const figures: ComparisonFigure[] = [
    {
      name: report.unit?.name ?? report.municipality.name,
      value: own?.value ?? null,
      source: `Arbetsbro, ${report.year}${report.preliminary ? ' (preliminärt)' : ''}`,
    },
  ];
  const stored = await getKoladaComparison(ctx, { actor: caller.actor, kpi: 'U40455' });
  for (const series of stored.series) {
    if (series.role === 'similar') continue; // the group's average stands for its members here
    const latest = series.values
      .filter((v) => v.gender === 'T' && v.year <= report.year && v.value !== null)
      .sort((a, b) => b.year - a.year)[0];
    if (latest) figures.push({ name: series.name, value: latest.value, source: `Kolada, ${latest.year}` });
  }
  return figures;
}
