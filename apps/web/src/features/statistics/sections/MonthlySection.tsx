import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MonthFigures } from '../api/statistics.ts';
import { ChartFigure } from '../components/ChartFigure.tsx';
import { axisTick, categoryColors, chartColors, chartHeight } from '../components/chart-theme.ts';
import { formatCount, formatMonth, formatPercent } from '../format.ts';
import { useStatisticsT } from '../i18n/index.ts';

const CATEGORIES = ['A', 'B', 'C', 'D', 'E'] as const;

interface MonthlySectionProps {
  year: number;
  monthly: readonly MonthFigures[];
  /** The chosen unit's U40455 goal (percent), drawn as a line; null when none or several units. */
  goalTarget: number | null;
  /** Why no goal line: several units shown. */
  goalHint: boolean;
}

/** Month by month: the share into work or studies, exits per category, active participants. */
export function MonthlySection({ year, monthly, goalTarget, goalHint }: MonthlySectionProps) {
  const { t, language } = useStatisticsT();
  const percent = (value: number) => formatPercent(value, language);
  const month = (m: string) => formatMonth(m, language);
  const shortMonth = (m: string) => formatMonth(m, language, 'short');

  if (monthly.length === 0) {
    return (
      <section className="panel stat-section" aria-labelledby="stat-monthly">
        <h2 id="stat-monthly" className="panel__title">
          {t('monthly.heading')}
        </h2>
        <p className="empty-state">{t('monthly.empty')}</p>
      </section>
    );
  }

  // Exits so far in the year, to tell a hidden share (1–4 exits) from one with nothing to divide.
  let exitsSoFar = 0;
  const rows = monthly.map((m) => {
    exitsSoFar += m.exits;
    return { ...m, exitsSoFar };
  });
  const shareCell = (value: number | null, exits: number) =>
    value !== null ? percent(value) : exits > 0 ? t('common.notShown') : t('common.none');

  const goalText = goalTarget !== null ? percent(goalTarget) : '';
  const tooltipPercent = (value: unknown) => (typeof value === 'number' ? percent(value) : String(value));
  const tooltipCount = (value: unknown) =>
    typeof value === 'number' ? formatCount(value, language) : String(value);

  return (
    <section className="panel stat-section" aria-labelledby="stat-monthly">
      <h2 id="stat-monthly" className="panel__title">
        {t('monthly.heading')}
      </h2>

      <ChartFigure
        title={t('monthly.share.title')}
        note={
          <>
            {t('monthly.share.note')} {goalHint && goalTarget === null ? t('monthly.share.goalHint') : null}
          </>
        }
        chartLabel={t('monthly.share.chart', {
          year,
          goal: goalTarget !== null ? t('monthly.share.goalInChart', { target: goalText }) : '',
        })}
        tableLabel={t('common.tableLabel', { name: t('monthly.share.title') })}
        chart={
          <ResponsiveContainer width="100%" height={chartHeight}>
            <LineChart
              data={rows.map((m) => ({
                label: shortMonth(m.month),
                inMonth: m.workOrStudiesShare,
                soFar: m.cumulativeShare,
              }))}
              accessibilityLayer={false}
              margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
            >
              <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" />
              <XAxis dataKey="label" tick={axisTick} />
              <YAxis domain={[0, 100]} tick={axisTick} tickFormatter={percent} width={56} />
              <Tooltip formatter={tooltipPercent} />
              <Legend />
              <Line
                type="monotone"
                dataKey="inMonth"
                name={t('monthly.share.inMonth')}
                stroke={chartColors.accent}
                strokeDasharray="5 3"
                strokeWidth={2}
                isAnimationActive={false}
              />
              <Line
                type="monotone"
                dataKey="soFar"
                name={t('monthly.share.soFar')}
                stroke={chartColors.primary}
                strokeWidth={3}
                isAnimationActive={false}
              />
              {goalTarget !== null ? (
                <ReferenceLine
                  y={goalTarget}
                  stroke={chartColors.goal}
                  strokeWidth={2}
                  strokeDasharray="8 4"
                  label={{
                    value: t('monthly.share.goal', { target: goalText }),
                    position: 'insideTopRight',
                    fill: chartColors.goal,
                    fontSize: 13,
                  }}
                />
              ) : null}
            </LineChart>
          </ResponsiveContainer>
        }
        table={
          <table className="data-table stat-table">
            <caption className="table-caption">{t('monthly.share.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.month')}</th>
                <th scope="col" className="numeric">
                  {t('monthly.share.exits')}
                </th>
                <th scope="col" className="numeric">
                  {t('monthly.share.inMonth')}
                </th>
                <th scope="col" className="numeric">
                  {t('monthly.share.soFar')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{month(m.month)}</th>
                  <td className="numeric">{formatCount(m.exits, language)}</td>
                  <td className="numeric">{shareCell(m.workOrStudiesShare, m.exits)}</td>
                  <td className="numeric">{shareCell(m.cumulativeShare, m.exitsSoFar)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartFigure
        title={t('monthly.categories.title')}
        note={t('monthly.categories.note')}
        chartLabel={t('monthly.categories.chart', { year })}
        tableLabel={t('common.tableLabel', { name: t('monthly.categories.title') })}
        chart={
          <ResponsiveContainer width="100%" height={chartHeight}>
            <BarChart
              data={rows.map((m) => ({ label: shortMonth(m.month), ...m.byCategory }))}
              accessibilityLayer={false}
              margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
            >
              <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={axisTick} />
              <YAxis allowDecimals={false} tick={axisTick} width={40} />
              <Tooltip formatter={tooltipCount} />
              <Legend />
              {CATEGORIES.map((c) => (
                <Bar
                  key={c}
                  dataKey={c}
                  stackId="exits"
                  name={t(`monthly.categories.${c}`)}
                  fill={categoryColors[c]}
                  stroke="#ffffff"
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <table className="data-table stat-table">
            <caption className="table-caption">{t('monthly.categories.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.month')}</th>
                {CATEGORIES.map((c) => (
                  <th key={c} scope="col" className="numeric">
                    {t(`monthly.categories.${c}`)}
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {t('monthly.categories.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{month(m.month)}</th>
                  {CATEGORIES.map((c) => (
                    <td key={c} className="numeric">
                      {formatCount(m.byCategory[c], language)}
                    </td>
                  ))}
                  <td className="numeric">{formatCount(m.exits, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartFigure
        title={t('monthly.active.title')}
        note={t('monthly.active.note')}
        chartLabel={t('monthly.active.chart', { year })}
        tableLabel={t('common.tableLabel', { name: t('monthly.active.title') })}
        chart={
          <ResponsiveContainer width="100%" height={chartHeight}>
            <ComposedChart
              data={rows.map((m) => ({
                label: shortMonth(m.month),
                active: m.active,
                incomeSupport: m.incomeSupport,
                longTerm: m.longTermShare,
              }))}
              accessibilityLayer={false}
              margin={{ top: 16, right: 0, bottom: 4, left: 0 }}
            >
              <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={axisTick} />
              <YAxis yAxisId="count" allowDecimals={false} tick={axisTick} width={40} />
              <YAxis
                yAxisId="share"
                orientation="right"
                domain={[0, 100]}
                tick={axisTick}
                tickFormatter={percent}
                width={56}
              />
              <Tooltip
                formatter={(value, name) =>
                  name === t('monthly.active.longTerm') ? tooltipPercent(value) : tooltipCount(value)
                }
              />
              <Legend />
              <Bar
                yAxisId="count"
                dataKey="active"
                name={t('monthly.active.active')}
                fill={chartColors.primary}
                isAnimationActive={false}
              />
              <Bar
                yAxisId="count"
                dataKey="incomeSupport"
                name={t('monthly.active.incomeSupport')}
                fill={chartColors.secondary}
                isAnimationActive={false}
              />
              <Line
                yAxisId="share"
                type="monotone"
                dataKey="longTerm"
                name={t('monthly.active.longTerm')}
                stroke={chartColors.accent}
                strokeWidth={3}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        }
        table={
          <table className="data-table stat-table">
            <caption className="table-caption">{t('monthly.active.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.month')}</th>
                <th scope="col" className="numeric">
                  {t('monthly.active.active')}
                </th>
                <th scope="col" className="numeric">
                  {t('monthly.active.incomeSupport')}
                </th>
                <th scope="col" className="numeric">
                  {t('monthly.active.longTerm')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{month(m.month)}</th>
                  <td className="numeric">{formatCount(m.active, language)}</td>
                  <td className="numeric">{formatCount(m.incomeSupport, language)}</td>
                  <td className="numeric">
                    {m.longTermShare !== null
                      ? percent(m.longTermShare)
                      : m.active > 0
                        ? t('common.notShown')
                        : t('common.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
