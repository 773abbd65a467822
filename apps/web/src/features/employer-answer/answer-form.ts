// Reads the employer's answer for one candidate from the form into the API's body, with the
// problems to show on the fields. Pure: unit-tested.
import { parseDateInput } from '../../components/date-input.ts';
import { textLength } from '../../components/text-length.ts';
import {
  EMPLOYER_ANSWERS,
  type EmployerAnswer,
  type EmployerAnswerBody,
  HIRED_FORMS,
  HIRED_KINDS,
  NOT_RELEVANT_REASONS,
} from '../matching/api/types.ts';

export interface AnswerFields {
  answer: string;
  startDate: string;
  employmentKind: string;
  employmentForm: string;
  reason: string;
  note: string;
}

export type AnswerProblem =
  | 'answerRequired'
  | 'startDateRequired'
  | 'startDateFormat'
  | 'startDateImpossible'
  | 'kindRequired'
  | 'reasonRequired'
  | 'noteTooLong';

export type AnswerReading =
  | { ok: true; body: EmployerAnswerBody }
  | { ok: false; problems: Partial<Record<keyof AnswerFields, AnswerProblem>> };

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** The fields a given answer asks for (the rest are not sent). */
export function fieldsFor(answer: string): Array<keyof AnswerFields> {
  if (answer === 'hired') return ['startDate', 'employmentKind', 'employmentForm', 'note'];
  if (answer === 'not_relevant') return ['reason', 'note'];
  return ['note'];
}

export function readAnswer(
  candidateKey: string,
  fields: AnswerFields,
  options: { noteMax: number },
): AnswerReading {
  const problems: Partial<Record<keyof AnswerFields, AnswerProblem>> = {};
  if (!isOneOf(EMPLOYER_ANSWERS, fields.answer)) {
    return { ok: false, problems: { answer: 'answerRequired' } };
  }
  const answer: EmployerAnswer = fields.answer;
  const body: EmployerAnswerBody = { candidateKey, answer };
  const note = fields.note.trim();
  if (textLength(note) > options.noteMax) problems.note = 'noteTooLong';
  else if (note !== '') body.note = note;
  if (answer === 'hired') {
    const date = parseDateInput(fields.startDate);
    if (date.kind === 'empty') problems.startDate = 'startDateRequired';
    else if (date.kind === 'invalid')
      problems.startDate = date.problem === 'format' ? 'startDateFormat' : 'startDateImpossible';
    else body.startDate = date.iso;
    if (isOneOf(HIRED_KINDS, fields.employmentKind)) body.employmentKind = fields.employmentKind;
    else problems.employmentKind = 'kindRequired';
    if (isOneOf(HIRED_FORMS, fields.employmentForm)) body.employmentForm = fields.employmentForm;
  }
  if (answer === 'not_relevant') {
    if (isOneOf(NOT_RELEVANT_REASONS, fields.reason)) body.reason = fields.reason;
    else problems.reason = 'reasonRequired';
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, body };
}
