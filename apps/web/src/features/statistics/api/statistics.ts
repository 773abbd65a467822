import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { components } from '../../../api/schema.gen.ts';
import { apiQuery, type StatisticsFilters } from '../filters.ts';

type Schemas = components['schemas'];
export type Statistics = Schemas['Statistics'];
export type Breakdown = Statistics['breakdowns'][number];
export type GroupRow = Breakdown['rows'][number];
export type MonthFigures = Statistics['monthly'][number];
export type SurvivalCohort = Statistics['survival'][number];
export type KoladaReport = Schemas['KoladaReport'];
export type ReportKpi = KoladaReport['kpis'][number];
export type OutcomeGoals = Schemas['OutcomeGoals'];
export type Goal = OutcomeGoals['goals'][number];
export type GoalBody = Schemas['OutcomeGoalBody'];
export type GoalDirection = GoalBody['direction'];
export type KoladaComparison = Schemas['KoladaComparison'];
export type ExportFormat = 'xlsx' | 'pdf' | 'csv';

/** The KPI the unit's results are compared and followed by: started work or studies, share. */
export const MAIN_KPI = 'U40455';

/** Cache keys: one root, so that a changed goal refreshes the page's figures too. */
export const statisticsKeys = {
  all: ['statistics'] as const,
  figures: (f: StatisticsFilters) => ['statistics', 'figures', f.year, f.unitId] as const,
  report: (f: StatisticsFilters) => ['statistics', 'report', f.year, f.unitId] as const,
  goals: (f: StatisticsFilters) => ['statistics', 'goals', f.year, f.unitId] as const,
  comparison: (kpi: string) => ['statistics', 'comparison', kpi] as const,
};

export function useStatistics(filters: StatisticsFilters) {
  return useQuery({
    queryKey: statisticsKeys.figures(filters),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/statistics', { params: { query: apiQuery(filters) }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useKoladaReport(filters: StatisticsFilters) {
  return useQuery({
    queryKey: statisticsKeys.report(filters),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/statistics/kolada-report', { params: { query: apiQuery(filters) }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useGoals(filters: StatisticsFilters) {
  return useQuery({
    queryKey: statisticsKeys.goals(filters),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/statistics/goals', { params: { query: apiQuery(filters) }, signal })),
    placeholderData: keepPreviousData,
  });
}

/**
 * Sets or changes a goal. The answer is the unit's goals for the year, shown at once for that unit;
 * every view of goals (all units too) is read again, also after a 409.
 */
export function useSetGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GoalBody) => unwrap(api.PUT('/api/statistics/goals', { body })),
    onSuccess: (goals, body) =>
      queryClient.setQueryData(statisticsKeys.goals({ year: body.year, unitId: body.unitId }), goals),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['statistics', 'goals'] }),
  });
}

/** Stored Kolada values of one KPI for the municipality, similar municipalities, the county and Riket. */
export function useKoladaComparison(kpi: string) {
  return useQuery({
    queryKey: statisticsKeys.comparison(kpi),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/reference/kolada/comparison', { params: { query: { kpi } }, signal })),
    staleTime: 5 * 60_000,
  });
}

/** The address of an export for the filters (a plain link: the browser downloads the file). */
export function exportUrl(filters: StatisticsFilters, format: ExportFormat): string {
  const params = new URLSearchParams({ year: String(filters.year), format });
  if (filters.unitId) params.set('unitId', filters.unitId);
  return `/api/statistics/export?${params.toString()}`;
}
