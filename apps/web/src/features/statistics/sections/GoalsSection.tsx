import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { errorMessage } from '../../../api/messages.ts';
import { Alert } from '../../../components/Alert.tsx';
import { Button } from '../../../components/Button.tsx';
import type { Goal, OutcomeGoals, ReportKpi } from '../api/statistics.ts';
import { ChartFigure, TableRegion } from '../components/ChartFigure.tsx';
import { axisTick, chartColors, chartHeight } from '../components/chart-theme.ts';
import { formatDateTime, formatMonth, formatNumber, formatPercent } from '../format.ts';
import { useStatisticsT } from '../i18n/index.ts';
import { GoalForm } from './GoalForm.tsx';
import { targetText } from './goal-text.ts';

interface GoalsSectionProps {
  year: number;
  goals: { data: OutcomeGoals | undefined; error: unknown; isPending: boolean };
  kpis: readonly ReportKpi[];
  units: ReadonlyArray<{ id: string; name: string }>;
  defaultUnitId: string;
  /** Managers set goals; everyone else reads them. */
  canSet: boolean;
}

/** The year's goals: target, progress month by month, who changed what and why; managers set them. */
export function GoalsSection({ year, goals, kpis, units, defaultUnitId, canSet }: GoalsSectionProps) {
  const { t } = useStatisticsT();
  const { t: tShared } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const [newFormKey, setNewFormKey] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);
  const list = goals.data?.goals ?? [];

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const saved = (kpiName: string) => {
    setNotice(t('goals.saved', { kpi: kpiName }));
    setNewFormKey((k) => k + 1);
  };

  return (
    <section className="panel stat-section" aria-labelledby="stat-goals">
      <h2 id="stat-goals" className="panel__title">
        {t('goals.heading')}
      </h2>
      <p className="muted">
        {t('goals.intro')} {canSet ? null : t('goals.managerOnly')}
      </p>
      {goals.error ? <Alert tone="error">{errorMessage(goals.error, tShared)}</Alert> : null}
      {notice ? (
        <Alert ref={noticeRef} tone="success">
          {notice}
        </Alert>
      ) : null}
      {goals.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {goals.data && list.length === 0 ? <p className="empty-state">{t('goals.empty', { year })}</p> : null}
      {list.map((goal) => (
        <GoalView
          key={goal.id}
          goal={goal}
          goals={list}
          year={year}
          kpis={kpis}
          units={units}
          canSet={canSet}
          onSaved={(name) => saved(name)}
          onEdit={() => setNotice(null)}
        />
      ))}
      {canSet && goals.data && kpis.length > 0 && units.length > 0 ? (
        <section className="subpanel stat-goal-new" aria-labelledby="stat-goal-new">
          <h3 id="stat-goal-new">{t('goals.newHeading')}</h3>
          <p className="muted">{t('goals.newIntro')}</p>
          <GoalForm
            // A new unit in the filter is a new form: its unit follows the filter.
            key={`${newFormKey}-${defaultUnitId}`}
            year={year}
            goals={list}
            kpis={kpis}
            units={units}
            defaultUnitId={defaultUnitId}
            onSaved={saved}
          />
        </section>
      ) : null}
    </section>
  );
}

interface GoalViewProps {
  goal: Goal;
  goals: readonly Goal[];
  year: number;
  kpis: readonly ReportKpi[];
  units: ReadonlyArray<{ id: string; name: string }>;
  canSet: boolean;
  onSaved: (kpiName: string) => void;
  onEdit: () => void;
}

function GoalView({ goal, goals, year, kpis, units, canSet, onSaved, onEdit }: GoalViewProps) {
  const { t, language } = useStatisticsT();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const isPercent = (kpis.find((k) => k.id === goal.kpiId)?.unit ?? 'percent') === 'percent';
  const value = (v: number) => (isPercent ? formatPercent(v, language) : formatNumber(v, language));
  const target = (direction: Goal['direction'], v: number) =>
    targetText(direction, v, isPercent, language, t);
  const goalTarget = target(goal.direction, goal.target);
  const kpiLabel = `${goal.kpiName} (${goal.kpiId})`;
  const highest = Math.max(goal.target, ...goal.progress.map((p) => p.value ?? 0));

  const close = () => {
    setEditing(false);
    window.setTimeout(() => editButton.current?.focus(), 0);
  };

  return (
    <article className="stat-goal" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="stat-goal__title">
        {t('goals.goalHeading', { kpi: kpiLabel, unit: goal.unit.name })}
      </h3>
      <dl className="stat-figures">
        <div className="stat-figure">
          <dt>{t('goals.target')}</dt>
          <dd>{goalTarget}</dd>
        </div>
        <div className="stat-figure">
          <dt>{t('goals.updatedAt')}</dt>
          <dd className="stat-figure__small">{formatDateTime(goal.updatedAt, language)}</dd>
        </div>
      </dl>
      {canSet ? (
        editing ? (
          <section
            className="subpanel"
            aria-label={t('goals.editLabel', { kpi: goal.kpiId, unit: goal.unit.name })}
          >
            <GoalForm
              year={year}
              goal={goal}
              goals={goals}
              kpis={kpis}
              units={units}
              defaultUnitId={goal.unit.id}
              onSaved={(name) => {
                close();
                onSaved(name);
              }}
              onCancel={close}
            />
          </section>
        ) : (
          <div className="form__actions">
            <Button
              ref={editButton}
              variant="secondary"
              aria-label={t('goals.editLabel', { kpi: goal.kpiId, unit: goal.unit.name })}
              onPress={() => {
                onEdit();
                setEditing(true);
              }}
            >
              {t('goals.edit')}
            </Button>
          </div>
        )
      ) : null}

      <ChartFigure
        level={4}
        title={t('goals.progress')}
        chartLabel={t('goals.progressChart', { kpi: kpiLabel, year, target: goalTarget })}
        tableLabel={t('common.tableLabel', {
          name: `${t('goals.progress')}, ${goal.kpiId}, ${goal.unit.name}`,
        })}
        empty={t('goals.noProgress')}
        chart={
          goal.progress.length > 0 ? (
            <ResponsiveContainer width="100%" height={chartHeight}>
              <LineChart
                data={goal.progress.map((p) => ({
                  label: formatMonth(p.month, language, 'short'),
                  value: p.value,
                }))}
                accessibilityLayer={false}
                margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
              >
                <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" />
                <XAxis dataKey="label" tick={axisTick} />
                <YAxis
                  domain={isPercent ? [0, 100] : [0, Math.ceil(highest * 1.1) || 1]}
                  tick={axisTick}
                  tickFormatter={value}
                  width={56}
                />
                <Tooltip formatter={(v) => (typeof v === 'number' ? value(v) : String(v))} />
                <Line
                  type="monotone"
                  dataKey="value"
                  name={t('goals.value')}
                  stroke={chartColors.primary}
                  strokeWidth={3}
                  isAnimationActive={false}
                />
                <ReferenceLine
                  y={goal.target}
                  stroke={chartColors.goal}
                  strokeWidth={2}
                  strokeDasharray="8 4"
                  label={{
                    value: `${t('goals.target')} ${goalTarget}`,
                    position: 'insideTopRight',
                    fill: chartColors.goal,
                    fontSize: 13,
                  }}
                />
              </LineChart>
            </ResponsiveContainer>
          ) : null
        }
        table={
          <table className="data-table stat-table">
            <caption className="table-caption">
              {t('goals.progress')} ({goalTarget})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('common.month')}</th>
                <th scope="col" className="numeric">
                  {t('goals.value')}
                </th>
                <th scope="col">{t('goals.met')}</th>
              </tr>
            </thead>
            <tbody>
              {goal.progress.map((p) => (
                <tr key={p.month}>
                  <th scope="row">{formatMonth(p.month, language)}</th>
                  <td className="numeric">{p.value === null ? t('common.none') : value(p.value)}</td>
                  <td>{p.met === null ? t('common.none') : p.met ? t('goals.metYes') : t('goals.metNo')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <h4 className="stat-block__title">{t('goals.history')}</h4>
      <TableRegion
        label={t('common.tableLabel', { name: `${t('goals.history')}, ${goal.kpiId}, ${goal.unit.name}` })}
      >
        <table className="data-table stat-table stat-history">
          <caption className="visually-hidden">{t('goals.historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('goals.at')}</th>
              <th scope="col">{t('goals.by')}</th>
              <th scope="col">{t('goals.change')}</th>
              <th scope="col">{t('goals.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {goal.history.map((h) => (
              <tr key={`${h.at}-${h.toTarget}`}>
                <td className="tabular nowrap">{formatDateTime(h.at, language)}</td>
                <td>{h.by ?? t('goals.unknownPerson')}</td>
                <td>
                  {h.fromTarget === null
                    ? t('goals.created', { to: target(h.toDirection, h.toTarget) })
                    : t('goals.changed', {
                        from: target(h.fromDirection ?? h.toDirection, h.fromTarget),
                        to: target(h.toDirection, h.toTarget),
                      })}
                </td>
                <td className="stat-history__reason">{h.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </article>
  );
}
