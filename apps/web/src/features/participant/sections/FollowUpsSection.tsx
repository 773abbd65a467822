import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import {
  FOLLOW_UP_WITH,
  type FollowUpWith,
  maxLengths,
  PLANNED_FOLLOW_UP_KINDS,
} from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { DateField, TimeField } from '../../../components/DateField.tsx';
import { checkDate, checkLength, checkTime } from '../../../components/input-checks.ts';
import { useCreateFollowUp, useFollowUps } from '../api/follow-ups.ts';
import { EmployerPicker } from '../components/EmployerPicker.tsx';
import {
  type FollowUpAction,
  FollowUpActionButtons,
  FollowUpActionPanel,
} from '../components/FollowUpActions.tsx';
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
  const [acting, setActing] = useState<{ id: string; action: FollowUpAction } | null>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const openHeading = useRef<HTMLHeadingElement>(null);
  const items = followUps.data?.items ?? [];
  const open = items
    .filter((item) => !item.done && !item.cancelled)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const done = items
    .filter((item) => item.done || item.cancelled)
    .sort((a, b) => b.dueDate.localeCompare(a.dueDate));
  const actingItem = open.find((item) => item.id === acting?.id);

  return (
    <section aria-labelledby="follow-ups-heading" className="section-stack">
      <div>
        <h2 id="follow-ups-heading">{t('followUps.heading')}</h2>
        <p className="muted">{t('followUps.intro')}</p>
      </div>
      {followUps.isError ? <Alert tone="error">{errorMessage(followUps.error, tShared)}</Alert> : null}
      {followUps.isPending ? <p className="muted">{t('common.loading')}</p> : null}

      <section className="panel" aria-labelledby="follow-ups-open">
        <h3 id="follow-ups-open" ref={openHeading} tabIndex={-1}>
          {t('followUps.upcomingHeading')}
        </h3>
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
                      <FollowUpActionButtons
                        item={item}
                        open={acting?.id === item.id ? acting.action : null}
                        onOpen={(action) => setActing(action ? { id: item.id, action } : null)}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {actingItem && acting ? (
          <FollowUpActionPanel
            key={`${actingItem.id}-${acting.action}`}
            item={actingItem}
            action={acting.action}
            onDone={() => {
              const action = acting.action;
              setActing(null);
              (action === 'reschedule' ? openHeading : doneHeading).current?.focus();
            }}
            onCancel={() => setActing(null)}
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
                    {item.cancelled ? (
                      <span className="badge badge--neutral badge--inline">
                        {t('followUps.cancelledBadge')}
                      </span>
                    ) : null}
                    {item.cancelled ? (item.cancelReason ?? '') : (item.outcome ?? t('common.none'))}
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
