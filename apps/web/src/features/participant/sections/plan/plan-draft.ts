import type { TFunction } from 'i18next';
import {
  maxLengths,
  type PlanGoal,
  type PlanPutBody,
  type PlanStepStatus,
  type PlanVersionView,
} from '../../../../api/types.ts';
import { readDateInput } from '../../../../components/date-input.ts';
import { checkDate, checkLength } from '../../../../components/input-checks.ts';
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
  };
}

type T = ReturnType<typeof useParticipantT>['t'];

/**
 * Our own checks before saving: field errors by field name. A date is checked as typed, so a
 * deadline that does not exist is refused on its field, never dropped.
 */
export function checkDraft(draft: Draft, t: T, tShared: TFunction, language: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const limits = maxLengths.PlanPutBody;
  if (!draft.goal) errors.goal = t('form.chooseOne');
  checkLength(errors, 'goalDescription', draft.goalDescription, limits.goalDescription, tShared, language);
  draft.steps.forEach((step, index) => {
    if (!step.title.trim())
      errors[`steps.${index}.title`] = t('form.required', { field: t('plan.stepTitle').toLowerCase() });
    checkLength(errors, `steps.${index}.title`, step.title, limits['steps.title'], tShared, language);
    checkDate(errors, `steps.${index}.dueDate`, step.dueDate, tShared);
    checkLength(
      errors,
      `steps.${index}.description`,
      step.description,
      limits['steps.description'],
      tShared,
      language,
    );
  });
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
      // As checked by checkDraft: "2025-3-4" is sent as 2025-03-04.
      dueDate: readDateInput(step.dueDate).value,
    })),
  };
}
