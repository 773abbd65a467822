import { labourMarketComparisonGroup, type MunicipalityGroup } from '@arbetsbro/kolada';
import { assertMayReadReference } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { koladaRepository } from './kolada.repository.ts';

export interface ComparisonSeries {
  /** Municipality code, or the group id for the group's average. */
  municipalityCode: string;
  name: string;
  role: 'own' | 'similar' | 'groupAverage';
  values: Array<{ year: number; gender: string; value: number | null; count: number | null }>;
}

/**
 * Stored Kolada values of one KPI for the installation's municipality, its "Liknande kommuner"
 * group and the group average: the yardstick the unit's own results are compared with.
 */
export async function getKoladaComparison(
  ctx: AppContext,
  { actor, ...input }: { actor: Actor | null; kpi: string },
) {
  assertMayReadReference(actor);
  const own = ctx.config.municipality;
  const kpi = await koladaRepository.findKpi(ctx.db, input.kpi);
  const groups = await storedGroups(ctx);
  const similar = labourMarketComparisonGroup(groups, own.code, own.name);
  const members = similar?.group.members ?? [];
  const codes = [own.code, ...members.map((m) => m.id), ...(similar ? [similar.group.id] : [])];
  const rows = await koladaRepository.values(ctx.db, { kpiIds: [input.kpi], municipalityCodes: codes });
  const series: ComparisonSeries[] = [
    { municipalityCode: own.code, name: own.name, role: 'own' as const },
    ...members.map((m) => ({ municipalityCode: m.id, name: m.name, role: 'similar' as const })),
    ...(similar
      ? [{ municipalityCode: similar.group.id, name: similar.group.title, role: 'groupAverage' as const }]
      : []),
  ].map((s) => ({
    ...s,
    values: rows
      .filter((r) => r.municipalityCode === s.municipalityCode)
      .map((r) => ({ year: r.period, gender: r.gender, value: r.value, count: r.count })),
  }));
  return {
    kpi: kpi
      ? { id: kpi.id, title: kpi.title, description: kpi.description }
      : { id: input.kpi, title: input.kpi, description: null },
    group: similar ? { id: similar.group.id, title: similar.group.title } : null,
    series,
    source: 'Källa: Kolada',
  };
}

export async function storedGroups(ctx: Pick<AppContext, 'db'>): Promise<MunicipalityGroup[]> {
  const { groups, members } = await koladaRepository.allGroups(ctx.db);
  const byGroup = new Map<string, MunicipalityGroup>(
    groups.map((g) => [g.id, { id: g.id, title: g.title, members: [] }]),
  );
  for (const m of members) {
    byGroup
      .get(m.groupId)
      ?.members.push({ id: m.municipalityCode, name: m.municipalityName ?? m.municipalityCode });
  }
  return [...byGroup.values()];
}
