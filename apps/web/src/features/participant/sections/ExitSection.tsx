import { type FormEvent, useState } from 'react';
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
import { useEmployers } from '../api/employers.ts';
import { useExit } from '../api/enrolment.ts';
import { useParticipant } from '../api/participant.ts';
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
  return (
    <section aria-labelledby="exit-heading" className="section-stack">
      <div>
        <h2 id="exit-heading">{t('exit.heading')}</h2>
        <p className="muted">{t('exit.intro')}</p>
      </div>
      {latest?.exit ? <ExitSummary enrolment={latest} /> : null}
      {enrolment && canWrite ? (
        <ExitForm participantId={participant.id} enrolment={enrolment} />
      ) : !latest?.exit ? (
        <p className="empty-state">{t('exit.noOpen')}</p>
      ) : null}
    </section>
  );
}

function ExitSummary({ enrolment }: { enrolment: EnrolmentView }) {
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
    </div>
  );
}

function ExitForm({ participantId, enrolment }: { participantId: string; enrolment: EnrolmentView }) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const exit = useExit(enrolment.id);
  const reload = useParticipant(participantId);
  const form = useFormErrors();
  const [category, setCategory] = useState<ExitCategory | ''>('');
  const [employmentKind, setEmploymentKind] = useState<EmploymentKind | ''>('');
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
    if (form.show(local) || !category || date === null) return;
    exit.mutate(
      {
        version: baseVersion,
        date,
        category,
        ...(employment ? { employment } : {}),
        ...(studies ? { studies } : {}),
        note,
      },
      { onSuccess: () => announce(t('exit.done')), onError: form.handleError },
    );
  }

  return (
    <div className="panel">
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
        <DateField name="date" label={t('exit.date')} defaultValue={todayIso()} isRequired />

        {category === 'work' ? (
          <fieldset className="form-section">
            <legend className="form-section__legend">{t('exit.employmentHeading')}</legend>
            <div className="form-grid">
              <SelectField
                name="employment.kind"
                label={t('exit.employmentKind')}
                placeholder={t('common.choose')}
                options={EMPLOYMENT_KINDS.map((value) => ({
                  value,
                  label: t(`labels.employmentKind.${value}`),
                }))}
                value={employmentKind}
                onChange={(event) => setEmploymentKind(event.currentTarget.value as EmploymentKind | '')}
                isRequired
              />
              {employmentKind === 'subsidised' ? (
                <SelectField
                  name="employment.subsidy"
                  label={t('exit.subsidy')}
                  placeholder={t('common.choose')}
                  options={SUBSIDY_KINDS.map((value) => ({ value, label: t(`labels.subsidyKind.${value}`) }))}
                  isRequired
                />
              ) : null}
              <DateField name="employment.startDate" label={t('exit.startDate')} isRequired />
              <EmployerPicker name="employment.employerId" label={t('exit.employer')} />
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
                isRequired
              />
              <TextField name="studies.provider" label={`${t('exit.provider')} ${t('common.optional')}`} />
            </div>
            <CheckboxField
              name="studies.studentFinanceEligible"
              label={t('exit.studentFinance')}
              description={t('exit.studentFinanceDescription')}
            />
          </fieldset>
        ) : null}

        <TextAreaField
          name="note"
          label={`${t('exit.note')} ${t('common.optional')}`}
          rows={3}
          maxLength={maxLengths.ExitBody.note}
        />
        <div className="form__actions">
          <Button type="submit" isPending={exit.isPending}>
            {exit.isPending ? t('exit.submitting') : t('exit.submit')}
          </Button>
        </div>
      </FormWithFeedback>
    </div>
  );
}
