import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EDUCATION_LEVELS,
  type EducationLevel,
  type EnrolmentView,
  REFERRAL_SOURCES,
  type ReferralSource,
} from '../../../../api/types.ts';
import { useAnnounce } from '../../../../components/Announcer.tsx';
import { DateField } from '../../../../components/DateField.tsx';
import { EditableCard, EditableCardActions } from '../../../../components/EditableCard.tsx';
import { checkDate } from '../../../../components/input-checks.ts';
import { TextField } from '../../../../components/TextField.tsx';
import { usePatchEnrolment } from '../../api/enrolment.ts';
import { useParticipant } from '../../api/participant.ts';
import { FormWithFeedback } from '../../components/FormWithFeedback.tsx';
import { CheckboxField, SelectField } from '../../components/fields.tsx';
import { useFormErrors } from '../../components/form-errors.tsx';
import { useBaseVersion } from '../../components/use-base-version.ts';
import { formatDate, textOrNull } from '../../format.ts';
import { useParticipantT } from '../../i18n/index.ts';

interface EnrolmentCardProps {
  participantId: string;
  enrolment: EnrolmentView;
  canWrite: boolean;
}

/** The facts registered at intake for a period: shown as facts, corrected in place. */
export function EnrolmentCard({ participantId, enrolment, canWrite }: EnrolmentCardProps) {
  const { t } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const patch = usePatchEnrolment(enrolment.id);
  const reload = useParticipant(participantId);
  const form = useFormErrors();
  const { baseVersion, setBaseVersion, reloadLatest } = useBaseVersion({
    version: enrolment.version,
    form,
    reload: reload.refetch,
    versionOf: (latest) => latest.enrolments.find((e) => e.id === enrolment.id)?.version,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const months = textOrNull(data.get('monthsWithoutWork'));
    const local: Record<string, string> = {};
    const enrolledAt =
      checkDate(local, 'enrolledAt', data.get('enrolledAt'), tShared, {
        required: t('form.required', { field: t('intake.enrolledAt').toLowerCase() }),
      }) ?? '';
    const afRegisteredSince = checkDate(local, 'afRegisteredSince', data.get('afRegisteredSince'), tShared);
    if (months !== null && !/^\d{1,3}$/.test(months)) local.monthsWithoutWork = t('form.numberInvalid');
    if (form.show(local)) return;
    patch.mutate(
      {
        version: baseVersion,
        enrolledAt,
        referralSource: String(data.get('referralSource')) as ReferralSource,
        educationLevel: (textOrNull(data.get('educationLevel')) as EducationLevel | null) ?? null,
        monthsWithoutWork: months === null ? null : Number(months),
        incomeSupport: data.get('incomeSupport') === 'true',
        afRegisteredSince,
      },
      {
        onSuccess: (updated) => {
          setBaseVersion(updated.version);
          setEditing(false);
          announce(t('overview.enrolmentSaved'));
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <EditableCard
      headingId="overview-enrolment"
      title={t('overview.enrolmentHeading')}
      editLabel={t('overview.editEnrolment')}
      canEdit={canWrite}
      isEditing={editing}
      onEdit={() => {
        setBaseVersion(enrolment.version);
        setEditing(true);
      }}
      view={<EnrolmentFacts enrolment={enrolment} />}
    >
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form form--compact"
        onReload={() => void reloadLatest()}
        isReloading={reload.isFetching}
      >
        <DateField
          name="enrolledAt"
          label={t('intake.enrolledAt')}
          defaultValue={enrolment.enrolledAt}
          isRequired
        />
        <SelectField
          name="referralSource"
          label={t('intake.referralSource')}
          options={REFERRAL_SOURCES.map((value) => ({ value, label: t(`labels.referralSource.${value}`) }))}
          defaultValue={enrolment.referralSource}
          isRequired
        />
        <SelectField
          name="educationLevel"
          label={t('intake.educationLevel')}
          placeholder={t('common.unknown')}
          options={EDUCATION_LEVELS.map((value) => ({ value, label: t(`labels.educationLevel.${value}`) }))}
          defaultValue={enrolment.educationLevel ?? ''}
        />
        <TextField
          name="monthsWithoutWork"
          label={t('intake.monthsWithoutWork')}
          description={t('intake.monthsWithoutWorkDescription')}
          inputMode="numeric"
          inputClassName="field__input--short"
          defaultValue={enrolment.monthsWithoutWork?.toString() ?? ''}
        />
        <DateField
          name="afRegisteredSince"
          label={t('intake.afRegistered')}
          description={t('intake.afRegisteredDescription')}
          defaultValue={enrolment.afRegisteredSince ?? ''}
        />
        <CheckboxField
          name="incomeSupport"
          label={t('intake.incomeSupport')}
          defaultChecked={enrolment.incomeSupport}
        />
        <EditableCardActions
          saveLabel={t('common.save')}
          cancelLabel={t('common.cancel')}
          isSaving={patch.isPending}
          onCancel={() => {
            form.clear();
            setEditing(false);
          }}
        />
      </FormWithFeedback>
    </EditableCard>
  );
}

function EnrolmentFacts({ enrolment }: { enrolment: EnrolmentView }) {
  const { t, language } = useParticipantT();
  return (
    <dl className="facts">
      <div>
        <dt>{t('detail.enrolledAt')}</dt>
        <dd>{formatDate(enrolment.enrolledAt, language)}</dd>
      </div>
      <div>
        <dt>{t('overview.referralSource')}</dt>
        <dd>{t(`labels.referralSource.${enrolment.referralSource}`)}</dd>
      </div>
      <div>
        <dt>{t('overview.educationLevel')}</dt>
        <dd>
          {enrolment.educationLevel
            ? t(`labels.educationLevel.${enrolment.educationLevel}`)
            : t('common.unknown')}
        </dd>
      </div>
      <div>
        <dt>{t('overview.monthsWithoutWork')}</dt>
        <dd>{enrolment.monthsWithoutWork ?? t('common.unknown')}</dd>
      </div>
      <div>
        <dt>{t('overview.incomeSupport')}</dt>
        <dd>{enrolment.incomeSupport ? t('common.yes') : t('common.no')}</dd>
      </div>
      <div>
        <dt>{t('overview.afRegisteredSince')}</dt>
        <dd>{formatDate(enrolment.afRegisteredSince, language) || t('common.none')}</dd>
      </div>
      <div>
        <dt>{t('overview.ageAtEnrolment')}</dt>
        <dd>{t('list.years', { count: enrolment.ageAtEnrolment })}</dd>
      </div>
    </dl>
  );
}
