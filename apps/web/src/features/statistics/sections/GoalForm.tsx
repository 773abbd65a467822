import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error.ts';
import { maxLengths } from '../../../api/schema.gen.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { checkLength } from '../../../components/input-checks.ts';
import { TextField } from '../../../components/TextField.tsx';
import { FormWithFeedback } from '../../participant/components/FormWithFeedback.tsx';
import { SelectField, TextAreaField } from '../../participant/components/fields.tsx';
import { useFormErrors } from '../../participant/components/form-errors.tsx';
import {
  type Goal,
  type GoalBody,
  type GoalDirection,
  MAIN_KPI,
  type ReportKpi,
  useSetGoal,
} from '../api/statistics.ts';
import { formatNumber, parseTarget } from '../format.ts';
import { useStatisticsT } from '../i18n/index.ts';
import { targetText } from './goal-text.ts';

const DIRECTIONS: readonly GoalDirection[] = ['at_least', 'at_most'];

interface GoalFormProps {
  year: number;
  /** The goal being changed; absent for a new goal (which may still find one to change). */
  goal?: Goal;
  /** Every goal of the year shown, to find one for the chosen KPI and unit. */
  goals: readonly Goal[];
  kpis: readonly ReportKpi[];
  units: ReadonlyArray<{ id: string; name: string }>;
  defaultUnitId: string;
  onSaved: (kpiName: string) => void;
  onCancel?: () => void;
}

/**
 * Sets a goal or changes one, always with a reason (kept in the history). A change sends the
 * version it was read at; when someone else saved first (409) the goals are read again and the
 * form says so, with what was typed still in place.
 */
export function GoalForm({
  year,
  goal,
  goals,
  kpis,
  units,
  defaultUnitId,
  onSaved,
  onCancel,
}: GoalFormProps) {
  const { t, language } = useStatisticsT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const setGoal = useSetGoal();
  const form = useFormErrors();
  const [unitId, setUnitId] = useState(goal?.unit.id ?? defaultUnitId);
  const [kpiId, setKpiId] = useState(goal?.kpiId ?? (kpis.some((k) => k.id === MAIN_KPI) ? MAIN_KPI : ''));
  const [stale, setStale] = useState(false);
  const existing = goal ?? goals.find((g) => g.unit.id === unitId && g.kpiId === kpiId);
  const kpi = kpis.find((k) => k.id === kpiId);
  const isPercent = (kpi?.unit ?? 'percent') === 'percent';
  const prefix = goal ? `goal-${goal.id}` : 'goal-new';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (setGoal.isPending) return;
    const data = new FormData(event.currentTarget);
    const errors: Record<string, string> = {};
    if (!unitId) errors.unitId = t('goals.unitRequired');
    if (!kpiId) errors.kpiId = t('goals.kpiRequired');
    const target = parseTarget(String(data.get('target') ?? ''));
    if (target === null) errors.target = t('goals.targetInvalid');
    else if (isPercent && target > 100) errors.target = t('goals.targetTooHigh');
    const reason = String(data.get('reason') ?? '').trim();
    if (!reason) errors.reason = t('goals.reasonRequired');
    checkLength(errors, 'reason', reason, maxLengths.OutcomeGoalBody.reason, tShared, language);
    setStale(false);
    if (form.show(errors) || target === null) return;
    form.clear();
    const body: GoalBody = {
      unitId,
      kpiId,
      year,
      target,
      direction: String(data.get('direction')) === 'at_most' ? 'at_most' : 'at_least',
      reason,
      ...(existing ? { version: existing.version } : {}),
    };
    const name = kpi?.name ?? existing?.kpiName ?? kpiId;
    setGoal.mutate(body, {
      onSuccess: () => {
        announce(t('goals.saved', { kpi: name }));
        onSaved(name);
      },
      onError: (error) => {
        // Someone saved the goal first: the goals are read again (onSettled) and the form says so.
        if (isApiError(error) && error.status === 409) setStale(true);
        else form.handleError(error);
      },
    });
  }

  return (
    <div className="stat-goal-form">
      {stale ? <Alert tone="error">{t('goals.stale')}</Alert> : null}
      <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--compact">
        {goal ? null : (
          <div className="form-grid">
            {units.length > 1 ? (
              <SelectField
                id={`${prefix}-unit`}
                name="unitId"
                label={t('goals.unitField')}
                options={units.map((u) => ({ value: u.id, label: u.name }))}
                value={unitId}
                onChange={(event) => setUnitId(event.currentTarget.value)}
                isRequired
              />
            ) : null}
            <SelectField
              id={`${prefix}-kpi`}
              name="kpiId"
              label={t('goals.kpiField')}
              placeholder={t('goals.kpiPlaceholder')}
              options={kpis.map((k) => ({ value: k.id, label: `${k.id} ${k.name}` }))}
              value={kpiId}
              onChange={(event) => setKpiId(event.currentTarget.value)}
              isRequired
            />
          </div>
        )}
        {!goal && existing ? (
          <p className="stat-goal-form__existing">
            {t('goals.existing', {
              target: targetText(existing.direction, existing.target, isPercent, language, t),
            })}
          </p>
        ) : null}
        <div className="form-grid">
          <TextField
            name="target"
            label={t('goals.targetField')}
            description={isPercent ? t('goals.targetPercent') : t('goals.targetCount')}
            defaultValue={goal ? formatNumber(goal.target, language) : ''}
            inputMode="decimal"
            inputClassName="field__input--short"
            autoComplete="off"
            isRequired
          />
          <SelectField
            id={`${prefix}-direction`}
            name="direction"
            label={t('goals.directionField')}
            options={DIRECTIONS.map((d) => ({ value: d, label: t(`goals.directions.${d}`) }))}
            defaultValue={goal?.direction ?? 'at_least'}
          />
        </div>
        <TextAreaField
          name="reason"
          label={t('goals.reasonField')}
          description={t('goals.reasonDescription')}
          rows={3}
          maxLength={maxLengths.OutcomeGoalBody.reason}
          isRequired
        />
        <div className="form__actions">
          <Button type="submit" isPending={setGoal.isPending}>
            {setGoal.isPending ? t('goals.saving') : goal ? t('goals.submitEdit') : t('goals.submitNew')}
          </Button>
          {onCancel ? (
            <Button
              variant="quiet"
              onPress={() => {
                form.clear();
                onCancel();
              }}
            >
              {t('goals.cancel')}
            </Button>
          ) : null}
        </div>
      </FormWithFeedback>
    </div>
  );
}
