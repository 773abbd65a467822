import { KOLADA_COUNTRY_ID, type KoladaClient, koladaCountyId } from '@arbetsbro/kolada';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Actor } from '../auth/index.ts';
import { importKoladaValues, type KoladaValuesReport } from './import-kolada-values.ts';
import { storedGroups } from './kolada-comparison.ts';

export interface KoladaFetchReport extends KoladaValuesReport {
  /** The "Liknande kommuner" group compared with, if the imported groups have one. */
  group: { id: string; title: string; members: number } | null;
  /** Kolada's ids of the county ("0014") and the country ("0000") fetched beside them. */
  county: string;
  country: string;
}

/**
 * Fetches values for the installation's municipality, the members of its "Liknande kommuner"
 * group, the group average, its county and the whole country from Kolada's API (v3), and stores
 * them. The groups come from the imported definitions (`kolada import-definitions`); without them
 * the group and its members are left out.
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
  const values = [
    ...comparison.own,
    ...comparison.similar,
    ...comparison.groupAverage,
    ...comparison.county,
    ...comparison.country,
  ];
  const report = await importKoladaValues(ctx, actor, values, 'api');
  return {
    ...report,
    county: koladaCountyId(ctx.config.municipality.code),
    country: KOLADA_COUNTRY_ID,
    group: comparison.group
      ? { id: comparison.group.id, title: comparison.group.title, members: comparison.group.members.length }
      : null,
  };
}
