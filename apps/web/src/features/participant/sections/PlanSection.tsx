import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { TextField } from '../../../components/TextField.tsx';
import {
  PLAN_GOALS,
  PLAN_STEP_STATUSES,
  type PlanGoal,
  type PlanResponse,
  type PlanStepStatus,
  type PlanVersionView,
  usePlan,
  usePlanVersion,
  usePutPlan,
} from '../api.ts';
import { FormWithFeedback } from '../components/FormWithFeedback.tsx';
import { CheckboxField, RadioGroupField, SelectField, TextAreaField } from '../components/fields.tsx';
import { useFormErrors } from '../components/form-errors.tsx';
import { formatDate, formatDateTime, isIsoDate, todayIso } from '../format.ts';
import { useParticipantT } from '../i18n/index.ts';
import type { SectionProps } from '../ParticipantPage.tsx';

interface DraftStep {
  key: string;
  id?: string;
  title: string;
  description: string;
  status: PlanStepStatus;
  dueDate: string;
}

interface Draft {
  goal: PlanGoal | '';
  goalDescription: string;
  steps: DraftStep[];
  agreed: boolean;
  agreedAt: string;
}

let stepCounter = 0;
const newKey = () => `step-${++stepCounter}`;

function draftFrom(plan: PlanVersionView | null): Draft {
  return {
    goal: plan?.goal ?? '',
    goalDescription: plan?.goalDescription ?? '',
    steps: (plan?.steps ?? []).map((step) => ({
      key: newKey(),
      id: step.id,
      title: step.title,
      description: step.description ?? '',
      status: step.status,
      dueDate: step.dueDate ?? '',
    })),
    agreed: plan?.agreedWithParticipant ?? false,
    agreedAt: plan?.agreedAt ?? '',
  };
}

export function PlanSection({ enrolmentId, canWrite }: SectionProps & { enrolmentId: string }) {
  const { t } = useParticipantT();
  const { t: tShared } = useTranslation();
  const plan = usePlan(enrolmentId);

  return (
    <section aria-labelledby="plan-heading" className="section-stack">
      <div>
        <h2 id="plan-heading">{t('plan.heading')}</h2>
        <p className="muted">{t('plan.intro')}</p>
      </div>
      {plan.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {plan.isError ? <Alert tone="error">{errorMessage(plan.error, tShared)}</Alert> : null}
      {plan.data ? (
        <>
          {canWrite ? (
            <PlanEditor
              enrolmentId={enrolmentId}
              plan={plan.data}
              onReload={() => plan.refetch()}
              isReloading={plan.isFetching}
            />
          ) : plan.data.current ? (
            <PlanView plan={plan.data.current} />
          ) : (
            <p className="empty-state">{t('plan.none')}</p>
          )}
          <PlanHistory enrolmentId={enrolmentId} plan={plan.data} />
        </>
      ) : null}
    </section>
  );
}

function PlanEditor({
  enrolmentId,
  plan,
  onReload,
  isReloading,
}: {
  enrolmentId: string;
  plan: PlanResponse;
  onReload: () => Promise<{ data?: PlanResponse | undefined }>;
  isReloading: boolean;
}) {
  const { t, language } = useParticipantT();
  const announce = useAnnounce();
  const save = usePutPlan(enrolmentId);
  const form = useFormErrors();
  const id = useId();
  // The draft is the user's: it is set once and never overwritten by a refetch.
  const [draft, setDraft] = useState<Draft>(() => draftFrom(plan.current));
  const [baseVersion, setBaseVersion] = useState(plan.current?.version ?? 0);
  const current = plan.current;

  function updateStep(key: string, change: Partial<DraftStep>) {
    setDraft((d) => ({ ...d, steps: d.steps.map((s) => (s.key === key ? { ...s, ...change } : s)) }));
  }

  function addStep() {
    const key = newKey();
    setDraft((d) => ({
      ...d,
      steps: [...d.steps, { key, title: '', description: '', status: 'proposed', dueDate: '' }],
    }));
    // Focus the new step's first field once it is rendered.
    window.setTimeout(() => document.getElementById(`${id}-${key}-title`)?.focus(), 0);
  }

  function removeStep(index: number) {
    setDraft((d) => ({ ...d, steps: d.steps.filter((_, i) => i !== index) }));
    window.setTimeout(() => document.getElementById(`${id}-add-step`)?.focus(), 0);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!draft.goal) local.goal = t('form.chooseOne');
    draft.steps.forEach((step, index) => {
      if (!step.title.trim())
        local[`steps.${index}.title`] = t('form.required', { field: t('plan.stepTitle').toLowerCase() });
      if (step.dueDate && !isIsoDate(step.dueDate)) local[`steps.${index}.dueDate`] = t('form.dateInvalid');
    });
    if (draft.agreed && !isIsoDate(draft.agreedAt)) local.agreedAt = t('form.dateInvalid');
    if (form.show(local) || !draft.goal) return;

    save.mutate(
      {
        expectedVersion: baseVersion,
        goal: draft.goal,
        goalDescription: draft.goalDescription.trim() || null,
        steps: draft.steps.map((step) => ({
          ...(step.id ? { id: step.id } : {}),
          title: step.title.trim(),
          description: step.description.trim() || null,
          status: step.status,
          dueDate: step.dueDate || null,
        })),
        agreedWithParticipant: draft.agreed,
        agreedAt: draft.agreed ? draft.agreedAt : null,
      },
      {
        onSuccess: (saved) => {
          const version = saved.current?.version ?? baseVersion + 1;
          setBaseVersion(version);
          // Steps get their stable ids from the server: keep them for the next save.
          if (saved.current) setDraft(draftFrom(saved.current));
          announce(t('plan.saved', { version }));
        },
        onError: form.handleError,
      },
    );
  }

  async function reloadLatest() {
    const result = await onReload();
    setBaseVersion(result.data?.current?.version ?? 0);
    form.setConflict(false);
    announce(t('conflict.reloaded'));
  }

  return (
    <div className="panel">
      {current ? (
        <p className="plan-meta">
          <span>
            {t('plan.currentVersion', {
              version: current.version,
              date: formatDateTime(current.createdAt, language),
              by: current.createdBy ? t('common.by', { name: current.createdBy.displayName }) : '',
            })}
          </span>
          <AgreedBadge plan={current} />
        </p>
      ) : (
        <p className="muted">{t('plan.none')}</p>
      )}
      {save.isSuccess && !form.conflict ? (
        <Alert tone="success">{t('plan.saved', { version: baseVersion })}</Alert>
      ) : null}
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form"
        onReload={() => void reloadLatest()}
        isReloading={isReloading}
      >
        <RadioGroupField
          name="goal"
          legend={t('plan.goal')}
          options={PLAN_GOALS.map((value) => ({ value, label: t(`labels.goal.${value}`) }))}
          value={draft.goal}
          onChange={(goal) => setDraft((d) => ({ ...d, goal: goal as PlanGoal }))}
          isRequired
        />
        <TextAreaField
          name="goalDescription"
          label={t('plan.goalDescription')}
          value={draft.goalDescription}
          onChange={(goalDescription) => setDraft((d) => ({ ...d, goalDescription }))}
          rows={3}
        />

        <div className="steps">
          <h3>{t('plan.stepsHeading')}</h3>
          {draft.steps.length === 0 ? <p className="muted">{t('plan.noSteps')}</p> : null}
          <ol className="step-list">
            {draft.steps.map((step, index) => (
              <li key={step.key} className="step">
                <fieldset className="step__fieldset">
                  <legend className="step__legend">{t('plan.stepLegend', { index: index + 1 })}</legend>
                  <div className="form-grid form-grid--step">
                    <TextField
                      id={`${id}-${step.key}-title`}
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
                    <TextField
                      name={`steps.${index}.dueDate`}
                      type="date"
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
          <Button id={`${id}-add-step`} variant="secondary" onPress={addStep}>
            {t('plan.addStep')}
          </Button>
        </div>

        <div className="agreement">
          <CheckboxField
            name="agreedWithParticipant"
            label={t('plan.agreed')}
            checked={draft.agreed}
            onChange={(agreed) =>
              setDraft((d) => ({ ...d, agreed, agreedAt: agreed && !d.agreedAt ? todayIso() : d.agreedAt }))
            }
          />
          {draft.agreed ? (
            <TextField
              name="agreedAt"
              type="date"
              label={t('plan.agreedAt')}
              value={draft.agreedAt}
              onChange={(agreedAt) => setDraft((d) => ({ ...d, agreedAt }))}
              isRequired
            />
          ) : null}
        </div>

        <div className="form__actions">
          <Button type="submit" isPending={save.isPending}>
            {save.isPending ? t('common.saving') : t('plan.save')}
          </Button>
        </div>
      </FormWithFeedback>
    </div>
  );
}

function AgreedBadge({ plan }: { plan: PlanVersionView }) {
  const { t, language } = useParticipantT();
  return plan.agreedWithParticipant ? (
    <span className="badge badge--success">
      {t('plan.agreedBadge', { date: formatDate(plan.agreedAt, language) })}
    </span>
  ) : (
    <span className="badge badge--warning">{t('plan.notAgreedBadge')}</span>
  );
}

function PlanView({ plan }: { plan: PlanVersionView }) {
  const { t, language } = useParticipantT();
  return (
    <div className="plan-view">
      <p className="plan-meta">
        <strong>
          {t('plan.goal')}: {t(`labels.goal.${plan.goal}`)}
        </strong>
        <AgreedBadge plan={plan} />
      </p>
      {plan.goalDescription ? <p>{plan.goalDescription}</p> : null}
      {plan.steps.length === 0 ? (
        <p className="muted">{t('plan.noSteps')}</p>
      ) : (
        <ol className="step-summary">
          {plan.steps.map((step) => (
            <li key={step.id}>
              <span className="step-summary__title">{step.title}</span>{' '}
              <span className={`badge badge--status-${step.status}`}>
                {t(`labels.stepStatus.${step.status}`)}
              </span>
              {step.dueDate ? (
                <span className="muted">
                  {' '}
                  {t('plan.stepDueDate')} {formatDate(step.dueDate, language)}
                </span>
              ) : null}
              {step.description ? <p className="step-summary__text">{step.description}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function PlanHistory({ enrolmentId, plan }: { enrolmentId: string; plan: PlanResponse }) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const [shown, setShown] = useState<number | null>(null);
  const version = usePlanVersion(enrolmentId, shown);
  if (plan.versions.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="plan-history">
      <h3 id="plan-history">{t('plan.historyHeading')}</h3>
      <table className="data-table">
        <caption className="visually-hidden">{t('plan.historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.version')}</th>
            <th scope="col">{t('plan.savedAt')}</th>
            <th scope="col">{t('plan.savedBy')}</th>
            <th scope="col">{t('plan.agreedColumn')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('plan.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.versions.map((entry) => (
            <tr key={entry.version}>
              <td className="tabular">{entry.version}</td>
              <td className="nowrap tabular">{formatDateTime(entry.createdAt, language)}</td>
              <td>{entry.createdBy?.displayName ?? t('common.none')}</td>
              <td>{entry.agreedWithParticipant ? t('common.yes') : t('common.no')}</td>
              <td>
                <Button
                  variant="quiet"
                  aria-expanded={shown === entry.version}
                  aria-controls="plan-version-view"
                  onPress={() => setShown(shown === entry.version ? null : entry.version)}
                >
                  {shown === entry.version
                    ? t('plan.hide', { version: entry.version })
                    : t('plan.show', { version: entry.version })}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div id="plan-version-view" aria-live="polite">
        {shown !== null && version.data ? (
          <div className="version-view">
            <h4>{t('plan.versionHeading', { version: shown })}</h4>
            <PlanView plan={version.data} />
          </div>
        ) : null}
        {version.isError ? <Alert tone="error">{errorMessage(version.error, tShared)}</Alert> : null}
      </div>
    </section>
  );
}
