import type { PlanGoal, PlanPutBody, PlanStepStatus, PlanVersionView } from '../../../../api/types.ts';
import { isIsoDate } from '../../format.ts';
import type { useParticipantT } from '../../i18n/index.ts';

// The plan as the coach edits it: text as typed, empty strings for what is not filled in. It is
// turned into the body of a new version only when saved.

export interface DraftStep {
  key: string;
  id?: string;
  title: string;
  description: string;
  status: PlanStepStatus;
  dueDate: string;
}

export interface Draft {
  goal: PlanGoal | '';
  goalDescription: string;
  steps: DraftStep[];
  agreed: boolean;
  agreedAt: string;
}

let stepCounter = 0;
export const newStepKey = () => `step-${++stepCounter}`;

export function emptyStep(key: string): DraftStep {
  return { key, title: '', description: '', status: 'proposed', dueDate: '' };
}

export function draftFrom(plan: PlanVersionView | null): Draft {
  return {
    goal: plan?.goal ?? '',
    goalDescription: plan?.goalDescription ?? '',
    steps: (plan?.steps ?? []).map((step) => ({
      key: newStepKey(),
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

type T = ReturnType<typeof useParticipantT>['t'];

/** Our own checks before saving: field errors by field name. */
export function checkDraft(draft: Draft, t: T): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.goal) errors.goal = t('form.chooseOne');
  draft.steps.forEach((step, index) => {
    if (!step.title.trim())
      errors[`steps.${index}.title`] = t('form.required', { field: t('plan.stepTitle').toLowerCase() });
    if (step.dueDate && !isIsoDate(step.dueDate)) errors[`steps.${index}.dueDate`] = t('form.dateInvalid');
  });
  if (draft.agreed && !isIsoDate(draft.agreedAt)) errors.agreedAt = t('form.dateInvalid');
  return errors;
}

/** The new version to save on top of `expectedVersion`; steps keep their ids. */
export function planBody(draft: Draft & { goal: PlanGoal }, expectedVersion: number): PlanPutBody {
  return {
    expectedVersion,
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
  };
}
