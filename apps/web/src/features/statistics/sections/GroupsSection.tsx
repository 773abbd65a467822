import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Breakdown, Statistics } from '../api/statistics.ts';
import { ChartFigure } from '../components/ChartFigure.tsx';
import { axisTick, chartColors } from '../components/chart-theme.ts';
import { formatCount, formatPercent } from '../format.ts';
import { useStatisticsT } from '../i18n/index.ts';

/** Room for a bar per group and the axis; long labels (education levels) wrap on the axis. */
const barChartHeight = (rows: number) => Math.max(120, rows * 44 + 48);

/** Share into work or studies per group (unit, coach, age band …), suppressed groups in the table only. */
export function GroupsSection({ year, breakdowns }: { year: number; breakdowns: Statistics['breakdowns'] }) {
  const { t } = useStatisticsT();
  return (
    <section className="panel stat-section" aria-labelledby="stat-groups">
      <h2 id="stat-groups" className="panel__title">
        {t('groups.heading')}
      </h2>
      <p className="muted">
        {t('groups.intro')} {t('common.suppressedNote')}
      </p>
      <div className="stat-grid">
        {breakdowns.map((b) => (
          <BreakdownFigure key={b.key} year={year} breakdown={b} />
        ))}
      </div>
    </section>
  );
}

function BreakdownFigure({ year, breakdown }: { year: number; breakdown: Breakdown }) {
  const { t, language } = useStatisticsT();
  const title = t(`groups.titles.${breakdown.key}`);
  const shown = breakdown.rows.filter((r) => r.share !== null);
  const count = (value: number | null) =>
    value === null ? t('common.suppressed') : formatCount(value, language);
  const percent = (value: number) => formatPercent(value, language);
  return (
    <ChartFigure
      title={title}
      note={breakdown.note}
      chartLabel={t('groups.chart', { title: title.toLocaleLowerCase(language), year })}
      tableLabel={t('common.tableLabel', { name: title })}
      chart={
        shown.length > 0 ? (
          <ResponsiveContainer width="100%" height={barChartHeight(shown.length)}>
            <BarChart
              layout="vertical"
              data={shown.map((r) => ({ label: r.label, share: r.share }))}
              accessibilityLayer={false}
              margin={{ top: 4, right: 56, bottom: 4, left: 0 }}
            >
              <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} tick={axisTick} tickFormatter={percent} />
              <YAxis type="category" dataKey="label" tick={axisTick} width={150} />
              <Tooltip formatter={(value) => (typeof value === 'number' ? percent(value) : String(value))} />
              <Bar
                dataKey="share"
                name={t('groups.share')}
                fill={chartColors.primary}
                isAnimationActive={false}
              >
                <LabelList
                  dataKey="share"
                  position="right"
                  formatter={(value) => (typeof value === 'number' ? percent(value) : '')}
                  fill={chartColors.text}
                  fontSize={13}
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        ) : null
      }
      table={
        <table className="data-table stat-table">
          <caption className="table-caption">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col" className="numeric">
                {t('groups.participants')}
              </th>
              <th scope="col" className="numeric">
                {t('groups.exits')}
              </th>
              <th scope="col" className="numeric">
                {t('groups.workOrStudies')}
              </th>
              <th scope="col" className="numeric">
                {t('groups.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {breakdown.rows.map((r) => (
              <tr key={r.label} className={r.suppressed ? 'stat-table__suppressed' : undefined}>
                <th scope="row">{r.label}</th>
                <td className="numeric">{count(r.participants)}</td>
                <td className="numeric">{count(r.exits)}</td>
                <td className="numeric">{count(r.workOrStudies)}</td>
                <td className="numeric">{r.share === null ? t('common.suppressed') : percent(r.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** Exits to work per employer: the year's work exits, small counts suppressed. */
export function EmployersSection({ year, employers }: { year: number; employers: Statistics['employers'] }) {
  const { t, language } = useStatisticsT();
  const shown = employers.filter((e) => e.jobs !== null);
  return (
    <section className="panel stat-section" aria-labelledby="stat-employers">
      <h2 id="stat-employers" className="panel__title">
        {t('employers.heading')}
      </h2>
      {employers.length === 0 ? (
        <p className="empty-state">{t('employers.empty')}</p>
      ) : (
        <ChartFigure
          title={t('employers.byEmployer', { year })}
          note={
            <>
              {t('employers.note')} {t('common.suppressedNote')}
            </>
          }
          chartLabel={t('employers.chart', { year })}
          tableLabel={t('common.tableLabel', { name: t('employers.heading') })}
          chart={
            shown.length > 0 ? (
              <ResponsiveContainer width="100%" height={barChartHeight(shown.length)}>
                <BarChart
                  layout="vertical"
                  data={shown.map((e) => ({ label: e.label, jobs: e.jobs }))}
                  accessibilityLayer={false}
                  margin={{ top: 4, right: 40, bottom: 4, left: 0 }}
                >
                  <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" allowDecimals={false} tick={axisTick} />
                  <YAxis type="category" dataKey="label" tick={axisTick} width={170} />
                  <Tooltip />
                  <Bar
                    dataKey="jobs"
                    name={t('employers.jobs')}
                    fill={chartColors.secondary}
                    isAnimationActive={false}
                  >
                    <LabelList dataKey="jobs" position="right" fill={chartColors.text} fontSize={13} />
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            ) : null
          }
          table={
            <table className="data-table stat-table">
              <caption className="table-caption">{t('employers.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('employers.employer')}</th>
                  <th scope="col" className="numeric">
                    {t('employers.jobs')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {employers.map((e) => (
                  <tr key={e.label}>
                    <th scope="row">{e.label}</th>
                    <td className="numeric">
                      {e.jobs === null ? t('common.suppressed') : formatCount(e.jobs, language)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
    </section>
  );
}
