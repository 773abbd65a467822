import './corrections.css';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_WITH, type FollowUpView, type FollowUpWith, maxLengths } from '../../../api/types.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { DateField, TimeField } from '../../../components/DateField.tsx';
import { checkDate, checkLength, checkTime } from '../../../components/input-checks.ts';
import { useCancelFollowUp, usePatchFollowUp } from '../api/follow-ups.ts';
import { formatDate, textOrNull } from '../format.ts';
import { useParticipantT } from '../i18n/index.ts';
import { EmployerPicker } from './EmployerPicker.tsx';
import { FormWithFeedback } from './FormWithFeedback.tsx';
import { RadioGroupField, TextAreaField } from './fields.tsx';
import { type ConflictRow, useFormErrors } from './form-errors.tsx';

// What a coach does with a follow-up, from the participant's page or straight from Min vecka:
// mark it done with its note, move it (date, time, whom it is with, purpose), or cancel it with
// a reason. One panel at a time opens below the list; focus goes into it and back after.

export type FollowUpAction = 'complete' | 'reschedule' | 'cancel';

/** The three actions as buttons, named with the follow-up (and the person, on Min vecka). */
export function FollowUpActionButtons({
  item,
  who,
  open,
  onOpen,
}: {
  item: FollowUpView;
  /** The participant's name where the list mixes people (Min vecka). */
  who?: string;
  open: FollowUpAction | null;
  onOpen: (action: FollowUpAction | null) => void;
}) {
  const { t, language } = useParticipantT();
  const subject = `${formatDate(item.dueDate, language)}${who ? ` ${who}` : ''}`;
  const button = (action: FollowUpAction, label: string, named: string) => (
    <Button
      variant={action === 'complete' ? 'secondary' : 'quiet'}
      aria-label={named}
      aria-expanded={open === action}
      onPress={() => onOpen(open === action ? null : action)}
    >
      {label}
    </Button>
  );
  return (
    <div className="cell-actions">
      {button('complete', t('followUps.complete'), t('followUps.completeFor', { date: subject }))}
      {item.kind !== 'exit_verification'
        ? button('reschedule', t('followUps.reschedule'), t('followUps.rescheduleFor', { date: subject }))
        : null}
      {item.kind !== 'exit_verification'
        ? button('cancel', t('followUps.cancel'), t('followUps.cancelFor', { date: subject }))
        : null}
    </div>
  );
}

/** The open action's form for one follow-up. */
export function FollowUpActionPanel({
  item,
  action,
  onDone,
  onCancel,
  onReload,
}: {
  item: FollowUpView;
  action: FollowUpAction;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => Promise<unknown>;
}) {
  if (action === 'complete')
    return <CompleteFollowUp item={item} onDone={onDone} onCancel={onCancel} onReload={onReload} />;
  if (action === 'reschedule')
    return <RescheduleFollowUp item={item} onDone={onDone} onCancel={onCancel} onReload={onReload} />;
  return <CancelFollowUp item={item} onDone={onDone} onCancel={onCancel} onReload={onReload} />;
}

interface PanelProps {
  item: FollowUpView;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => Promise<unknown>;
}

/** Moves a follow-up or changes whom it is with or why; the reason goes into its history. */
function RescheduleFollowUp({ item, onDone, onCancel, onReload }: PanelProps) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const patch = usePatchFollowUp();
  const form = useFormErrors();
  const headingId = useId();
  const [withWhom, setWithWhom] = useState<FollowUpWith>(item.with);
  const sent = useRef<{
    dueDate: string;
    dueTime: string | null;
    purpose: string | null;
    with: FollowUpWith;
  } | null>(null);

  useEffect(() => {
    form.formRef.current?.querySelector<HTMLElement>('input:not([type="hidden"])')?.focus();
  }, [form.formRef]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const local: Record<string, string> = {};
    const dueDate = checkDate(local, 'dueDate', data.get('dueDate'), tShared, {
      required: t('form.required', { field: t('followUps.dueDate').toLowerCase() }),
    });
    const dueTime = checkTime(local, 'dueTime', data.get('dueTime'), tShared);
    const purpose = textOrNull(data.get('purpose'));
    const reason = textOrNull(data.get('reason'));
    const employerId = textOrNull(data.get('employerId'));
    if (withWhom !== 'participant' && !employerId) local.employerId = t('form.chooseOne');
    checkLength(local, 'purpose', purpose, maxLengths.FollowUpPatchBody.purpose, tShared, language);
    if (form.show(local) || dueDate === null) return;
    sent.current = { dueDate, dueTime, purpose, with: withWhom };
    patch.mutate(
      {
        id: item.id,
        version: item.version,
        dueDate,
        dueTime,
        purpose,
        with: withWhom,
        employerId: withWhom === 'participant' ? null : employerId,
        reason,
      },
      {
        onSuccess: () => {
          announce(t('followUps.rescheduled', { date: formatDate(dueDate, language) }));
          onDone();
        },
        onError: form.handleError,
      },
    );
  }

  const rows = (saved: Record<string, unknown> | null): ConflictRow[] => {
    const mine = sent.current;
    const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    return [
      {
        label: t('followUps.dueDate'),
        before: formatDate(item.dueDate, language),
        saved: saved ? formatDate(str(saved.dueDate), language) : '',
        mine: mine ? formatDate(mine.dueDate, language) : '',
      },
      {
        label: t('followUps.dueTime'),
        before: str(item.dueTime),
        saved: str(saved?.dueTime),
        mine: str(mine?.dueTime),
      },
      {
        label: t('followUps.with'),
        before: t(`labels.followUpWith.${item.with}`),
        saved: saved?.with ? t(`labels.followUpWith.${saved.with as FollowUpWith}`) : '',
        mine: mine ? t(`labels.followUpWith.${mine.with}`) : '',
      },
      {
        label: t('followUps.purpose'),
        before: str(item.purpose),
        saved: str(saved?.purpose),
        mine: str(mine?.purpose),
      },
    ];
  };

  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('followUps.rescheduleHeading', { date: formatDate(item.dueDate, language) })}</h4>
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form form--compact"
        onReload={() => void onReload().then(onCancel)}
        conflictRows={rows}
      >
        <div className="form-grid">
          <DateField name="dueDate" label={t('followUps.dueDate')} defaultValue={item.dueDate} isRequired />
          <TimeField
            name="dueTime"
            label={`${t('followUps.dueTime')} ${t('common.optional')}`}
            defaultValue={item.dueTime ?? undefined}
          />
        </div>
        <RadioGroupField
          name="with"
          legend={t('followUps.with')}
          options={FOLLOW_UP_WITH.map((value) => ({ value, label: t(`labels.followUpWith.${value}`) }))}
          value={withWhom}
          onChange={(value) => setWithWhom(value as FollowUpWith)}
          isRequired
        />
        {withWhom !== 'participant' ? (
          <EmployerPicker
            name="employerId"
            label={t('followUps.employer')}
            defaultValue={item.employer?.id}
            isRequired
          />
        ) : null}
        <TextAreaField
          name="purpose"
          label={`${t('followUps.purpose')} ${t('common.optional')}`}
          rows={2}
          maxLength={maxLengths.FollowUpPatchBody.purpose}
          defaultValue={item.purpose ?? undefined}
        />
        <TextAreaField
          name="reason"
          label={`${t('followUps.rescheduleReason')} ${t('common.optional')}`}
          rows={2}
          maxLength={maxLengths.FollowUpPatchBody.reason}
        />
        <div className="form__actions">
          <Button type="submit" isPending={patch.isPending}>
            {t('followUps.rescheduleSave')}
          </Button>
          <Button variant="quiet" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </FormWithFeedback>
    </section>
  );
}

/** Cancels a follow-up that will not happen; the reason is required and stays in the record. */
function CancelFollowUp({ item, onDone, onCancel, onReload }: PanelProps) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const cancel = useCancelFollowUp();
  const form = useFormErrors();
  const headingId = useId();

  useEffect(() => {
    form.formRef.current?.querySelector<HTMLElement>('textarea')?.focus();
  }, [form.formRef]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = textOrNull(new FormData(event.currentTarget).get('reason'));
    const local: Record<string, string> = {};
    if (!reason) local.reason = t('form.reasonRequired');
    checkLength(local, 'reason', reason, maxLengths.FollowUpCancelBody.reason, tShared, language);
    if (form.show(local) || !reason) return;
    cancel.mutate(
      { id: item.id, version: item.version, reason },
      {
        onSuccess: () => {
          announce(t('followUps.cancelled'));
          onDone();
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('followUps.cancelHeading', { date: formatDate(item.dueDate, language) })}</h4>
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form form--compact"
        onReload={() => void onReload().then(onCancel)}
      >
        <TextAreaField
          name="reason"
          label={t('followUps.cancelReason')}
          rows={2}
          maxLength={maxLengths.FollowUpCancelBody.reason}
          isRequired
        />
        <div className="form__actions">
          <Button type="submit" isPending={cancel.isPending}>
            {t('followUps.cancelSave')}
          </Button>
          <Button variant="quiet" onPress={onCancel}>
            {t('followUps.keep')}
          </Button>
        </div>
      </FormWithFeedback>
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
