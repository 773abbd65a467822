import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { errorMessage } from '../../api/messages.ts';
import { maxLengths } from '../../api/types.ts';
import type { RouteProps } from '../../app/feature.ts';
import { Alert } from '../../components/Alert.tsx';
import { useAnnounce } from '../../components/Announcer.tsx';
import { Button } from '../../components/Button.tsx';
import { DateField } from '../../components/DateField.tsx';
import { Page } from '../../components/Page.tsx';
import type { LinkCandidate } from '../matching/api/types.ts';
import { EMPLOYER_ANSWERS, HIRED_FORMS, HIRED_KINDS, NOT_RELEVANT_REASONS } from '../matching/api/types.ts';
import { RadioGroupField, SelectField, TextAreaField } from '../participant/components/fields.tsx';
import { ErrorSummary, type FieldProblem, focusField } from '../participant/components/form-errors.tsx';
import { formatDateTime } from '../participant/format.ts';
import { type AnswerFields, fieldsFor, readAnswer } from './answer-form.ts';
import { useAnswer, useEmployerLink } from './api/link.ts';
import { useEmployerAnswerT } from './i18n/index.ts';
import '../participant/participant.css';
import './employer-answer.css';

/**
 * The employer's page behind a presentation link (no login): the candidates the unit presented,
 * each with exactly the fields the person consented to share, and an answer per candidate —
 * interview yes or no, hired (start date and form of employment), or not relevant (a reason from
 * the list and free text). An unknown, expired or revoked link gets one clear message.
 */
export default function EmployerAnswerPage({ params }: RouteProps) {
  const token = params.token ?? '';
  const { t, language } = useEmployerAnswerT();
  const { t: tShared } = useTranslation();
  const link = useEmployerLink(token);

  if (!link.data) {
    // A malformed token is refused as 400 before the server looks: to the employer it is the same.
    const gone = isApiError(link.error) && (link.error.status === 404 || link.error.status === 400);
    return (
      <Page title={gone ? t('gone.title') : t('loadingTitle')}>
        {link.isError ? (
          gone ? (
            <Alert tone="info" heading={t('gone.heading')}>
              {t('gone.text')}
            </Alert>
          ) : (
            <Alert tone="error">{errorMessage(link.error, tShared)}</Alert>
          )
        ) : (
          <p className="muted">{t('loading')}</p>
        )}
      </Page>
    );
  }

  const view = link.data;
  return (
    <Page
      title={t('title', { need: view.needTitle })}
      lead={
        <>
          <p>{t('lead', { employer: view.employerName })}</p>
          <p className="muted">{t('expires', { date: formatDateTime(view.expiresAt, language) })}</p>
        </>
      }
    >
      <div className="section-stack answer-page">
        <p>{t('privacy')}</p>
        {view.candidates.length === 0 ? (
          <p className="empty-state">{t('noCandidates')}</p>
        ) : (
          view.candidates.map((candidate) => (
            <CandidateCard key={candidate.key} token={token} candidate={candidate} />
          ))
        )}
      </div>
    </Page>
  );
}

function CandidateCard({ token, candidate }: { token: string; candidate: LinkCandidate }) {
  const { t } = useEmployerAnswerT();
  const headingId = useId();
  const hiredRef = useRef<HTMLDivElement>(null);
  const answerOnArrival = useRef(candidate.answer);
  // Answered "anställd" just now: the form has gone, so focus goes to what replaced it.
  useEffect(() => {
    if (candidate.answer === 'hired' && answerOnArrival.current !== 'hired') hiredRef.current?.focus();
  }, [candidate.answer]);
  const name = candidate.displayName;
  const profile = candidate.profile;
  return (
    <article className="panel answer-candidate" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {name}
      </h2>
      {candidate.answer ? (
        <p>
          <span className="badge badge--success">
            {t('current', { answer: t(`answers.${candidate.answer}`) })}
          </span>
        </p>
      ) : null}
      {candidate.contact || profile ? (
        <dl className="facts">
          {candidate.contact ? (
            <>
              <div>
                <dt>{t('fields.phone')}</dt>
                <dd>
                  {candidate.contact.phone ? (
                    <a href={`tel:${candidate.contact.phone.replace(/[^\d+]/g, '')}`}>
                      {candidate.contact.phone}
                    </a>
                  ) : (
                    t('none')
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('fields.email')}</dt>
                <dd>
                  {candidate.contact.email ? (
                    <a href={`mailto:${candidate.contact.email}`}>{candidate.contact.email}</a>
                  ) : (
                    t('none')
                  )}
                </dd>
              </div>
            </>
          ) : null}
          {profile ? (
            <>
              <div>
                <dt>{t('fields.experience')}</dt>
                <dd>
                  {profile.occupations.length === 0
                    ? t('none')
                    : profile.occupations
                        .map((o) => t('fields.years', { occupation: o.label, count: o.years }))
                        .join(', ')}
                </dd>
              </div>
              <div>
                <dt>{t('fields.skills')}</dt>
                <dd>{profile.skills.length === 0 ? t('none') : profile.skills.join(', ')}</dd>
              </div>
              <div>
                <dt>{t('fields.licences')}</dt>
                <dd>{profile.licences.length === 0 ? t('none') : profile.licences.join(', ')}</dd>
              </div>
              <div>
                <dt>{t('fields.languages')}</dt>
                <dd>{profile.languages.length === 0 ? t('none') : profile.languages.join(', ')}</dd>
              </div>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="muted">{t('onlyName')}</p>
      )}
      {candidate.answer === 'hired' ? (
        // The hire has started the placement and its follow-ups: a change goes through the unit.
        <Alert tone="success" ref={hiredRef}>
          {t('hiredNote')}
        </Alert>
      ) : (
        <AnswerForm token={token} candidate={candidate} />
      )}
    </article>
  );
}

const EMPTY: AnswerFields = {
  answer: '',
  startDate: '',
  employmentKind: '',
  employmentForm: '',
  reason: '',
  note: '',
};

function AnswerForm({ token, candidate }: { token: string; candidate: LinkCandidate }) {
  const { t } = useEmployerAnswerT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const answer = useAnswer(token);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [fields, setFields] = useState<AnswerFields>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const set = (name: keyof AnswerFields) => (value: string) =>
    setFields((now) => ({ ...now, [name]: value }));
  const shown = fieldsFor(fields.answer);

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  const label: Record<keyof AnswerFields, string> = {
    answer: t('form.answer'),
    startDate: t('form.startDate'),
    employmentKind: t('form.employmentKind'),
    employmentForm: t('form.employmentForm'),
    reason: t('form.reason'),
    note: t('form.note'),
  };

  function showErrors(next: Record<string, string>) {
    setErrors(next);
    const order: Array<keyof AnswerFields> = [
      'answer',
      'startDate',
      'employmentKind',
      'employmentForm',
      'reason',
      'note',
    ];
    const list = order
      .filter((k) => next[k])
      .map((k) => ({ name: k, label: label[k], message: next[k] ?? '' }));
    const unplaced = Object.entries(next)
      .filter(([k]) => !order.includes(k as keyof AnswerFields))
      .map(([, message]) => ({ name: null, label: '', message }));
    setProblems([...list, ...unplaced]);
    window.setTimeout(() => {
      const first = list[0]?.name;
      if (!first || !focusField(formRef.current, first)) summaryRef.current?.focus();
    }, 0);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const reading = readAnswer(candidate.key, fields, { noteMax: maxLengths.EmployerAnswerBody.note });
    if (!reading.ok) {
      const next: Record<string, string> = {};
      for (const [name, problem] of Object.entries(reading.problems)) {
        next[name] = t(`problems.${problem}`, { max: maxLengths.EmployerAnswerBody.note });
      }
      showErrors(next);
      return;
    }
    answer.mutate(reading.body, {
      onSuccess: () => {
        setErrors({});
        setProblems([]);
        const text = t('saved', { name: candidate.displayName, answer: t(`answers.${reading.body.answer}`) });
        setSaved(text);
        announce(text);
        setFields(EMPTY);
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 400 && error.errors.length > 0) {
          const next: Record<string, string> = {};
          for (const e of error.errors) next[e.path.split('.')[0] || 'answer'] = e.message;
          showErrors(next);
        }
      },
    });
  }

  const failure =
    answer.error &&
    !(isApiError(answer.error) && answer.error.status === 400 && answer.error.errors.length > 0)
      ? answer.error
      : null;
  const gone = isApiError(failure) && failure.status === 404;

  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h3 id={headingId}>{candidate.answer ? t('form.changeHeading') : t('form.heading')}</h3>
      {saved ? (
        <Alert tone="success" ref={savedRef}>
          {saved}
        </Alert>
      ) : null}
      <ErrorSummary problems={problems} formRef={formRef} summaryRef={summaryRef} />
      {failure ? <Alert tone="error">{gone ? t('gone.text') : errorMessage(failure, tShared)}</Alert> : null}
      <Form
        ref={formRef}
        className="form form--compact"
        onSubmit={onSubmit}
        validationBehavior="aria"
        validationErrors={errors}
      >
        <RadioGroupField
          name="answer"
          legend={label.answer}
          options={EMPLOYER_ANSWERS.map((value) => ({
            value,
            label: t(`answers.${value}`),
            description: t(`answerHelp.${value}`),
          }))}
          value={fields.answer}
          onChange={set('answer')}
          isRequired
        />
        {shown.includes('startDate') ? (
          <DateField
            name="startDate"
            label={label.startDate}
            value={fields.startDate}
            onChange={set('startDate')}
            error={errors.startDate}
            isRequired
          />
        ) : null}
        {shown.includes('employmentKind') ? (
          <RadioGroupField
            name="employmentKind"
            legend={label.employmentKind}
            options={HIRED_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
            value={fields.employmentKind}
            onChange={set('employmentKind')}
            isRequired
          />
        ) : null}
        {shown.includes('employmentForm') ? (
          <SelectField
            name="employmentForm"
            label={label.employmentForm}
            placeholder={t('form.chooseForm')}
            options={HIRED_FORMS.map((value) => ({ value, label: t(`forms.${value}`) }))}
            value={fields.employmentForm}
            onChange={(event) => set('employmentForm')(event.currentTarget.value)}
          />
        ) : null}
        {shown.includes('reason') ? (
          <SelectField
            name="reason"
            label={label.reason}
            placeholder={t('form.chooseReason')}
            options={NOT_RELEVANT_REASONS.map((value) => ({ value, label: t(`reasons.${value}`) }))}
            value={fields.reason}
            onChange={(event) => set('reason')(event.currentTarget.value)}
            isRequired
          />
        ) : null}
        <TextAreaField
          name="note"
          label={label.note}
          description={t('form.noteHelp')}
          rows={3}
          value={fields.note}
          onChange={set('note')}
          maxLength={maxLengths.EmployerAnswerBody.note}
        />
        <div className="form__actions">
          <Button
            type="submit"
            isPending={answer.isPending}
            aria-label={answer.isPending ? undefined : t('form.sendLabel', { name: candidate.displayName })}
          >
            {answer.isPending ? t('form.sending') : t('form.send')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
