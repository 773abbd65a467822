import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Statistics } from '../api/statistics.ts';
import { ChartFigure } from '../components/ChartFigure.tsx';
import { axisTick, chartColors, chartHeight, cohortColors } from '../components/chart-theme.ts';
import { formatCount, formatPercent, survivalAt } from '../format.ts';
import { useStatisticsT } from '../i18n/index.ts';

/** Read off the curve: still without a job after about 3, 6 and 12 months. */
const CHECKPOINTS = [90, 180, 365] as const;

/** Time from enrolment to a job, as a Kaplan–Meier step curve per enrolment-year cohort. */
export function SurvivalSection({ survival }: { survival: Statistics['survival'] }) {
  const { t, language } = useStatisticsT();
  const percent = (value: number) => formatPercent(value, language);
  const drawn = survival
    .map((cohort, index) => ({ cohort, color: cohortColors[index % cohortColors.length]! }))
    .filter(({ cohort }) => cohort.steps.length > 0);
  return (
    <section className="panel stat-section" aria-labelledby="stat-survival">
      <h2 id="stat-survival" className="panel__title">
        {t('survival.heading')}
      </h2>
      <ChartFigure
        title={t('survival.withoutJob')}
        note={t('survival.note')}
        chartLabel={t('survival.chart')}
        tableLabel={t('common.tableLabel', { name: t('survival.heading') })}
        chart={
          drawn.length > 0 ? (
            <ResponsiveContainer width="100%" height={chartHeight}>
              <LineChart accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 16, left: 0 }}>
                <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" />
                <XAxis
                  type="number"
                  dataKey="days"
                  domain={[0, 'dataMax']}
                  tick={axisTick}
                  tickFormatter={(days: number) => t('survival.dayTick', { days })}
                  allowDuplicatedCategory={false}
                />
                <YAxis domain={[0, 100]} tick={axisTick} tickFormatter={percent} width={56} />
                <Tooltip
                  formatter={(value) => (typeof value === 'number' ? percent(value) : String(value))}
                  labelFormatter={(days) => t('survival.dayTick', { days })}
                />
                <Legend />
                <ReferenceLine y={50} stroke={chartColors.text} strokeDasharray="2 4" />
                {drawn.map(({ cohort, color }, index) => (
                  <Line
                    key={cohort.cohort}
                    data={cohort.steps.map((s) => ({ days: s.days, survival: s.survival * 100 }))}
                    dataKey="survival"
                    name={t('survival.cohortName', { cohort: cohort.cohort })}
                    type="stepAfter"
                    stroke={color}
                    strokeWidth={index === drawn.length - 1 ? 3 : 2}
                    strokeDasharray={index === drawn.length - 1 ? undefined : index === 0 ? '2 3' : '6 3'}
                    dot={false}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          ) : null
        }
        table={
          <table className="data-table stat-table">
            <caption className="table-caption">{t('survival.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('survival.cohort')}</th>
                <th scope="col" className="numeric">
                  {t('survival.persons')}
                </th>
                <th scope="col" className="numeric">
                  {t('survival.events')}
                </th>
                <th scope="col" className="numeric">
                  {t('survival.median')}
                </th>
                {CHECKPOINTS.map((days) => (
                  <th key={days} scope="col" className="numeric">
                    {t('survival.after', { days })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {survival.map((cohort) => {
                const small = cohort.observations === null;
                return (
                  <tr key={cohort.cohort} className={small ? 'stat-table__suppressed' : undefined}>
                    <th scope="row">{cohort.cohort}</th>
                    <td className="numeric">
                      {small ? t('common.suppressed') : formatCount(cohort.observations ?? 0, language)}
                    </td>
                    <td className="numeric">
                      {small ? t('common.suppressed') : formatCount(cohort.events, language)}
                    </td>
                    <td className="numeric">
                      {small
                        ? t('common.none')
                        : cohort.medianDays === null
                          ? t('survival.medianNotReached')
                          : formatCount(cohort.medianDays, language)}
                    </td>
                    {CHECKPOINTS.map((days) => {
                      const value = small ? null : survivalAt(cohort.steps, days);
                      return (
                        <td key={days} className="numeric">
                          {value === null ? t('common.none') : percent(value * 100)}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
