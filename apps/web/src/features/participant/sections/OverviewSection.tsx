import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../api/auth.ts';
import { errorMessage } from '../../../api/messages.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { TextField } from '../../../components/TextField.tsx';
import {
  EDUCATION_LEVELS,
  type EducationLevel,
  type EnrolmentView,
  REFERRAL_SOURCES,
  type ReferralSource,
  useAssignCoach,
  useCaseloadUnits,
  useParticipant,
  usePatchEnrolment,
  usePatchParticipant,
} from '../api.ts';
import { FormWithFeedback } from '../components/FormWithFeedback.tsx';
import { CheckboxField, SelectField } from '../components/fields.tsx';
import { ConflictNotice, ErrorSummary, useFormErrors } from '../components/form-errors.tsx';
import { formatDate, formatDateTime, isIsoDate, textOrNull } from '../format.ts';
import { useParticipantT } from '../i18n/index.ts';
import type { SectionProps } from '../ParticipantPage.tsx';

export function OverviewSection({ participant, enrolment, canWrite }: SectionProps) {
  const { t, language } = useParticipantT();
  const latest = enrolment ?? participant.enrolments[0] ?? null;

  return (
    <div className="section-stack">
      <div className="two-columns">
        <ContactCard participant={participant} canWrite={canWrite} />
        {latest ? (
          <EnrolmentCard
            participantId={participant.id}
            enrolment={latest}
            canWrite={canWrite && enrolment !== null}
          />
        ) : null}
      </div>

      {latest ? (
        <CoachPanel
          participantId={participant.id}
          enrolment={latest}
          canReassign={participant.permissions.reassign}
          isOpen={enrolment !== null}
        />
      ) : null}

      <section className="panel" aria-labelledby="overview-periods">
        <h2 id="overview-periods" className="panel__title">
          {t('overview.periodsHeading')}
        </h2>
        <table className="data-table">
          <caption className="visually-hidden">{t('overview.periodsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.period')}</th>
              <th scope="col">{t('detail.unit')}</th>
              <th scope="col">{t('detail.coach')}</th>
              <th scope="col">{t('overview.exit')}</th>
            </tr>
          </thead>
          <tbody>
            {participant.enrolments.map((period) => (
              <tr key={period.id}>
                <td className="nowrap tabular">
                  {formatDate(period.enrolledAt, language)} – {formatDate(period.exit?.date, language)}
                </td>
                <td>{period.unitName}</td>
                <td>{period.coach?.displayName ?? t('common.unassigned')}</td>
                <td>
                  {period.exit
                    ? t(`labels.koladaCategory.${period.exit.koladaCategory}`)
                    : t('overview.ongoing')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

function ContactCard({ participant, canWrite }: Pick<SectionProps, 'participant' | 'canWrite'>) {
  const { t } = useParticipantT();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [baseVersion, setBaseVersion] = useState(participant.version);
  const patch = usePatchParticipant(participant.id);
  const reload = useParticipant(participant.id);
  const form = useFormErrors();
  const contact = participant.contact;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const firstName = String(data.get('firstName') ?? '').trim();
    const lastName = String(data.get('lastName') ?? '').trim();
    const local: Record<string, string> = {};
    if (!firstName) local.firstName = t('form.required', { field: t('intake.firstName').toLowerCase() });
    if (!lastName) local.lastName = t('form.required', { field: t('intake.lastName').toLowerCase() });
    if (form.show(local)) return;
    patch.mutate(
      {
        version: baseVersion,
        firstName,
        lastName,
        contact: {
          phone: textOrNull(data.get('phone')),
          email: textOrNull(data.get('email')),
          address: textOrNull(data.get('address')),
          preferredLanguage: textOrNull(data.get('preferredLanguage')),
        },
      },
      {
        onSuccess: (updated) => {
          setEditing(false);
          setBaseVersion(updated.version);
          announce(t('overview.contactSaved'));
        },
        onError: form.handleError,
      },
    );
  }

  async function reloadLatest() {
    const result = await reload.refetch();
    if (result.data) setBaseVersion(result.data.version);
    form.setConflict(false);
    announce(t('conflict.reloaded'));
  }

  const rows: Array<[string, string | null]> = [
    [t('intake.phone'), contact.phone],
    [t('intake.email'), contact.email],
    [t('intake.address'), contact.address],
    [t('intake.preferredLanguage'), contact.preferredLanguage],
  ];

  return (
    <section className="panel" aria-labelledby="overview-contact">
      <h2 id="overview-contact" className="panel__title">
        {t('overview.contactHeading')}
      </h2>
      {!editing ? (
        <>
          <dl className="facts">
            {rows.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value ?? t('common.none')}</dd>
              </div>
            ))}
          </dl>
          {canWrite ? (
            <Button
              variant="secondary"
              onPress={() => {
                setBaseVersion(participant.version);
                setEditing(true);
              }}
            >
              {t('overview.editContact')}
            </Button>
          ) : null}
        </>
      ) : (
        <FormWithFeedback
          form={form}
          onSubmit={onSubmit}
          className="form form--compact"
          onReload={() => void reloadLatest()}
          isReloading={reload.isFetching}
        >
          <TextField
            name="firstName"
            label={t('intake.firstName')}
            defaultValue={participant.firstName}
            isRequired
          />
          <TextField
            name="lastName"
            label={t('intake.lastName')}
            defaultValue={participant.lastName}
            isRequired
          />
          <TextField name="phone" type="tel" label={t('intake.phone')} defaultValue={contact.phone ?? ''} />
          <TextField name="email" type="email" label={t('intake.email')} defaultValue={contact.email ?? ''} />
          <TextField name="address" label={t('intake.address')} defaultValue={contact.address ?? ''} />
          <TextField
            name="preferredLanguage"
            label={t('intake.preferredLanguage')}
            defaultValue={contact.preferredLanguage ?? ''}
          />
          <div className="form__actions">
            <Button type="submit" isPending={patch.isPending}>
              {t('common.save')}
            </Button>
            <Button
              variant="quiet"
              onPress={() => {
                form.clear();
                setEditing(false);
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </FormWithFeedback>
      )}
    </section>
  );
}

function CoachPanel({
  participantId,
  enrolment,
  canReassign,
  isOpen,
}: {
  participantId: string;
  enrolment: EnrolmentView;
  canReassign: boolean;
  isOpen: boolean;
}) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const user = useCurrentUser();
  const units = useCaseloadUnits();
  const assign = useAssignCoach(enrolment.id);
  const reload = useParticipant(participantId);
  const form = useFormErrors();
  const coaches = units.data?.units.find((unit) => unit.id === enrolment.unitId)?.coaches ?? [];
  const isManager = user.role === 'manager' || user.role === 'admin';
  const canTakeOver = isOpen && user.role === 'coach' && enrolment.coach === null;
  // A fresh form after a change, so the reason typed for it does not linger.
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const coachId = textOrNull(data.get('coachId'));
    form.clear();
    assign.mutate(
      { version: enrolment.version, coachId, reason: textOrNull(data.get('reason')) },
      {
        onSuccess: () => {
          announce(t('overview.reassigned'));
          setFormKey((k) => k + 1);
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="overview-coach">
      <h2 id="overview-coach" className="panel__title">
        {t('overview.coachHeading')}
      </h2>
      <table className="data-table">
        <caption className="visually-hidden">{t('overview.coachHistoryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('detail.coach')}</th>
            <th scope="col">{t('overview.coachFrom')}</th>
            <th scope="col">{t('overview.coachTo')}</th>
            <th scope="col">{t('overview.assignedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {enrolment.coachHistory.map((entry) => (
            <tr key={`${entry.from}-${entry.coach?.id ?? 'none'}`}>
              <td>{entry.coach?.displayName ?? t('common.unassigned')}</td>
              <td className="nowrap tabular">{formatDateTime(entry.from, language)}</td>
              <td className="nowrap tabular">
                {entry.to ? formatDateTime(entry.to, language) : t('overview.ongoing')}
              </td>
              <td>{entry.assignedBy?.displayName ?? t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {form.conflict ? (
        <ConflictNotice
          onReload={() => void reload.refetch().then(() => form.setConflict(false))}
          isReloading={reload.isFetching}
        />
      ) : null}
      {form.failure ? <Alert tone="error">{errorMessage(form.failure, tShared)}</Alert> : null}

      {canTakeOver ? (
        <Button
          variant="secondary"
          isPending={assign.isPending}
          onPress={() =>
            assign.mutate(
              { version: enrolment.version, coachId: user.id },
              { onSuccess: () => announce(t('overview.tookOver')), onError: form.handleError },
            )
          }
        >
          {t('overview.takeOver')}
        </Button>
      ) : null}

      {isOpen && isManager && canReassign ? (
        <Form
          key={`${formKey}-${enrolment.version}`}
          ref={form.formRef}
          className="form form--compact"
          onSubmit={onSubmit}
          validationBehavior="aria"
          validationErrors={form.fieldErrors}
        >
          <h3>{t('overview.reassignHeading')}</h3>
          <ErrorSummary problems={form.problems} formRef={form.formRef} />
          <SelectField
            name="coachId"
            label={t('overview.newCoach')}
            options={[
              { value: '', label: t('overview.noCoach') },
              ...coaches.map((coach) => ({ value: coach.id, label: coach.displayName })),
            ]}
            defaultValue={enrolment.coach?.id ?? ''}
          />
          <TextField name="reason" label={`${t('overview.reason')} ${t('common.optional')}`} />
          <div className="form__actions">
            <Button type="submit" isPending={assign.isPending}>
              {t('overview.reassign')}
            </Button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}

function EnrolmentCard({
  participantId,
  enrolment,
  canWrite,
}: {
  participantId: string;
  enrolment: EnrolmentView;
  canWrite: boolean;
}) {
  const { t, language } = useParticipantT();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [baseVersion, setBaseVersion] = useState(enrolment.version);
  const patch = usePatchEnrolment(enrolment.id);
  const reload = useParticipant(participantId);
  const form = useFormErrors();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const enrolledAt = String(data.get('enrolledAt') ?? '');
    const afRegisteredSince = textOrNull(data.get('afRegisteredSince'));
    const months = textOrNull(data.get('monthsWithoutWork'));
    const local: Record<string, string> = {};
    if (!isIsoDate(enrolledAt)) local.enrolledAt = t('form.dateInvalid');
    if (afRegisteredSince && !isIsoDate(afRegisteredSince)) local.afRegisteredSince = t('form.dateInvalid');
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

  async function reloadLatest() {
    const result = await reload.refetch();
    const fresh = result.data?.enrolments.find((e) => e.id === enrolment.id);
    if (fresh) setBaseVersion(fresh.version);
    form.setConflict(false);
    announce(t('conflict.reloaded'));
  }

  return (
    <section className="panel" aria-labelledby="overview-enrolment">
      <h2 id="overview-enrolment" className="panel__title">
        {t('overview.enrolmentHeading')}
      </h2>
      {!editing ? (
        <>
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
          {canWrite ? (
            <Button
              variant="secondary"
              onPress={() => {
                setBaseVersion(enrolment.version);
                setEditing(true);
              }}
            >
              {t('overview.editEnrolment')}
            </Button>
          ) : null}
        </>
      ) : (
        <FormWithFeedback
          form={form}
          onSubmit={onSubmit}
          className="form form--compact"
          onReload={() => void reloadLatest()}
          isReloading={reload.isFetching}
        >
          <TextField
            name="enrolledAt"
            type="date"
            label={t('intake.enrolledAt')}
            defaultValue={enrolment.enrolledAt}
            isRequired
          />
          <SelectField
            name="referralSource"
            label={t('intake.referralSource')}
            options={REFERRAL_SOURCES.map((value) => ({
              value,
              label: t(`labels.referralSource.${value}`),
            }))}
            defaultValue={enrolment.referralSource}
            isRequired
          />
          <SelectField
            name="educationLevel"
            label={t('intake.educationLevel')}
            placeholder={t('common.unknown')}
            options={EDUCATION_LEVELS.map((value) => ({
              value,
              label: t(`labels.educationLevel.${value}`),
            }))}
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
          <TextField
            name="afRegisteredSince"
            type="date"
            label={t('intake.afRegistered')}
            description={t('intake.afRegisteredDescription')}
            defaultValue={enrolment.afRegisteredSince ?? ''}
          />
          <CheckboxField
            name="incomeSupport"
            label={t('intake.incomeSupport')}
            defaultChecked={enrolment.incomeSupport}
          />
          <div className="form__actions">
            <Button type="submit" isPending={patch.isPending}>
              {t('common.save')}
            </Button>
            <Button
              variant="quiet"
              onPress={() => {
                form.show({});
                setEditing(false);
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </FormWithFeedback>
      )}
    </section>
  );
}
