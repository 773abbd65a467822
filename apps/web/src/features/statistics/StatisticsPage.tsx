import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth.ts';
import { errorMessage } from '../../api/messages.ts';
import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import {
  type ExportFormat,
  exportUrl,
  MAIN_KPI,
  type Statistics,
  useGoals,
  useKoladaReport,
  useStatistics,
} from './api/statistics.ts';
import { currentYear, filtersSearch, readFilters, type StatisticsFilters, yearOptions } from './filters.ts';
import { formatCount, formatPercent } from './format.ts';
import { useStatisticsT } from './i18n/index.ts';
import { ComparisonSection } from './sections/ComparisonSection.tsx';
import { GoalsSection } from './sections/GoalsSection.tsx';
import { EmployersSection, GroupsSection } from './sections/GroupsSection.tsx';
import { KoladaReportSection } from './sections/KoladaReportSection.tsx';
import { MonthlySection } from './sections/MonthlySection.tsx';
import { NeedsSection } from './sections/NeedsSection.tsx';
import { SurvivalSection } from './sections/SurvivalSection.tsx';
import '../participant/participant.css';
import './statistics.css';

const EXPORTS: readonly ExportFormat[] = ['xlsx', 'pdf', 'csv'];

/**
 * Statistik: the year's results of the person's units (or one of them) as Kolada counts them, with
 * charts and their tables, the goals, the yearly Kolada report, the comparison with other
 * municipalities and the exports. The year and unit are in the address (?ar=2025&enhet=…).
 */
export default function StatisticsPage() {
  const { t, language } = useStatisticsT();
  const { t: tShared } = useTranslation();
  const user = useCurrentUser();
  const { location, navigate } = useRouter();
  const id = useId();
  const thisYear = currentYear();
  const filters = useMemo(
    () => readFilters(location.search, user.unitIds, thisYear),
    [location.search, user.unitIds, thisYear],
  );

  const statistics = useStatistics(filters);
  const report = useKoladaReport(filters);
  const goals = useGoals(filters);

  const units = statistics.data?.units ?? user.units;
  const unitName = filters.unitId ? units.find((u) => u.id === filters.unitId)?.name : undefined;
  const scope = unitName ?? t('filters.allUnits').toLocaleLowerCase(language);

  function choose(next: StatisticsFilters) {
    // The page stays and focus stays on the control; the address changes so the view can be shared.
    navigate(`/statistik${filtersSearch(location.search, next, thisYear)}`, {
      replace: true,
      keepFocus: true,
    });
  }

  const stats = statistics.data;
  const fresh = stats && !statistics.isPlaceholderData;

  // The chosen unit's (or the only unit's) goal for the main KPI, for the monthly chart.
  const lineUnit = filters.unitId ?? (units.length === 1 ? units[0]?.id : undefined);
  const mainGoals = (goals.data?.goals ?? []).filter((g) => g.kpiId === MAIN_KPI);
  const lineGoal = lineUnit ? mainGoals.find((g) => g.unit.id === lineUnit) : undefined;

  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <div className="stat-toolbar">
        <fieldset className="stat-filters">
          <legend className="visually-hidden">{t('filters.label')}</legend>
          <div className="field field--inline">
            <label className="field__label" htmlFor={`${id}-year`}>
              {t('filters.year')}
            </label>
            <select
              id={`${id}-year`}
              className="field__input field__select"
              value={filters.year}
              onChange={(event) => choose({ ...filters, year: Number(event.currentTarget.value) })}
            >
              {yearOptions(filters.year, thisYear).map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          {units.length > 1 ? (
            <div className="field field--inline">
              <label className="field__label" htmlFor={`${id}-unit`}>
                {t('filters.unit')}
              </label>
              <select
                id={`${id}-unit`}
                className="field__input field__select"
                value={filters.unitId ?? ''}
                onChange={(event) => choose({ ...filters, unitId: event.currentTarget.value || null })}
              >
                <option value="">{t('filters.allUnits')}</option>
                {units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>
        <section className="stat-exports" aria-labelledby={`${id}-exports`}>
          <h2 id={`${id}-exports`} className="stat-exports__heading">
            {t('exports.heading')}
          </h2>
          <ul className="stat-exports__list">
            {EXPORTS.map((format) => (
              <li key={format}>
                <a href={exportUrl(filters, format)} download>
                  {t(`exports.${format}`)}
                </a>
              </li>
            ))}
          </ul>
          <p className="muted stat-exports__note">{t('exports.intro', { year: filters.year, scope })}</p>
        </section>
      </div>

      <p className="stat-status" role="status">
        {statistics.isFetching && !fresh
          ? t('filters.updating')
          : t('filters.showing', { year: filters.year, scope })}
      </p>

      {statistics.isError ? <Alert tone="error">{errorMessage(statistics.error, tShared)}</Alert> : null}
      {report.isError ? <Alert tone="error">{errorMessage(report.error, tShared)}</Alert> : null}
      {!stats && statistics.isPending ? <p className="muted">{t('common.loading')}</p> : null}

      {stats ? (
        <div className={`stat-content${fresh ? '' : ' stat-content--stale'}`} aria-busy={!fresh}>
          <Summary stats={stats} preliminary={report.data?.preliminary ?? false} />
          <MonthlySection
            year={stats.year}
            monthly={stats.monthly}
            goalTarget={lineGoal?.target ?? null}
            goalHint={!lineUnit && mainGoals.length > 0}
          />
          <GroupsSection year={stats.year} breakdowns={stats.breakdowns} />
          <EmployersSection year={stats.year} employers={stats.employers} />
          <SurvivalSection survival={stats.survival} />
          <NeedsSection year={stats.year} needs={stats.needs} />
          <GoalsSection
            year={filters.year}
            goals={{ data: goals.data, error: goals.error, isPending: goals.isPending }}
            kpis={report.data?.kpis ?? []}
            units={filters.unitId ? units.filter((u) => u.id === filters.unitId) : units}
            defaultUnitId={filters.unitId ?? units[0]?.id ?? ''}
            canSet={user.role === 'manager'}
          />
          {report.data ? <KoladaReportSection report={report.data} scope={scope} /> : null}
          <ComparisonSection
            report={report.data}
            scope={scope}
            scopeName={unitName ?? t('filters.allUnits')}
          />
        </div>
      ) : null}
    </Page>
  );
}

/** The year in a few figures, with the overdue follow-ups that hold back work exits. */
function Summary({ stats, preliminary }: { stats: Statistics; preliminary: boolean }) {
  const { t, language } = useStatisticsT();
  const count = (value: number) => formatCount(value, language);
  return (
    <section className="panel stat-section" aria-labelledby="stat-summary">
      <div className="stat-section__heading">
        <h2 id="stat-summary" className="panel__title">
          {t('summary.heading')} {stats.year}
        </h2>
        {preliminary ? <span className="badge badge--warning">{t('common.preliminary')}</span> : null}
      </div>
      {preliminary ? <p className="muted">{t('common.preliminaryNote')}</p> : null}
      <dl className="stat-figures">
        <div className="stat-figure">
          <dt>{t('summary.participants')}</dt>
          <dd>{count(stats.summary.participants)}</dd>
        </div>
        <div className="stat-figure">
          <dt>{t('summary.exits')}</dt>
          <dd>{count(stats.summary.exits)}</dd>
        </div>
        <div className="stat-figure stat-figure--main">
          <dt>{t('summary.share')}</dt>
          <dd>
            {stats.summary.workOrStudiesShare === null ? (
              <span className="stat-figure__small">{t('summary.shareHidden')}</span>
            ) : (
              formatPercent(stats.summary.workOrStudiesShare, language)
            )}
          </dd>
        </div>
        <div className="stat-figure">
          <dt>{t('summary.pending')}</dt>
          <dd>{count(stats.summary.pendingVerification)}</dd>
        </div>
        <div className={`stat-figure${stats.followUpsOverdue > 0 ? ' stat-figure--warning' : ''}`}>
          <dt>{t('summary.overdue')}</dt>
          <dd>
            {count(stats.followUpsOverdue)}{' '}
            {stats.followUpsOverdue > 0 ? (
              <Link to="/uppfoljning" className="stat-figure__link">
                {t('summary.overdueLink')}
              </Link>
            ) : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}
