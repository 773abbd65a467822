import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { useParticipantT } from '../../i18n/index.ts';
import { checkDraft, type Draft, emptyStep, planBody } from './plan-draft.ts';

const tShared = ((key: string) => key) as unknown as TFunction;
const t = ((key: string) => key) as unknown as ReturnType<typeof useParticipantT>['t'];

const draft = (change: Partial<Draft> = {}): Draft => ({
  goal: 'work',
  goalDescription: '',
  steps: [],
  ...change,
});

describe('a plan step’s deadline', () => {
  it('that does not exist is refused on its field and kept as typed', () => {
    const steps = [{ ...emptyStep('a'), title: 'Truckkort', dueDate: '2025-02-31' }];
    expect(checkDraft(draft({ steps }), t, tShared, 'sv')).toEqual({
      'steps.0.dueDate': 'form.date.impossible',
    });
    expect(steps[0]?.dueDate).toBe('2025-02-31');
  });

  it('that is not a date is refused on its field', () => {
    const steps = [emptyStep('a'), { ...emptyStep('b'), title: 'Praktik', dueDate: 'nästa vecka' }];
    expect(checkDraft(draft({ steps }), t, tShared, 'sv')).toMatchObject({
      'steps.0.title': 'form.required',
      'steps.1.dueDate': 'form.date.format',
    });
  });

  it('is sent as YYYY-MM-DD however it was typed, and empty as null', () => {
    const steps = [
      { ...emptyStep('a'), title: 'Truckkort', dueDate: '2025-3-4' },
      { ...emptyStep('b'), title: 'Praktik', dueDate: '' },
    ];
    expect(checkDraft(draft({ steps }), t, tShared, 'sv')).toEqual({});
    const body = planBody({ ...draft({ steps }), goal: 'work' }, 2);
    expect(body.steps.map((s) => s.dueDate)).toEqual(['2025-03-04', null]);
    // Agreement is given per saved version, never with the save.
    expect(body).not.toHaveProperty('agreedWithParticipant');
  });

  it('a description over its limit is refused on its field', () => {
    const steps = [{ ...emptyStep('a'), title: 'Steg', description: 'x'.repeat(2001) }];
    expect(checkDraft(draft({ steps }), t, tShared, 'sv')).toEqual({
      'steps.0.description': 'form.length.tooLong',
    });
  });
});
