import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMPLOYMENT_KINDS,
  type EmploymentKind,
  type EnrolmentView,
  EXIT_CATEGORIES,
  type ExitBody,
  type ExitCategory,
  maxLengths,
  STUDY_KINDS,
  type StudyKind,
  SUBSIDY_KINDS,
  type SubsidyKind,
} from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { checkDate, checkLength } from '../../../components/input-checks.ts';
import { TextField } from '../../../components/TextField.tsx';
import { useCorrectExit } from '../api/corrections.ts';
import { useEmployers } from '../api/employers.ts';
import { useExit } from '../api/enrolment.ts';
import { useFollowUps } from '../api/follow-ups.ts';
import { useInterventions } from '../api/interventions.ts';
import { useParticipant } from '../api/participant.ts';
import { CorrectionHistory } from '../components/CorrectionHistory.tsx';
import { EmployerPicker } from '../components/EmployerPicker.tsx';
import { FormWithFeedback } from '../components/FormWithFeedback.tsx';
import { CheckboxField, RadioGroupField, SelectField, TextAreaField } from '../components/fields.tsx';
import { useFormErrors } from '../components/form-errors.tsx';
import { useBaseVersion } from '../components/use-base-version.ts';
import { formatDate, textOrNull, todayIso } from '../format.ts';
import { useParticipantT } from '../i18n/index.ts';
import type { SectionProps } from '../ParticipantPage.tsx';

export function ExitSection({
  participant,
  enrolment,
  canWrite,
  latest,
}: SectionProps & { latest: EnrolmentView | null }) {
  const { t } = useParticipantT();
  const [correcting, setCorrecting] = useState(false);
  const exited = latest?.exit ? latest : null;
  const mayCorrect = participant.permissions.correct && exited !== null;
  return (
    <section aria-labelledby="exit-heading" className="section-stack">
      <div>
        <h2 id="exit-heading">{t('exit.heading')}</h2>
        <p className="muted">{t('exit.intro')}</p>
      </div>
      {exited ? (
        <ExitSummary
          participantId={participant.id}
          enrolment={exited}
          onCorrect={mayCorrect && !correcting ? () => setCorrecting(true) : undefined}
        />
      ) : null}
      {exited && correcting ? (
        <ExitForm
          participantId={participant.id}
          enrolment={exited}
          mode="correct"
          onDone={() => setCorrecting(false)}
        />
      ) : null}
      {enrolment && canWrite ? (
        <ExitForm participantId={participant.id} enrolment={enrolment} mode="register" />
      ) : enrolment ? (
        // Open, but not this person's to close (a manager reads it): say so, not "no open period".
        <p className="empty-state">{t('exit.openNotYours')}</p>
      ) : !exited ? (
        <p className="empty-state">{t('exit.noOpen')}</p>
      ) : null}
    </section>
  );
}

function ExitSummary({
  participantId,
  enrolment,
  onCorrect,
}: {
  participantId: string;
  enrolment: EnrolmentView;
  onCorrect: (() => void) | undefined;
}) {
  const { t, language } = useParticipantT();
  const employers = useEmployers();
  const exit = enrolment.exit;
  if (!exit) return null;
  const employerName =
    exit.employment?.employerName ??
    employers.data?.items.find((employer) => employer.id === exit.employment?.employerId)?.name ??
    null;
  const pending = exit.status === 'pending_verification';
  return (
    <div className="panel">
      <h3>{t('exit.closedHeading')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('exit.date')}</dt>
          <dd className="tabular">{formatDate(exit.date, language)}</dd>
        </div>
        <div>
          <dt>{t('exit.registeredCategory')}</dt>
          <dd>{t(`labels.exitCategory.${exit.category}`)}</dd>
        </div>
        {exit.employment ? (
          <>
            <div>
              <dt>{t('exit.employmentKind')}</dt>
              <dd>{t(`labels.employmentKind.${exit.employment.kind}`)}</dd>
            </div>
            <div>
              <dt>{t('exit.startDate')}</dt>
              <dd className="tabular">{formatDate(exit.employment.startDate, language)}</dd>
            </div>
            {employerName ? (
              <div>
                <dt>{t('exit.employer')}</dt>
                <dd>{employerName}</dd>
              </div>
            ) : null}
          </>
        ) : null}
        {exit.studies ? (
          <>
            <div>
              <dt>{t('exit.studyKind')}</dt>
              <dd>{t(`labels.studyKind.${exit.studies.kind}`)}</dd>
            </div>
            <div>
              <dt>{t('exit.studentFinance')}</dt>
              <dd>{exit.studies.studentFinanceEligible ? t('common.yes') : t('common.no')}</dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t('exit.koladaCategory')}</dt>
          <dd>
            <strong>{t(`labels.koladaCategory.${exit.koladaCategory}`)}</strong>{' '}
            <span className={`badge ${pending ? 'badge--warning' : 'badge--success'}`}>
              {pending ? t('exit.pending') : t('exit.verified')}
            </span>
          </dd>
        </div>
      </dl>
      <p>{exit.reasonText}</p>
      {pending && exit.employment?.verificationDueDate ? (
        <Alert tone="info">
          {t('exit.verificationDue', { date: formatDate(exit.employment.verificationDueDate, language) })}
        </Alert>
      ) : null}
      <CorrectionHistory
        participantId={participantId}
        subjectId={enrolment.id}
        label={(field) => exitFieldLabel(field, t)}
        format={(field, value) => exitValueLabel(field, value, t, language)}
      />
      {onCorrect ? (
        <div className="form__actions">
          <Button variant="secondary" onPress={onCorrect}>
            {t('exit.correct')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

type ExitT = ReturnType<typeof useParticipantT>['t'];

/** The exit's fields as the correction history names them. */
function exitFieldLabel(field: string, t: ExitT): string {
  const labels: Record<string, string> = {
    date: t('exit.date'),
    category: t('exit.registeredCategory'),
    koladaCategory: t('exit.koladaCategory'),
    'employment.kind': t('exit.employmentKind'),
    'employment.startDate': t('exit.startDate'),
    'employment.employerName': t('exit.employer'),
    'employment.occupationId': t('exit.occupation'),
    'employment.subsidy': t('exit.subsidy'),
    'studies.kind': t('exit.studyKind'),
    'studies.studentFinanceEligible': t('exit.studentFinance'),
    'studies.provider': t('exit.provider'),
    note: t('exit.note'),
  };
  return labels[field] ?? field;
}

function exitValueLabel(field: string, value: unknown, t: ExitT, language: string): string | undefined {
  const v = String(value);
  if (field === 'category') return t(`labels.exitCategory.${v as ExitCategory}`);
  if (field === 'koladaCategory') return t(`labels.koladaCategory.${v as 'A'}`);
  if (field === 'employment.kind') return t(`labels.employmentKind.${v as EmploymentKind}`);
  if (field === 'studies.kind') return t(`labels.studyKind.${v as StudyKind}`);
  if (field === 'employment.subsidy') return t(`labels.subsidyKind.${v as SubsidyKind}`);
  if (field === 'date' || field === 'employment.startDate') return formatDate(v, language);
  return undefined;
}

/**
 * Registers the exit (mode "register": the open items of the period are listed, to end or keep),
 * or corrects a recorded one (mode "correct": the form starts from it and asks why).
 */
function ExitForm({
  participantId,
  enrolment,
  mode,
  onDone,
}: {
  participantId: string;
  enrolment: EnrolmentView;
  mode: 'register' | 'correct';
  onDone?: () => void;
}) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const register = useExit(enrolment.id);
  const correct = useCorrectExit(enrolment.id);
  const exit = mode === 'register' ? register : correct;
  const reload = useParticipant(participantId);
  const form = useFormErrors();
  const recorded = mode === 'correct' ? enrolment.exit : null;
  const [category, setCategory] = useState<ExitCategory | ''>(recorded?.category ?? '');
  const [employmentKind, setEmploymentKind] = useState<EmploymentKind | ''>(recorded?.employment?.kind ?? '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (mode === 'correct') headingRef.current?.focus();
  }, [mode]);
  const { baseVersion, reloadLatest } = useBaseVersion({
    version: enrolment.version,
    form,
    reload: reload.refetch,
    versionOf: (latest) => latest.enrolments.find((e) => e.id === enrolment.id)?.version,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const local: Record<string, string> = {};
    const note = textOrNull(data.get('note'));
    if (!category) local.category = t('form.chooseOne');
    const date = checkDate(local, 'date', data.get('date'), tShared, {
      required: t('form.required', { field: t('exit.date').toLowerCase() }),
    });
    let employment: ExitBody['employment'];
    let studies: ExitBody['studies'];
    if (category === 'work') {
      const subsidy = textOrNull(data.get('employment.subsidy')) as SubsidyKind | null;
      if (!employmentKind) local['employment.kind'] = t('form.chooseOne');
      const startDate = checkDate(local, 'employment.startDate', data.get('employment.startDate'), tShared, {
        required: t('form.required', { field: t('exit.startDate').toLowerCase() }),
      });
      if (employmentKind === 'subsidised' && !subsidy) local['employment.subsidy'] = t('form.chooseOne');
      if (employmentKind && startDate !== null) {
        employment = {
          kind: employmentKind,
          startDate,
          employerId: textOrNull(data.get('employment.employerId')),
          subsidy: employmentKind === 'subsidised' ? subsidy : null,
        };
      }
    }
    if (category === 'studies') {
      const kind = textOrNull(data.get('studies.kind')) as StudyKind | null;
      if (!kind) local['studies.kind'] = t('form.chooseOne');
      else
        studies = {
          kind,
          studentFinanceEligible: data.get('studies.studentFinanceEligible') === 'true',
          provider: textOrNull(data.get('studies.provider')),
        };
    }
    checkLength(local, 'note', note, maxLengths.ExitBody.note, tShared, language);
    const reason = textOrNull(data.get('reason'));
    if (mode === 'correct' && !reason) local.reason = t('form.reasonRequired');
    if (form.show(local) || !category || date === null) return;
    const body = {
      version: baseVersion,
      date,
      category,
      ...(employment ? { employment } : {}),
      ...(studies ? { studies } : {}),
      note,
    };
    if (mode === 'correct') {
      correct.mutate(
        { ...body, reason: reason ?? '' },
        {
          onSuccess: () => {
            announce(t('exit.corrected'));
            onDone?.();
          },
          onError: form.handleError,
        },
      );
      return;
    }
    register.mutate(
      {
        ...body,
        close: {
          interventionIds: data.getAll('close.interventionIds').map(String),
          followUpIds: data.getAll('close.followUpIds').map(String),
        },
      },
      { onSuccess: () => announce(t('exit.done')), onError: form.handleError },
    );
  }

  return (
    <div className="panel">
      {mode === 'correct' ? (
        <h3 ref={headingRef} tabIndex={-1}>
          {t('exit.correctHeading')}
        </h3>
      ) : null}
      <Alert tone="info">{t('exit.workNote')}</Alert>
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form"
        onReload={() => void reloadLatest()}
        isReloading={reload.isFetching}
      >
        <RadioGroupField
          name="category"
          legend={t('exit.category')}
          options={EXIT_CATEGORIES.map((value) => ({
            value,
            label: t(`labels.exitCategory.${value}`),
            description: t(`labels.exitCategoryHelp.${value}`),
          }))}
          value={category}
          onChange={(value) => setCategory(value as ExitCategory)}
          isRequired
        />
        <DateField
          name="date"
          label={t('exit.date')}
          defaultValue={recorded?.date ?? todayIso()}
          isRequired
        />

        {category === 'work' ? (
          <fieldset className="form-section">
            <legend className="form-section__legend">{t('exit.employmentHeading')}</legend>
            <div className="form-grid">
              <RadioGroupField
                name="employment.kind"
                legend={t('exit.employmentKind')}
                options={EMPLOYMENT_KINDS.map((value) => ({
                  value,
                  label: t(`labels.employmentKind.${value}`),
                  // Kommunal arbetsmarknadsanställning is E in Kolada: said where it is chosen.
                  description: t(`exit.kindCounts.${value}`),
                }))}
                value={employmentKind}
                onChange={(value) => setEmploymentKind(value as EmploymentKind)}
                isRequired
              />
              {employmentKind === 'subsidised' ? (
                <SelectField
                  name="employment.subsidy"
                  label={t('exit.subsidy')}
                  placeholder={t('common.choose')}
                  options={SUBSIDY_KINDS.map((value) => ({ value, label: t(`labels.subsidyKind.${value}`) }))}
                  defaultValue={recorded?.employment?.subsidy ?? undefined}
                  isRequired
                />
              ) : null}
              <DateField
                name="employment.startDate"
                label={t('exit.startDate')}
                defaultValue={recorded?.employment?.startDate ?? undefined}
                isRequired
              />
              <EmployerPicker
                name="employment.employerId"
                label={t('exit.employer')}
                defaultValue={recorded?.employment?.employerId ?? undefined}
              />
            </div>
            {employmentKind === 'municipal_labour_market' ? (
              <Alert tone="info">{t('exit.municipalWarning')}</Alert>
            ) : null}
          </fieldset>
        ) : null}

        {category === 'studies' ? (
          <fieldset className="form-section">
            <legend className="form-section__legend">{t('exit.studiesHeading')}</legend>
            <div className="form-grid">
              <SelectField
                name="studies.kind"
                label={t('exit.studyKind')}
                placeholder={t('common.choose')}
                options={STUDY_KINDS.map((value) => ({ value, label: t(`labels.studyKind.${value}`) }))}
                defaultValue={recorded?.studies?.kind ?? undefined}
                isRequired
              />
              <TextField
                name="studies.provider"
                label={`${t('exit.provider')} ${t('common.optional')}`}
                defaultValue={recorded?.studies?.provider ?? undefined}
              />
            </div>
            <CheckboxField
              name="studies.studentFinanceEligible"
              label={t('exit.studentFinance')}
              description={t('exit.studentFinanceDescription')}
              defaultChecked={recorded?.studies?.studentFinanceEligible ?? false}
            />
          </fieldset>
        ) : null}

        <TextAreaField
          name="note"
          label={`${t('exit.note')} ${t('common.optional')}`}
          rows={3}
          maxLength={maxLengths.ExitBody.note}
          defaultValue={recorded?.note ?? undefined}
        />
        {mode === 'register' ? <OpenItems enrolmentId={enrolment.id} /> : null}
        {mode === 'correct' ? (
          <TextAreaField
            name="reason"
            label={t('exit.reason')}
            description={t('exit.reasonDescription')}
            rows={2}
            maxLength={maxLengths.ExitCorrectionBody.reason}
            isRequired
          />
        ) : null}
        <div className="form__actions">
          <Button type="submit" isPending={exit.isPending}>
            {mode === 'correct'
              ? t('exit.correctSubmit')
              : exit.isPending
                ? t('exit.submitting')
                : t('exit.submit')}
          </Button>
          {mode === 'correct' ? (
            <Button variant="secondary" onPress={() => onDone?.()}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </FormWithFeedback>
    </div>
  );
}

/**
 * What is still open in the period: planned or ongoing interventions and follow-ups not yet done.
 * Each is ended with the exit unless the coach unticks it (kept, e.g. a follow-up after the job starts).
 */
function OpenItems({ enrolmentId }: { enrolmentId: string }) {
  const { t, language } = useParticipantT();
  const interventions = useInterventions(enrolmentId);
  const followUps = useFollowUps(enrolmentId);
  const openInterventions = (interventions.data?.items ?? []).filter(
    (i) => i.status === 'planned' || i.status === 'active',
  );
  const openFollowUps = (followUps.data?.items ?? []).filter(
    (f) => !f.done && !f.cancelled && f.kind !== 'exit_verification',
  );
  if (openInterventions.length === 0 && openFollowUps.length === 0) return null;
  return (
    <fieldset className="form-section">
      <legend className="form-section__legend">{t('exit.openItems')}</legend>
      <p className="muted">{t('exit.openItemsIntro')}</p>
      {openInterventions.map((i) => (
        <CheckboxField
          key={i.id}
          name="close.interventionIds"
          value={i.id}
          defaultChecked
          label={t(i.status === 'planned' ? 'exit.cancelIntervention' : 'exit.endIntervention', {
            title: i.title,
          })}
        />
      ))}
      {openFollowUps.map((f) => (
        <CheckboxField
          key={f.id}
          name="close.followUpIds"
          value={f.id}
          defaultChecked
          label={t('exit.cancelFollowUp', {
            date: formatDate(f.dueDate, language),
            purpose: f.purpose ?? '',
          })}
        />
      ))}
    </fieldset>
  );
}
