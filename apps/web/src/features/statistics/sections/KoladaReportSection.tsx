import type { KoladaReport, ReportKpi } from '../api/statistics.ts';
import { TableRegion } from '../components/ChartFigure.tsx';
import { formatCount, formatValue } from '../format.ts';
import { useStatisticsT } from '../i18n/index.ts';

/** The yearly report to Kolada: every KPI with women and men, and how it was counted. */
export function KoladaReportSection({ report, scope }: { report: KoladaReport; scope: string }) {
  const { t, language } = useStatisticsT();
  const value = (kpi: ReportKpi, figure: { value: number | null }) =>
    figure.value === null ? t('common.none') : formatValue(figure.value, kpi.unit, language);
  return (
    <section className="panel stat-section" aria-labelledby="stat-report">
      <div className="stat-section__heading">
        <h2 id="stat-report" className="panel__title">
          {t('report.heading', { year: report.year })}
        </h2>
        {report.preliminary ? <span className="badge badge--warning">{t('common.preliminary')}</span> : null}
      </div>
      <p className="muted">
        {t('report.intro', { scope, from: report.from, to: report.to })}
        {report.preliminary ? ` ${t('common.preliminaryNote')}` : null}
      </p>
      <TableRegion label={t('common.tableLabel', { name: t('report.caption', { year: report.year }) })}>
        <table className="data-table stat-table stat-report">
          <caption className="table-caption">
            {t('report.caption', { year: report.year })}
            {report.preliminary ? ` (${t('common.preliminary').toLocaleLowerCase(language)})` : null}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('report.id')}</th>
              <th scope="col">{t('report.name')}</th>
              <th scope="col" className="numeric">
                {t('report.total')}
              </th>
              <th scope="col" className="numeric">
                {t('report.women')}
              </th>
              <th scope="col" className="numeric">
                {t('report.men')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.kpis.map((kpi) => (
              <tr key={kpi.id}>
                <td className="tabular nowrap">{kpi.id}</td>
                <th scope="row">
                  {kpi.name}
                  <details className="stat-how">
                    <summary>
                      {t('report.how')}
                      <span className="visually-hidden"> ({kpi.id})</span>
                    </summary>
                    <dl className="stat-how__body">
                      <dt>{t('report.rule')}</dt>
                      <dd>{kpi.rule}</dd>
                      <dt>{t('report.calculation')}</dt>
                      <dd className="tabular">
                        {kpi.unit === 'percent'
                          ? t('report.fraction', {
                              numerator: formatCount(kpi.numerator, language),
                              denominator: formatCount(kpi.denominator ?? 0, language),
                            })
                          : formatCount(kpi.numerator, language)}
                      </dd>
                      {kpi.counted.length > 0 ? (
                        <>
                          <dt>{t('report.counted')}</dt>
                          <dd>
                            <ul className="stat-how__counted">
                              {kpi.counted.map((c) => (
                                <li key={c.label}>
                                  <span>{c.label}</span>{' '}
                                  <strong className="tabular">{formatCount(c.count, language)}</strong>
                                </li>
                              ))}
                            </ul>
                          </dd>
                        </>
                      ) : null}
                    </dl>
                  </details>
                </th>
                <td className="numeric">{value(kpi, kpi)}</td>
                <td className="numeric">{kpi.byGender ? value(kpi, kpi.byGender.K) : t('common.none')}</td>
                <td className="numeric">{kpi.byGender ? value(kpi, kpi.byGender.M) : t('common.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p className="muted stat-footnote">{t('report.notDivided')}</p>
      {report.genderUnknown > 0 ? (
        <p className="muted stat-footnote">{t('report.genderUnknown', { count: report.genderUnknown })}</p>
      ) : null}
    </section>
  );
}
