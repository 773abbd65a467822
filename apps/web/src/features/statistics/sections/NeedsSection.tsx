import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Statistics } from '../api/statistics.ts';
import { ChartFigure } from '../components/ChartFigure.tsx';
import { axisTick, chartColors, chartHeight } from '../components/chart-theme.ts';
import { formatCount, formatMonth } from '../format.ts';
import { useStatisticsT } from '../i18n/index.ts';

/** The municipality's recruitment needs: opened and filled per month, median days to fill. */
export function NeedsSection({ year, needs }: { year: number; needs: Statistics['needs'] }) {
  const { t, language } = useStatisticsT();
  const count = (value: number) => formatCount(value, language);
  return (
    <section className="panel stat-section" aria-labelledby="stat-needs">
      <h2 id="stat-needs" className="panel__title">
        {t('needs.heading')}
      </h2>
      <dl className="stat-figures">
        <div className="stat-figure">
          <dt>{t('needs.opened')}</dt>
          <dd>{count(needs.opened)}</dd>
        </div>
        <div className="stat-figure">
          <dt>{t('needs.filled')}</dt>
          <dd>{count(needs.filled)}</dd>
        </div>
        <div className="stat-figure">
          <dt>{t('needs.median')}</dt>
          <dd>
            {needs.medianDaysToFill === null
              ? t('common.none')
              : t('needs.medianValue', { count: needs.medianDaysToFill })}
          </dd>
        </div>
      </dl>
      {needs.byMonth.length > 0 ? (
        <ChartFigure
          title={t('needs.perMonth')}
          note={t('needs.note')}
          chartLabel={t('needs.chart', { year })}
          tableLabel={t('common.tableLabel', { name: t('needs.heading') })}
          chart={
            <ResponsiveContainer width="100%" height={chartHeight}>
              <BarChart
                data={needs.byMonth.map((m) => ({
                  label: formatMonth(m.month, language, 'short'),
                  opened: m.opened,
                  filled: m.filled,
                }))}
                accessibilityLayer={false}
                margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
              >
                <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tick={axisTick} />
                <YAxis allowDecimals={false} tick={axisTick} width={40} />
                <Tooltip />
                <Legend />
                <Bar
                  dataKey="opened"
                  name={t('needs.opened')}
                  fill={chartColors.primary}
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="filled"
                  name={t('needs.filled')}
                  fill={chartColors.secondary}
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          }
          table={
            <table className="data-table stat-table">
              <caption className="table-caption">{t('needs.perMonth')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.month')}</th>
                  <th scope="col" className="numeric">
                    {t('needs.opened')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('needs.filled')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {needs.byMonth.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{formatMonth(m.month, language)}</th>
                    <td className="numeric">{count(m.opened)}</td>
                    <td className="numeric">{count(m.filled)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ) : null}
    </section>
  );
}
