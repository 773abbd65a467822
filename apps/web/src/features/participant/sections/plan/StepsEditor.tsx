import { maxLengths, PLAN_STEP_STATUSES, type PlanStepStatus } from '../../../../api/types.ts';
import { Button } from '../../../../components/Button.tsx';
import { DateField } from '../../../../components/DateField.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { SelectField, TextAreaField } from '../../components/fields.tsx';
import { useParticipantT } from '../../i18n/index.ts';
import { type DraftStep, emptyStep, newStepKey } from './plan-draft.ts';

interface StepsEditorProps {
  /** Prefix of the fields' ids, so that focus can be moved to a new step and back. */
  idPrefix: string;
  steps: DraftStep[];
  setSteps: (update: (steps: DraftStep[]) => DraftStep[]) => void;
}

/** The plan's steps: add, fill in, remove. Focus goes to a new step, and back to "add" on removal. */
export function StepsEditor({ idPrefix, steps, setSteps }: StepsEditorProps) {
  const { t } = useParticipantT();

  function updateStep(key: string, change: Partial<DraftStep>) {
    setSteps((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));
  }

  function addStep() {
    const key = newStepKey();
    setSteps((list) => [...list, emptyStep(key)]);
    // Focus the new step's first field once it is rendered.
    window.setTimeout(() => document.getElementById(`${idPrefix}-${key}-title`)?.focus(), 0);
  }

  function removeStep(index: number) {
    setSteps((list) => list.filter((_, i) => i !== index));
    window.setTimeout(() => document.getElementById(`${idPrefix}-add-step`)?.focus(), 0);
  }

  return (
    <div className="steps">
      <h3>{t('plan.stepsHeading')}</h3>
      {steps.length === 0 ? <p className="muted">{t('plan.noSteps')}</p> : null}
      <ol className="step-list">
        {steps.map((step, index) => (
          <li key={step.key} className="step">
            <fieldset className="step__fieldset">
              <legend className="step__legend">{t('plan.stepLegend', { index: index + 1 })}</legend>
              <div className="form-grid form-grid--step">
                <TextField
                  id={`${idPrefix}-${step.key}-title`}
                  name={`steps.${index}.title`}
                  label={t('plan.stepTitle')}
                  value={step.title}
                  onChange={(title) => updateStep(step.key, { title })}
                  isRequired
                />
                <SelectField
                  name={`steps.${index}.status`}
                  label={t('plan.stepStatus')}
                  options={PLAN_STEP_STATUSES.map((value) => ({
                    value,
                    label: t(`labels.stepStatus.${value}`),
                  }))}
                  value={step.status}
                  onChange={(event) =>
                    updateStep(step.key, { status: event.currentTarget.value as PlanStepStatus })
                  }
                />
                <DateField
                  name={`steps.${index}.dueDate`}
                  label={`${t('plan.stepDueDate')} ${t('common.optional')}`}
                  value={step.dueDate}
                  onChange={(dueDate) => updateStep(step.key, { dueDate })}
                />
              </div>
              <TextAreaField
                name={`steps.${index}.description`}
                label={`${t('plan.stepDescription')} ${t('common.optional')}`}
                value={step.description}
                onChange={(description) => updateStep(step.key, { description })}
                rows={2}
                maxLength={maxLengths.PlanPutBody['steps.description']}
              />
              <div className="step__actions">
                <Button variant="quiet" onPress={() => removeStep(index)}>
                  {t('plan.removeStep', { index: index + 1 })}
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button id={`${idPrefix}-add-step`} variant="secondary" onPress={addStep}>
        {t('plan.addStep')}
      </Button>
    </div>
  );
}
