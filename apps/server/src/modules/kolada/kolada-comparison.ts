import {
  KOLADA_COUNTRY_ID,
  koladaCountyId,
  labourMarketComparisonGroup,
  type MunicipalityGroup,
} from '@arbetsbro/kolada';
import type { z } from '@hono/zod-openapi';
import { assertMayReadReference } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { koladaRepository } from './kolada.repository.ts';
import { type COMPARISON_ROLES, type ComparisonResponse, KOLADA_SOURCE } from './kolada.schemas.ts';

export type ComparisonRole = (typeof COMPARISON_ROLES)[number];
export type ComparisonSeries = z.infer<typeof ComparisonResponse>['series'][number];

/**
 * Stored Kolada values of one KPI for the installation's municipality, its "Liknande kommuner"
 * group and the group average, its county (län) and the whole country (Riket): the yardsticks the
 * unit's own results are compared with. Each series and each value names its source (Kolada) and
 * year; a series' `year` is the latest year it has a value for, so the UI can write
 * "Källa: Kolada, 2025". Stored values of anything else (other municipalities, groups or counties)
 * stay out.
 */
export async function getKoladaComparison(
  ctx: AppContext,
  { actor, ...input }: { actor: Actor | null; kpi: string },
): Promise<z.infer<typeof ComparisonResponse>> {
  assertMayReadReference(actor);
  const own = ctx.config.municipality;
  const kpi = await koladaRepository.findKpi(ctx.db, input.kpi);
  const groups = await storedGroups(ctx);
  const similar = labourMarketComparisonGroup(groups, own.code, own.name);
  const countyCode = own.code.slice(0, 2);
  const wanted: Array<{ municipalityCode: string; name: string; role: ComparisonRole }> = [
    { municipalityCode: own.code, name: own.name, role: 'own' },
    ...(similar?.group.members ?? []).map((m) => ({
      municipalityCode: m.id,
      name: m.name,
      role: 'similar' as const,
    })),
    ...(similar
      ? [{ municipalityCode: similar.group.id, name: similar.group.title, role: 'groupAverage' as const }]
      : []),
    {
      municipalityCode: koladaCountyId(own.code),
      name: ctx.reference.geography().county(countyCode)?.name ?? `Län ${countyCode}`,
      role: 'county',
    },
    { municipalityCode: KOLADA_COUNTRY_ID, name: 'Riket', role: 'country' },
  ];
  const rows = await koladaRepository.values(ctx.db, {
    kpiIds: [input.kpi],
    municipalityCodes: wanted.map((s) => s.municipalityCode),
  });
  const series = wanted.map((s) => {
    const values = rows
      .filter((r) => r.municipalityCode === s.municipalityCode)
      .map((r) => ({
        year: r.period,
        gender: r.gender,
        value: r.value,
        count: r.count,
        source: KOLADA_SOURCE,
      }));
    const years = values.filter((v) => v.value !== null).map((v) => v.year);
    return {
      ...s,
      source: KOLADA_SOURCE,
      year: years.length > 0 ? Math.max(...years) : null,
      values,
    } satisfies ComparisonSeries;
  });
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
