import type { KoladaValue } from '@arbetsbro/kolada';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Actor } from '../auth/index.ts';
import { koladaRepository } from './kolada.repository.ts';

export interface KoladaValuesReport {
  /** Values received. */
  values: number;
  /** Rows inserted or changed (unchanged values are not rewritten). */
  written: number;
  kpis: string[];
  municipalities: string[];
  years: number[];
}

/** Stores KPI values (from the Kolada API or a CSV file), all or nothing; newer values win. */
export async function importKoladaValues(
  ctx: AppContext,
  actor: Actor,
  values: readonly KoladaValue[],
  source: 'api' | 'csv',
): Promise<KoladaValuesReport> {
  if (actor.kind !== 'system') throw problems.forbidden();
  const importedAt = ctx.clock();
  // The same key twice (e.g. overlapping API pages): the last one wins, as in the file order.
  const rows = [
    ...new Map(
      values.map((v) => [
        `${v.kpi} ${v.municipality} ${v.year} ${v.gender}`,
        {
          kpiId: v.kpi,
          municipalityCode: v.municipality,
          period: v.year,
          gender: v.gender,
          value: v.value,
          count: v.count,
          status: v.status || null,
          source,
          importedAt,
        },
      ]),
    ).values(),
  ];
  const written = await ctx.db.transaction(async (tx) => {
    const n = await koladaRepository.upsertValues(tx, rows);
    if (n > 0) {
      await ctx.audit.record(tx, actor, {
        action: 'update',
        entityType: 'kolada_values',
        reason: `kolada.import_values_${source}`,
        details: { values: n },
      });
    }
    return n;
  });
  const sorted = <T>(items: Iterable<T>) => [...new Set(items)].sort();
  return {
    values: rows.length,
    written,
    kpis: sorted(rows.map((r) => r.kpiId)),
    municipalities: sorted(rows.map((r) => r.municipalityCode)),
    years: sorted(rows.map((r) => r.period)),
  };
}
