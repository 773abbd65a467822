import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { errorMessage } from '../../api/messages.ts';
import {
  type CaseloadUnit,
  EDUCATION_LEVELS,
  type EducationLevel,
  type IntakeBody,
  type IntakeCheckResponse,
  REFERRAL_SOURCES,
  type ReferralSource,
} from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { useAnnounce } from '../../components/Announcer.tsx';
import { Button } from '../../components/Button.tsx';
import { DateField } from '../../components/DateField.tsx';
import { checkDate } from '../../components/input-checks.ts';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import { useCaseloadUnits } from './api/caseload.ts';
import { useCreateParticipant, useIntakeCheck } from './api/participant.ts';
import { CheckboxField, SelectField } from './components/fields.tsx';
import { ErrorSummary, useFormErrors } from './components/form-errors.tsx';
import { textOrNull, todayIso } from './format.ts';
import { useParticipantT } from './i18n/index.ts';
import './participant.css';

function ageRange(unit: CaseloadUnit, t: ReturnType<typeof useParticipantT>['t']): string | null {
  if (unit.minAge !== null && unit.maxAge !== null)
    return t('intake.ageRange', { min: unit.minAge, max: unit.maxAge });
  if (unit.minAge !== null) return t('intake.ageRangeFrom', { min: unit.minAge });
  if (unit.maxAge !== null) return t('intake.ageRangeTo', { max: unit.maxAge });
  return null;
}

export default function IntakePage() {
  const { t } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const { navigate } = useRouter();
  const units = useCaseloadUnits();
  const create = useCreateParticipant();
  const check = useIntakeCheck();
  const { formRef, summaryRef, fieldErrors, problems, failure, show, handleError } = useFormErrors();
  const [personnummer, setPersonnummer] = useState('');
  const [checked, setChecked] = useState<{ input: string; result: IntakeCheckResponse } | null>(null);
  const [unitId, setUnitId] = useState('');
  const [handedOver, setHandedOver] = useState<{ unit: string; name: string } | null>(null);
  const lastChecked = useRef('');

  // Check the number once it looks complete, and again when the field is left.
  function runCheck(value: string) {
    const input = value.trim();
    if (input.replace(/\D/g, '').length < 10 || input === lastChecked.current) return;
    lastChecked.current = input;
    check.mutate(
      { personnummer: input },
      { onSuccess: (result) => setChecked({ input, result }), onError: () => setChecked(null) },
    );
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: runCheck reads only a ref and the stable mutate
  useEffect(() => {
    const timer = window.setTimeout(() => runCheck(personnummer), 400);
    return () => window.clearTimeout(timer);
  }, [personnummer]);

  const current = checked && checked.input === personnummer.trim() ? checked.result : null;
  const numberError = current && !current.valid ? current.errors[0]?.message : undefined;
  // The live check of the number wins over an older message for the same field.
  const errors = useMemo(
    () => (numberError ? { ...fieldErrors, personnummer: numberError } : fieldErrors),
    [numberError, fieldErrors],
  );

  const unitList = units.data?.units ?? [];
  const chosen = unitList.find((unit) => unit.id === unitId);
  // The age rule's unit, as the server names it (any unit of the municipality, the coach's or not).
  const routed = current?.valid ? current.routedUnit : null;
  // Not one of the coach's units, and no unit of theirs chosen: offer to hand the intake over.
  const handOver = !chosen && routed !== null && !routed.ownUnit && current?.mayHandOver === true;
  const [confirmingHandOver, setConfirmingHandOver] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirmingHandOver) confirmRef.current?.focus();
  }, [confirmingHandOver]);
  // A unit of the coach's chosen against the age rule: say so before the server refuses it.
  const chosenAgainstRule = chosen && routed && routed.id !== chosen.id && current?.age != null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const required = (name: string) => String(data.get(name) ?? '').trim();
    const local: Record<string, string> = {};
    const body = {
      personnummer: required('personnummer'),
      firstName: required('firstName'),
      lastName: required('lastName'),
      enrolledAt: '',
      referralSource: required('referralSource') as ReferralSource,
      educationLevel: (textOrNull(data.get('educationLevel')) as EducationLevel | null) ?? null,
      incomeSupport: data.get('incomeSupport') === 'true',
      afRegisteredSince: null as string | null,
      monthsWithoutWork: null as number | null,
      contact: {
        phone: textOrNull(data.get('phone')),
        email: textOrNull(data.get('email')),
        address: textOrNull(data.get('address')),
        preferredLanguage: textOrNull(data.get('preferredLanguage')),
      },
    } satisfies IntakeBody;
    if (!body.personnummer)
      local.personnummer = t('form.required', { field: t('intake.personnummer').toLowerCase() });
    else if (numberError) local.personnummer = numberError;
    if (!body.firstName) local.firstName = t('form.required', { field: t('intake.firstName').toLowerCase() });
    if (!body.lastName) local.lastName = t('form.required', { field: t('intake.lastName').toLowerCase() });
    body.enrolledAt =
      checkDate(local, 'enrolledAt', data.get('enrolledAt'), tShared, {
        required: t('form.required', { field: t('intake.enrolledAt').toLowerCase() }),
      }) ?? '';
    if (!body.referralSource) local.referralSource = t('form.chooseOne');
    body.afRegisteredSince = checkDate(local, 'afRegisteredSince', data.get('afRegisteredSince'), tShared);
    const months = required('monthsWithoutWork');
    if (months !== '') {
      if (/^\d{1,3}$/.test(months)) body.monthsWithoutWork = Number(months);
      else local.monthsWithoutWork = t('form.numberInvalid');
    }
    if (show(local)) return;
    // A hand-over ends the coach's access: ask once before doing it.
    if (handOver && !confirmingHandOver) {
      setConfirmingHandOver(true);
      return;
    }
    setConfirmingHandOver(false);

    announce(handOver ? t('intake.handOverSubmitting') : t('intake.submitting'));
    create.mutate(
      { ...body, ...(unitId ? { unitId } : {}), ...(handOver ? { handOver: true } : {}) },
      {
        onSuccess: (result) => {
          const name = `${body.firstName} ${body.lastName}`;
          if ('handedOver' in result) {
            // The coach has no access to the case now: confirm here instead of opening it.
            setHandedOver({ unit: result.unit.name, name });
            announce(t('intake.handedOverHeading', { unit: result.unit.name }));
            return;
          }
          announce(t('intake.success', { name }));
          navigate(`/deltagare/${result.id}`, { state: { notice: 'created' } });
        },
        onError: (error) => {
          // 409 here means "already enrolled", not a version conflict: show the server's words.
          if (isApiError(error) && error.status === 409) {
            handleError(new Error(errorMessage(error, tShared)));
            return;
          }
          handleError(error);
        },
      },
    );
  }

  const unitOptions = unitList.map((unit) => {
    const range = ageRange(unit, t);
    return {
      value: unit.id,
      label: range ? t('intake.unitAgeRange', { name: unit.name, range }) : unit.name,
    };
  });

  if (handedOver) {
    return (
      <Page title={t('intake.title')}>
        <HandedOver
          unit={handedOver.unit}
          name={handedOver.name}
          onAgain={() => {
            setHandedOver(null);
            setPersonnummer('');
            setChecked(null);
            setUnitId('');
            lastChecked.current = '';
          }}
        />
      </Page>
    );
  }

  return (
    <Page title={t('intake.title')} lead={<p>{t('intake.lead')}</p>}>
      <div className="form-page">
        <ErrorSummary problems={problems} formRef={formRef} summaryRef={summaryRef} />
        {failure ? (
          <Alert tone="error">
            {failure instanceof Error && !isApiError(failure)
              ? failure.message
              : errorMessage(failure, tShared)}
          </Alert>
        ) : null}
        <Form
          ref={formRef}
          className="form"
          onSubmit={onSubmit}
          validationBehavior="aria"
          validationErrors={errors}
        >
          <fieldset className="form-section">
            <legend className="form-section__legend">{t('intake.personHeading')}</legend>
            <TextField
              name="personnummer"
              label={t('intake.personnummer')}
              description={t('intake.personnummerDescription')}
              value={personnummer}
              onChange={setPersonnummer}
              onBlur={() => runCheck(personnummer)}
              inputMode="numeric"
              autoComplete="off"
              isRequired
            />
            <div role="status" className="check-status">
              {check.isPending ? <span className="muted">{t('intake.checking')}</span> : null}
              {current?.valid && current.kind && current.age !== null ? (
                <span className="check-status__ok">
                  {routed
                    ? `${t('intake.numberValid', { kind: t(`labels.personnummerKind.${current.kind}`) })} ${t(
                        routed.ownUnit ? 'intake.routedOwn' : 'intake.routedOther',
                        { age: current.age, unit: routed.name },
                      )}`
                    : t('intake.numberOk', {
                        kind: t(`labels.personnummerKind.${current.kind}`),
                        age: current.age,
                      })}
                </span>
              ) : null}
              {current?.valid && current.knownPerson && !current.hasOpenEnrolment ? (
                <span className="check-status__note">{t('intake.knownPerson')}</span>
              ) : null}
              {current?.hasOpenEnrolment ? (
                <span className="check-status__warning">{t('intake.openEnrolment')}</span>
              ) : null}
            </div>
            <div className="form-grid">
              <TextField name="firstName" label={t('intake.firstName')} autoComplete="off" isRequired />
              <TextField name="lastName" label={t('intake.lastName')} autoComplete="off" isRequired />
            </div>
          </fieldset>

          <fieldset className="form-section">
            <legend className="form-section__legend">{t('intake.unitHeading')}</legend>
            <SelectField
              name="unitId"
              label={t('intake.unit')}
              description={t('intake.unitDescription')}
              placeholder={t('intake.unitAuto')}
              options={unitOptions}
              value={unitId}
              onChange={(event) => setUnitId(event.currentTarget.value)}
            />
            <p role="status" className="routing-note">
              {chosenAgainstRule && routed
                ? t('intake.chosenAgainstRule', { age: current?.age, unit: routed.name, name: chosen.name })
                : chosen
                  ? t('intake.unitSuggestionChosen', { name: chosen.name })
                  : routed?.ownUnit
                    ? t('intake.unitSuggestion', { name: routed.name })
                    : routed && current?.age != null
                      ? `${t('intake.routedOther', { age: current.age, unit: routed.name })}${
                          handOver ? ` ${t('intake.handOverOffer', { unit: routed.name })}` : ''
                        }`
                      : current?.valid && current.age !== null && !routed
                        ? t('intake.routedNone', { age: current.age })
                        : ''}
            </p>
          </fieldset>

          <fieldset className="form-section">
            <legend className="form-section__legend">{t('intake.enrolmentHeading')}</legend>
            <div className="form-grid">
              <DateField
                name="enrolledAt"
                label={t('intake.enrolledAt')}
                defaultValue={todayIso()}
                isRequired
              />
              <SelectField
                name="referralSource"
                label={t('intake.referralSource')}
                placeholder={t('common.choose')}
                options={REFERRAL_SOURCES.map((value) => ({
                  value,
                  label: t(`labels.referralSource.${value}`),
                }))}
                isRequired
              />
              <SelectField
                name="educationLevel"
                label={t('intake.educationLevel')}
                placeholder={t('common.choose')}
                options={EDUCATION_LEVELS.map((value) => ({
                  value,
                  label: t(`labels.educationLevel.${value}`),
                }))}
              />
              <TextField
                name="monthsWithoutWork"
                label={t('intake.monthsWithoutWork')}
                description={t('intake.monthsWithoutWorkDescription')}
                inputMode="numeric"
                inputClassName="field__input--short"
              />
              <DateField
                name="afRegisteredSince"
                label={t('intake.afRegistered')}
                description={t('intake.afRegisteredDescription')}
              />
            </div>
            <CheckboxField name="incomeSupport" label={t('intake.incomeSupport')} />
          </fieldset>

          <fieldset className="form-section">
            <legend className="form-section__legend">{t('intake.contactHeading')}</legend>
            <div className="form-grid">
              <TextField name="phone" type="tel" label={t('intake.phone')} autoComplete="off" />
              <TextField name="email" type="email" label={t('intake.email')} autoComplete="off" />
              <TextField name="address" label={t('intake.address')} autoComplete="off" />
              <TextField name="preferredLanguage" label={t('intake.preferredLanguage')} autoComplete="off" />
            </div>
          </fieldset>

          {confirmingHandOver && handOver && routed ? (
            <div className="alert alert--info" role="alert" ref={confirmRef} tabIndex={-1}>
              <div className="alert__body">
                <p className="alert__heading">{t('intake.handOverConfirmHeading', { unit: routed.name })}</p>
                <p>{t('intake.handOverConfirmText', { unit: routed.name })}</p>
                <div className="form__actions">
                  <Button type="submit" isPending={create.isPending}>
                    {t('intake.handOverConfirm', { unit: routed.name })}
                  </Button>
                  <Button variant="secondary" onPress={() => setConfirmingHandOver(false)}>
                    {t('common.cancel')}
                  </Button>
                </div>
              </div>
            </div>
          ) : null}
          <div className="form__actions" hidden={confirmingHandOver && handOver}>
            <Button type="submit" isPending={create.isPending}>
              {create.isPending
                ? t(handOver ? 'intake.handOverSubmitting' : 'intake.submitting')
                : handOver && routed
                  ? t('intake.handOverSubmit', { unit: routed.name })
                  : t('intake.submit')}
            </Button>
          </div>
        </Form>
      </div>
    </Page>
  );
}

/** After a hand-over: what happened, where the person is now, and that the coach has no access. */
function HandedOver({ unit, name, onAgain }: { unit: string; name: string; onAgain: () => void }) {
  const { t } = useParticipantT();
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => alert.current?.focus(), []);
  return (
    <div className="form-page">
      <Alert tone="success" heading={t('intake.handedOverHeading', { unit })} ref={alert}>
        <p>{t('intake.handedOverText', { name, unit })}</p>
        <p>{t('intake.handedOverNoAccess')}</p>
      </Alert>
      <div className="form__actions">
        <Button onPress={onAgain}>{t('intake.handedOverAgain')}</Button>
        <Link to="/deltagare" className="button button--secondary">
          {t('intake.handedOverToList')}
        </Link>
      </div>
    </div>
  );
}
