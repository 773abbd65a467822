import type { KoladaClient } from '@arbetsbro/kolada';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Actor } from '../auth/index.ts';
import { importKoladaValues, type KoladaValuesReport } from './import-kolada-values.ts';
import { storedGroups } from './kolada-comparison.ts';

export interface KoladaFetchReport extends KoladaValuesReport {
  /** The "Liknande kommuner" group compared with, if the imported groups have one. */
  group: { id: string; title: string; members: number } | null;
}

/**
 * Fetches values for the installation's municipality, the members of its "Liknande kommuner"
 * group and the group average from Kolada's API, and stores them. The groups come from the
 * imported definitions (`kolada import-definitions`); without them only the own municipality is
 * fetched.
 */
export async function fetchKoladaValues(
  ctx: AppContext,
  actor: Actor,
  input: { client: KoladaClient; kpis: string[]; years: number[] },
): Promise<KoladaFetchReport> {
  if (actor.kind !== 'system') throw problems.forbidden();
  const groups = await storedGroups(ctx);
  const comparison = await input.client.fetchComparison({
    municipalityCode: ctx.config.municipality.code,
    groups,
    kpis: input.kpis,
    years: input.years,
  });
  const values = [...comparison.own, ...comparison.similar, ...comparison.groupAverage];
  const report = await importKoladaValues(ctx, actor, values, 'api');
  return {
    ...report,
    group: comparison.group
      ? { id: comparison.group.id, title: comparison.group.title, members: comparison.group.members.length }
      : null,
  };
}
