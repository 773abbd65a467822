import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxLengths, PLAN_GOALS, type PlanGoal, type PlanResponse } from '../../../../api/types.ts';
import { Alert } from '../../../../components/Alert.tsx';
import { useAnnounce } from '../../../../components/Announcer.tsx';
import { Button } from '../../../../components/Button.tsx';
import { usePutPlan } from '../../api/plan.ts';
import { FormWithFeedback } from '../../components/FormWithFeedback.tsx';
import { RadioGroupField, TextAreaField } from '../../components/fields.tsx';
import { useFormErrors } from '../../components/form-errors.tsx';
import { useBaseVersion } from '../../components/use-base-version.ts';
import { formatDateTime } from '../../format.ts';
import { useParticipantT } from '../../i18n/index.ts';
import { PlanAgreement } from './PlanAgreement.tsx';
import { AgreedBadge } from './PlanView.tsx';
import { checkDraft, type Draft, draftFrom, planBody } from './plan-draft.ts';
import { StepsEditor } from './StepsEditor.tsx';

interface PlanEditorProps {
  enrolmentId: string;
  plan: PlanResponse;
  onReload: () => Promise<{ data?: PlanResponse | undefined }>;
  isReloading: boolean;
}

/** The coach's plan form: goal and steps; each save is a new version, agreed with the participant on its own. */
export function PlanEditor({ enrolmentId, plan, onReload, isReloading }: PlanEditorProps) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const save = usePutPlan(enrolmentId);
  const form = useFormErrors();
  const id = useId();
  // The draft is the user's: it is set once and never overwritten by a refetch.
  const [draft, setDraft] = useState<Draft>(() => draftFrom(plan.current));
  const { baseVersion, setBaseVersion, reloadLatest } = useBaseVersion({
    version: plan.current?.version ?? 0,
    form,
    reload: onReload,
    versionOf: (latest) => latest.current?.version ?? 0,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const goal = draft.goal;
    if (form.show(checkDraft(draft, t, tShared, language)) || !goal) return;
    save.mutate(planBody({ ...draft, goal }, baseVersion), {
      onSuccess: (saved) => {
        setBaseVersion(saved.version);
        // Steps get their stable ids from the server: keep them for the next save.
        setDraft(draftFrom(saved));
        announce(t('plan.saved', { version: saved.version }));
      },
      onError: form.handleError,
    });
  }

  return (
    <div className="panel">
      <CurrentVersion plan={plan} />
      {plan.current && !plan.current.agreedWithParticipant ? (
        <PlanAgreement enrolmentId={enrolmentId} version={plan.current.version} />
      ) : null}
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
          maxLength={maxLengths.PlanPutBody.goalDescription}
        />
        <StepsEditor
          idPrefix={id}
          steps={draft.steps}
          setSteps={(update) => setDraft((d) => ({ ...d, steps: update(d.steps) }))}
        />
        <div className="form__actions">
          <Button type="submit" isPending={save.isPending}>
            {save.isPending ? t('common.saving') : t('plan.save')}
          </Button>
        </div>
      </FormWithFeedback>
    </div>
  );
}

/** Which version the form starts from, who saved it, and whether it is agreed. */
function CurrentVersion({ plan }: { plan: PlanResponse }) {
  const { t, language } = useParticipantT();
  const current = plan.current;
  if (!current) return <p className="muted">{t('plan.none')}</p>;
  return (
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
  );
}
