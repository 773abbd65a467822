import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import { EMPLOYMENT_FORMS, type EmploymentForm } from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { checkDate } from '../../../components/input-checks.ts';
import { useOpenNeeds } from '../../matching/api/matching.ts';
import { useRegisterPlacement, useSetProtectedIdentity } from '../../matching/api/shortlist.ts';
import { PLACEMENT_KINDS, type PlacementKind, type PlacementView } from '../../matching/api/types.ts';
import { useMatchingT } from '../../matching/i18n/index.ts';
import { EmployerPicker } from '../components/EmployerPicker.tsx';
import { FormWithFeedback } from '../components/FormWithFeedback.tsx';
import { CheckboxField, RadioGroupField, SelectField } from '../components/fields.tsx';
import { useFormErrors } from '../components/form-errors.tsx';
import { formatDate, textOrNull } from '../format.ts';
import { useParticipantT } from '../i18n/index.ts';

/**
 * A placement registered by the coach: a job through a need, or one the person found outside the
 * system, with the same effects as the employer's "anställd" — the period ends in work with the
 * one-month check, follow-ups with both sides, and the need's position closed.
 */
export function PlacementPanel({ participantId, isOpen }: { participantId: string; isOpen: boolean }) {
  const { t, language } = useMatchingT();
  const { t: tParticipant } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const register = useRegisterPlacement();
  const needs = useOpenNeeds();
  const form = useFormErrors();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<string>('');
  const [done, setDone] = useState<PlacementView | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const errors: Record<string, string> = {};
    const employerId = textOrNull(data.get('employerId'));
    const needId = textOrNull(data.get('needId'));
    if (!employerId) errors.employerId = t('placement.employerRequired');
    if (kind === '') errors.kind = t('placement.kindRequired');
    const startDate = checkDate(errors, 'startDate', data.get('startDate'), tShared, {
      required: t('placement.startRequired'),
    });
    const need = needs.data?.find((n) => n.id === needId);
    if (need && employerId && need.employer?.id !== employerId)
      errors.needId = t('placement.needOtherEmployer');
    if (form.show(errors) || !employerId || !startDate) return;
    const employmentForm = textOrNull(data.get('employmentForm'));
    register.mutate(
      {
        participantId,
        employerId,
        needId,
        kind: kind as PlacementKind,
        startDate,
        employmentForm: employmentForm as EmploymentForm | null,
        outside: data.get('outside') === 'true',
      },
      {
        onSuccess: (placement) => {
          setDone(placement);
          setOpen(false);
          announce(t('placement.saved'));
        },
        onError: form.handleError,
      },
    );
  }

  // Registered, the period has ended: the answer stays; without an open period there is nothing to do.
  if (!isOpen && !done) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('placement.heading')}
      </h2>
      <p className="muted">{t('placement.intro')}</p>
      {done ? (
        <Alert tone="success" heading={t('placement.savedHeading')}>
          <p>{t('placement.savedText', { date: formatDate(done.startDate, language) })}</p>
          <ul className="plain-list">
            {done.followUps.map((f) => (
              <li key={`${f.dueDate}-${f.kind}`}>
                <span className="tabular">{formatDate(f.dueDate, language)}</span>: {f.purpose || f.kind}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {!open && !done && isOpen ? (
        <div className="form__actions">
          <Button variant="secondary" onPress={() => setOpen(true)}>
            {t('placement.open')}
          </Button>
        </div>
      ) : null}
      {open ? (
        <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--compact">
          <EmployerPicker name="employerId" label={t('placement.employer')} isRequired />
          <SelectField
            name="needId"
            label={t('placement.need')}
            placeholder={t('placement.noNeed')}
            options={(needs.data ?? []).map((n) => ({
              value: n.id,
              label: n.employer ? `${n.title} (${n.employer.name})` : n.title,
            }))}
          />
          <RadioGroupField
            name="kind"
            legend={t('placement.kind')}
            options={PLACEMENT_KINDS.map((value) => ({
              value,
              label: tParticipant(`labels.employmentKind.${value}`),
            }))}
            value={kind}
            onChange={setKind}
            isRequired
          />
          {kind === 'municipal_labour_market' ? <Alert tone="info">{t('placement.municipal')}</Alert> : null}
          <DateField
            name="startDate"
            label={t('placement.startDate')}
            error={form.fieldErrors.startDate}
            isRequired
          />
          <SelectField
            name="employmentForm"
            label={t('placement.form')}
            placeholder={t('placement.noForm')}
            options={EMPLOYMENT_FORMS.map((value) => ({ value, label: t(`placement.forms.${value}`) }))}
          />
          <CheckboxField name="outside" label={t('placement.outside')} defaultChecked />
          {register.isError && !form.problems.length && !form.failure ? (
            <Alert tone="error">{errorMessage(register.error, tShared)}</Alert>
          ) : null}
          <div className="form__actions">
            <Button type="submit" isPending={register.isPending}>
              {t('placement.save')}
            </Button>
            <Button variant="quiet" onPress={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </FormWithFeedback>
      ) : null}
    </section>
  );
}

/**
 * Protected personal data (sekretessmarkering, skyddad folkbokföring): the person's coach marks
 * it; from then on the person is never presented through the system nor listed to others.
 */
export function ProtectedIdentityPanel({
  participantId,
  protectedIdentity,
}: {
  participantId: string;
  protectedIdentity: boolean;
}) {
  const { t } = useMatchingT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const set = useSetProtectedIdentity(participantId);
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('protectedIdentity.heading')}
      </h2>
      <p>{protectedIdentity ? t('protectedIdentity.on') : t('protectedIdentity.off')}</p>
      {set.isError ? <Alert tone="error">{errorMessage(set.error, tShared)}</Alert> : null}
      <div className="form__actions">
        <Button
          variant={protectedIdentity ? 'quiet' : 'secondary'}
          isPending={set.isPending}
          onPress={() =>
            set.mutate(!protectedIdentity, {
              onSuccess: () =>
                announce(protectedIdentity ? t('protectedIdentity.unmarked') : t('protectedIdentity.marked')),
            })
          }
        >
          {protectedIdentity ? t('protectedIdentity.unmark') : t('protectedIdentity.mark')}
        </Button>
      </div>
    </section>
  );
}
