import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { errorMessage } from '../../../api/messages.ts';
import { Alert } from '../../../components/Alert.tsx';
import { type KoladaReport, MAIN_KPI, useKoladaComparison } from '../api/statistics.ts';
import { latestValue } from '../comparison.ts';
import { ChartFigure, TableRegion } from '../components/ChartFigure.tsx';
import { axisTick, chartColors } from '../components/chart-theme.ts';
import { currentYear } from '../filters.ts';
import { formatPercent } from '../format.ts';
import { useStatisticsT } from '../i18n/index.ts';

interface Row {
  key: string;
  who: string;
  role: string;
  value: number | null;
  source: string;
  own: boolean;
}

/** The unit's own U40455 beside Kolada's values for the municipality, similar ones, the county and Riket. */
export function ComparisonSection({
  report,
  scope,
  scopeName,
}: {
  report: KoladaReport | undefined;
  /** The units shown, inside a sentence ("alla mina enheter"). */
  scope: string;
  /** The same as a name in the table ("Alla mina enheter"). */
  scopeName: string;
}) {
  const { t, language } = useStatisticsT();
  const { t: tShared } = useTranslation();
  const comparison = useKoladaComparison(MAIN_KPI);
  const percent = (value: number) => formatPercent(value, language);
  const ownKpi = report?.kpis.find((k) => k.id === MAIN_KPI);
  const kpiName = ownKpi?.name ?? MAIN_KPI;

  const rows: Row[] = [];
  if (report && ownKpi) {
    rows.push({
      key: 'arbetsbro',
      who: scopeName,
      role: '',
      value: ownKpi.value,
      source: t(report.preliminary ? 'comparison.ownPreliminary' : 'comparison.own', { year: report.year }),
      own: true,
    });
  }
  for (const series of comparison.data?.series ?? []) {
    rows.push({
      key: `${series.role}-${series.municipalityCode}`,
      who: series.name,
      // "Riket" needs no "Riket" under it.
      role: t(`comparison.roles.${series.role}`) === series.name ? '' : t(`comparison.roles.${series.role}`),
      value: latestValue(series),
      source:
        series.year === null
          ? `${series.source}, ${t('comparison.noValue')}`
          : t('comparison.sourceYear', { source: series.source, year: series.year }),
      own: false,
    });
  }
  const anyKoladaValue = rows.some((r) => !r.own && r.value !== null);
  const drawn = rows.filter((r) => r.value !== null);
  // Kolada publishes a year's values the spring after: suggest the two years before the one shown.
  const shownYear = report?.year ?? currentYear();
  const years = `${shownYear - 2},${shownYear - 1}`;

  const table = (
    <table className="data-table stat-table">
      <caption className="table-caption">{t('comparison.caption', { kpi: MAIN_KPI })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('comparison.who')}</th>
          <th scope="col" className="numeric">
            {t('comparison.value')}
          </th>
          <th scope="col">{t('comparison.source')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.own ? 'stat-table__own' : undefined}>
            <th scope="row">
              {r.who}
              {r.role ? <span className="cell-note">{r.role}</span> : null}
            </th>
            <td className="numeric">{r.value === null ? t('comparison.noValue') : percent(r.value)}</td>
            <td>{r.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className="panel stat-section" aria-labelledby="stat-comparison">
      <h2 id="stat-comparison" className="panel__title">
        {t('comparison.heading')}
      </h2>
      <p className="muted">{t('comparison.intro', { scope })}</p>
      {comparison.isError ? <Alert tone="error">{errorMessage(comparison.error, tShared)}</Alert> : null}
      {comparison.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {comparison.data && !anyKoladaValue ? (
        <div className="stat-notice">
          <p>{t('comparison.noValues')}</p>
          <p>
            {t('comparison.howToFetch')} <code>{t('comparison.fetchCommand', { years })}</code>{' '}
            {t('comparison.howToImport')}
          </p>
        </div>
      ) : null}
      {comparison.data && !anyKoladaValue ? (
        <TableRegion label={t('common.tableLabel', { name: t('comparison.caption', { kpi: MAIN_KPI }) })}>
          {table}
        </TableRegion>
      ) : null}
      {comparison.data && anyKoladaValue ? (
        <ChartFigure
          title={kpiName}
          chartLabel={t('comparison.chart', { kpi: kpiName })}
          tableLabel={t('common.tableLabel', { name: t('comparison.caption', { kpi: MAIN_KPI }) })}
          chart={
            drawn.length > 0 ? (
              <ResponsiveContainer width="100%" height={Math.max(120, drawn.length * 44 + 48)}>
                <BarChart
                  layout="vertical"
                  data={drawn.map((r) => ({ label: r.who, value: r.value, own: r.own }))}
                  accessibilityLayer={false}
                  margin={{ top: 4, right: 56, bottom: 4, left: 0 }}
                >
                  <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" domain={[0, 100]} tick={axisTick} tickFormatter={percent} />
                  <YAxis type="category" dataKey="label" tick={axisTick} width={170} />
                  <Tooltip
                    formatter={(value) => (typeof value === 'number' ? percent(value) : String(value))}
                  />
                  <Bar dataKey="value" name={kpiName} isAnimationActive={false}>
                    {drawn.map((r) => (
                      <Cell key={r.key} fill={r.own ? chartColors.primary : chartColors.grey} />
                    ))}
                    <LabelList
                      dataKey="value"
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
          empty={t('comparison.noChart')}
          table={table}
        />
      ) : null}
    </section>
  );
}
