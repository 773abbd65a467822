import { describe, expect, it } from 'vitest';
import { type AnswerFields, fieldsFor, readAnswer } from './answer-form.ts';

const key = '4b3f3f0e-2f6c-4d8e-9d0a-000000000001';
const empty: AnswerFields = {
  answer: '',
  startDate: '',
  employmentKind: '',
  employmentForm: '',
  reason: '',
  note: '',
};
const read = (fields: Partial<AnswerFields>) => readAnswer(key, { ...empty, ...fields }, { noteMax: 20 });

describe('readAnswer', () => {
  it('asks for an answer first', () => {
    expect(read({})).toEqual({ ok: false, problems: { answer: 'answerRequired' } });
    expect(read({ answer: 'maybe' })).toEqual({ ok: false, problems: { answer: 'answerRequired' } });
  });

  it('sends an interview answer with the comment only when there is one', () => {
    expect(read({ answer: 'interview_yes', startDate: '2026-01-01', reason: 'skills' })).toEqual({
      ok: true,
      body: { candidateKey: key, answer: 'interview_yes' },
    });
    expect(read({ answer: 'interview_no', note: '  Inte nu.  ' })).toEqual({
      ok: true,
      body: { candidateKey: key, answer: 'interview_no', note: 'Inte nu.' },
    });
  });

  it('needs a start date and kind for a hire, reading the date as people type it', () => {
    expect(read({ answer: 'hired' })).toEqual({
      ok: false,
      problems: { startDate: 'startDateRequired', employmentKind: 'kindRequired' },
    });
    expect(read({ answer: 'hired', startDate: '1/6/2026', employmentKind: 'unsubsidised' })).toEqual({
      ok: false,
      problems: { startDate: 'startDateFormat' },
    });
    expect(read({ answer: 'hired', startDate: '2026-02-30', employmentKind: 'unsubsidised' })).toEqual({
      ok: false,
      problems: { startDate: 'startDateImpossible' },
    });
    expect(
      read({
        answer: 'hired',
        startDate: '2026 3 2',
        employmentKind: 'subsidised',
        employmentForm: 'permanent',
      }),
    ).toEqual({
      ok: true,
      body: {
        candidateKey: key,
        answer: 'hired',
        startDate: '2026-03-02',
        employmentKind: 'subsidised',
        employmentForm: 'permanent',
      },
    });
  });

  it('needs a reason from the list when the candidate is not relevant', () => {
    expect(read({ answer: 'not_relevant', reason: 'bad' })).toEqual({
      ok: false,
      problems: { reason: 'reasonRequired' },
    });
    expect(read({ answer: 'not_relevant', reason: 'language', note: 'SFI C räcker inte' })).toEqual({
      ok: true,
      body: { candidateKey: key, answer: 'not_relevant', reason: 'language', note: 'SFI C räcker inte' },
    });
  });

  it('refuses a comment over the limit as the server counts it', () => {
    expect(read({ answer: 'interview_yes', note: 'x'.repeat(21) })).toEqual({
      ok: false,
      problems: { note: 'noteTooLong' },
    });
    expect(read({ answer: 'interview_yes', note: `${'x'.repeat(20)}\u200B` }).ok).toBe(true);
  });
});

describe('fieldsFor', () => {
  it('shows only the fields the answer asks for', () => {
    expect(fieldsFor('hired')).toEqual(['startDate', 'employmentKind', 'employmentForm', 'note']);
    expect(fieldsFor('not_relevant')).toEqual(['reason', 'note']);
    expect(fieldsFor('interview_yes')).toEqual(['note']);
    expect(fieldsFor('')).toEqual(['note']);
  });
});
