import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import {
  FOLLOW_UP_WITH,
  type FollowUpView,
  type FollowUpWith,
  maxLengths,
  PLANNED_FOLLOW_UP_KINDS,
} from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { DateField, TimeField } from '../../../components/DateField.tsx';
import { checkDate, checkLength, checkTime } from '../../../components/input-checks.ts';
import { useCreateFollowUp, useFollowUps, usePatchFollowUp } from '../api/follow-ups.ts';
import { EmployerPicker } from '../components/EmployerPicker.tsx';
import { FormWithFeedback } from '../components/FormWithFeedback.tsx';
import { RadioGroupField, SelectField, TextAreaField } from '../components/fields.tsx';
import { useFormErrors } from '../components/form-errors.tsx';
import { formatDate, formatDateTime, textOrNull } from '../format.ts';
import { useParticipantT } from '../i18n/index.ts';
import type { SectionProps } from '../ParticipantPage.tsx';

export function FollowUpsSection({
  enrolmentId,
  canWrite,
  enrolment,
}: SectionProps & { enrolmentId: string }) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const followUps = useFollowUps(enrolmentId);
  const [completing, setCompleting] = useState<string | null>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const items = followUps.data?.items ?? [];
  const open = items.filter((item) => !item.done).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const done = items.filter((item) => item.done).sort((a, b) => b.dueDate.localeCompare(a.dueDate));
  const completingItem = open.find((item) => item.id === completing);

  return (
    <section aria-labelledby="follow-ups-heading" className="section-stack">
      <div>
        <h2 id="follow-ups-heading">{t('followUps.heading')}</h2>
        <p className="muted">{t('followUps.intro')}</p>
      </div>
      {followUps.isError ? <Alert tone="error">{errorMessage(followUps.error, tShared)}</Alert> : null}
      {followUps.isPending ? <p className="muted">{t('common.loading')}</p> : null}

      <section className="panel" aria-labelledby="follow-ups-open">
        <h3 id="follow-ups-open">{t('followUps.upcomingHeading')}</h3>
        {followUps.data && open.length === 0 ? <p className="empty-state">{t('followUps.none')}</p> : null}
        {open.length > 0 ? (
          <table className="data-table data-table--cards">
            <caption className="visually-hidden">{t('followUps.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('followUps.dueDate')}</th>
                <th scope="col">{t('followUps.kind')}</th>
                <th scope="col">{t('followUps.with')}</th>
                <th scope="col">{t('followUps.purpose')}</th>
                {canWrite ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('followUps.complete')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {open.map((item) => (
                <tr key={item.id}>
                  <th scope="row" data-label={t('followUps.dueDate')} className="nowrap tabular">
                    {formatDate(item.dueDate, language)}
                    {item.dueTime ? ` ${item.dueTime}` : ''}
                    {item.overdue ? (
                      <span className="badge badge--warning badge--inline">{t('followUps.overdue')}</span>
                    ) : null}
                  </th>
                  <td data-label={t('followUps.kind')}>{t(`labels.followUpKind.${item.kind}`)}</td>
                  <td data-label={t('followUps.with')}>
                    {t(`labels.followUpWith.${item.with}`)}
                    {item.employer ? <span className="cell-note">{item.employer.name}</span> : null}
                  </td>
                  <td data-label={t('followUps.purpose')}>{item.purpose ?? t('common.none')}</td>
                  {canWrite ? (
                    <td>
                      <Button
                        variant="secondary"
                        aria-label={t('followUps.completeFor', { date: formatDate(item.dueDate, language) })}
                        aria-expanded={completing === item.id}
                        onPress={() => setCompleting(completing === item.id ? null : item.id)}
                      >
                        {t('followUps.complete')}
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {completingItem ? (
          <CompleteFollowUp
            key={completingItem.id}
            item={completingItem}
            onDone={() => {
              setCompleting(null);
              doneHeading.current?.focus();
            }}
            onCancel={() => setCompleting(null)}
            onReload={() => followUps.refetch()}
          />
        ) : null}
      </section>

      {canWrite && enrolment ? <NewFollowUp enrolmentId={enrolmentId} /> : null}

      <section className="panel" aria-labelledby="follow-ups-done">
        <h3 id="follow-ups-done" ref={doneHeading} tabIndex={-1}>
          {t('followUps.doneHeading')}
        </h3>
        {followUps.data && done.length === 0 ? (
          <p className="empty-state">{t('followUps.noneDone')}</p>
        ) : null}
        {done.length > 0 ? (
          <table className="data-table data-table--cards">
            <caption className="visually-hidden">{t('followUps.doneCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('followUps.dueDate')}</th>
                <th scope="col">{t('followUps.kind')}</th>
                <th scope="col">{t('followUps.with')}</th>
                <th scope="col">{t('followUps.outcome')}</th>
                <th scope="col">{t('followUps.doneAt')}</th>
              </tr>
            </thead>
            <tbody>
              {done.map((item) => (
                <tr key={item.id}>
                  <th scope="row" data-label={t('followUps.dueDate')} className="nowrap tabular">
                    {formatDate(item.dueDate, language)}
                  </th>
                  <td data-label={t('followUps.kind')}>{t(`labels.followUpKind.${item.kind}`)}</td>
                  <td data-label={t('followUps.with')}>{t(`labels.followUpWith.${item.with}`)}</td>
                  <td data-label={t('followUps.outcome')}>
                    {item.outcome ?? t('common.none')}
                    {item.jobHeld !== null ? (
                      <span className="cell-note">
                        {item.jobHeld ? t('followUps.jobHeldYes') : t('followUps.jobHeldNo')}
                      </span>
                    ) : null}
                  </td>
                  <td data-label={t('followUps.doneAt')} className="nowrap tabular">
                    {formatDateTime(item.doneAt, language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </section>
  );
}

/** Marks one follow-up done with its outcome; the one-month check also asks whether the job held. */
export function CompleteFollowUp({
  item,
  onDone,
  onCancel,
  onReload,
}: {
  item: FollowUpView;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const patch = usePatchFollowUp();
  const form = useFormErrors();
  const headingId = useId();
  const isVerification = item.kind === 'exit_verification';

  useEffect(() => {
    form.formRef.current?.querySelector<HTMLElement>('textarea, input')?.focus();
  }, [form.formRef]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const outcome = textOrNull(data.get('outcome'));
    const jobHeld = data.get('jobHeld');
    const local: Record<string, string> = {};
    if (!outcome) local.outcome = t('form.required', { field: t('followUps.outcome').toLowerCase() });
    checkLength(local, 'outcome', outcome, maxLengths.FollowUpPatchBody.outcome, tShared, language);
    if (isVerification && jobHeld === null) local.jobHeld = t('form.chooseOne');
    if (form.show(local)) return;
    patch.mutate(
      {
        id: item.id,
        version: item.version,
        done: true,
        outcome,
        ...(isVerification ? { jobHeld: jobHeld === 'yes' } : {}),
      },
      {
        onSuccess: () => {
          announce(t('followUps.completed'));
          onDone();
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('followUps.completeHeading', { date: formatDate(item.dueDate, language) })}</h4>
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form form--compact"
        onReload={() => void onReload().then(() => form.setConflict(false))}
      >
        <TextAreaField
          name="outcome"
          label={t('followUps.outcome')}
          description={t('followUps.outcomeDescription')}
          rows={3}
          maxLength={maxLengths.FollowUpPatchBody.outcome}
          isRequired
        />
        {isVerification ? (
          <RadioGroupField
            name="jobHeld"
            legend={t('followUps.jobHeld')}
            options={[
              { value: 'yes', label: t('followUps.jobHeldYes') },
              { value: 'no', label: t('followUps.jobHeldNo') },
            ]}
            isRequired
          />
        ) : null}
        <div className="form__actions">
          <Button type="submit" isPending={patch.isPending}>
            {t('followUps.markDone')}
          </Button>
          <Button variant="quiet" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </FormWithFeedback>
    </section>
  );
}

function NewFollowUp({ enrolmentId }: { enrolmentId: string }) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const create = useCreateFollowUp(enrolmentId);
  const form = useFormErrors();
  const [formKey, setFormKey] = useState(0);
  const [withWhom, setWithWhom] = useState<FollowUpWith>('participant');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const employerId = textOrNull(data.get('employerId'));
    const kind = data.get('kind') === 'meeting' ? 'meeting' : 'regular';
    const purpose = textOrNull(data.get('purpose'));
    const local: Record<string, string> = {};
    if (withWhom !== 'participant' && !employerId) local.employerId = t('form.chooseOne');
    const dueDate = checkDate(local, 'dueDate', data.get('dueDate'), tShared, {
      required: t('form.required', { field: t('followUps.dueDate').toLowerCase() }),
    });
    // "9.30" is sent as 09:30.
    const dueTime = checkTime(local, 'dueTime', data.get('dueTime'), tShared);
    checkLength(local, 'purpose', purpose, maxLengths.FollowUpCreateBody.purpose, tShared, language);
    if (form.show(local) || dueDate === null) return;
    create.mutate(
      {
        with: withWhom,
        kind,
        dueDate,
        dueTime,
        employerId: withWhom === 'participant' ? null : employerId,
        purpose,
      },
      {
        onSuccess: () => {
          announce(t('followUps.added'));
          setFormKey((k) => k + 1);
          setWithWhom('participant');
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="follow-up-new">
      <h3 id="follow-up-new">{t('followUps.addHeading')}</h3>
      {create.isSuccess ? <Alert tone="success">{t('followUps.added')}</Alert> : null}
      <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--compact" formKey={formKey}>
        <RadioGroupField
          name="with"
          legend={t('followUps.with')}
          options={FOLLOW_UP_WITH.map((value) => ({ value, label: t(`labels.followUpWith.${value}`) }))}
          value={withWhom}
          onChange={(value) => setWithWhom(value as FollowUpWith)}
          isRequired
        />
        {withWhom !== 'participant' ? (
          <EmployerPicker name="employerId" label={t('followUps.employer')} isRequired />
        ) : null}
        <div className="form-grid">
          <SelectField
            name="kind"
            label={t('followUps.kind')}
            options={PLANNED_FOLLOW_UP_KINDS.map((value) => ({
              value,
              label: t(`labels.followUpKind.${value}`),
            }))}
            defaultValue="regular"
          />
          <DateField name="dueDate" label={t('followUps.dueDate')} isRequired />
          <TimeField name="dueTime" label={`${t('followUps.dueTime')} ${t('common.optional')}`} />
        </div>
        <TextAreaField
          name="purpose"
          label={`${t('followUps.purpose')} ${t('common.optional')}`}
          rows={2}
          maxLength={maxLengths.FollowUpCreateBody.purpose}
        />
        <div className="form__actions">
          <Button type="submit" isPending={create.isPending}>
            {t('followUps.add')}
          </Button>
        </div>
      </FormWithFeedback>
    </section>
  );
}
