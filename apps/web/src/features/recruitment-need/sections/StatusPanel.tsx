import { mayMove, needsClosingReason } from '@arbetsbro/recruitment';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error.ts';
import { errorMessage } from '../../../api/messages.ts';
import {
  CLOSING_REASONS,
  maxLengths,
  NEED_STATUSES,
  type NeedDetail,
  type NeedStatus,
} from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { checkLength } from '../../../components/input-checks.ts';
import { FormWithFeedback } from '../../participant/components/FormWithFeedback.tsx';
import { RadioGroupField, TextAreaField } from '../../participant/components/fields.tsx';
import { ConflictNotice, useFormErrors } from '../../participant/components/form-errors.tsx';
import { textOrNull } from '../../participant/format.ts';
import { useChangeNeedStatus, useNeed } from '../api/needs.ts';
import { NeedStatusBadge } from '../components/NeedStatusBadge.tsx';
import { useNeedT } from '../i18n/index.ts';

/** Where the need is in its life, and the moves it can make from there. */
export function StatusPanel({ need, canWrite }: { need: NeedDetail; canWrite: boolean }) {
  const { t } = useNeedT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const change = useChangeNeedStatus(need.id);
  const reload = useNeed(need.id);
  const [closing, setClosing] = useState<NeedStatus | null>(null);
  const [conflict, setConflict] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moves = NEED_STATUSES.filter((to) => to !== need.status && mayMove(need.status, to));

  function move(to: NeedStatus) {
    if (needsClosingReason(to)) {
      setClosing(to);
      return;
    }
    setConflict(false);
    change.mutate(
      { version: need.version, status: to },
      {
        onSuccess: () => {
          announce(t('status.moved', { status: t(`labels.status.${to}`) }));
          headingRef.current?.focus();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) setConflict(true);
        },
      },
    );
  }

  const failure =
    change.error && !(isApiError(change.error) && change.error.status === 409) && !closing
      ? change.error
      : null;
  const failureText =
    failure && isApiError(failure) && failure.errors.length > 0
      ? failure.errors.map((e) => e.message).join(' ')
      : failure
        ? errorMessage(failure, tShared)
        : null;

  return (
    <section className="panel" aria-labelledby="need-status">
      <h2 id="need-status" className="panel__title" ref={headingRef} tabIndex={-1}>
        {t('status.heading')}
      </h2>
      <p className="status-line">
        <NeedStatusBadge status={need.status} />
        {need.closingReason ? <span> {t(`labels.closingReason.${need.closingReason}`)}</span> : null}
      </p>
      <p className="muted">{t(`status.explain.${need.status}`)}</p>
      {conflict ? (
        <ConflictNotice
          onReload={() => void reload.refetch().then(() => setConflict(false))}
          isReloading={reload.isFetching}
        />
      ) : null}
      {failureText ? <Alert tone="error">{failureText}</Alert> : null}
      {canWrite && !closing ? (
        <>
          {moves.includes('open') && !need.occupation ? (
            <p className="field__description">{t('status.needsOccupation')}</p>
          ) : null}
          {moves.includes('open') && need.status === 'received' && need.warnings.length > 0 ? (
            <p className="field__description">
              {t('status.openWithWarnings', { count: need.warnings.length })}
            </p>
          ) : null}
          <div className="form__actions">
            {moves.map((to) => (
              <Button
                key={to}
                variant={to === 'closed' ? 'quiet' : to === moves[0] ? 'primary' : 'secondary'}
                isPending={change.isPending && change.variables?.status === to}
                onPress={() => move(to)}
              >
                {t(`status.action.${need.status === 'received' || to !== 'open' ? to : 'reopen'}`)}
              </Button>
            ))}
          </div>
        </>
      ) : null}
      {canWrite && closing ? (
        <ClosingForm
          need={need}
          to={closing}
          onDone={() => {
            setClosing(null);
            headingRef.current?.focus();
          }}
          onCancel={() => setClosing(null)}
        />
      ) : null}
    </section>
  );
}

/** Filled or closed: why (a closing reason), and a comment if there is more to say. */
function ClosingForm({
  need,
  to,
  onDone,
  onCancel,
}: {
  need: NeedDetail;
  to: NeedStatus;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, language } = useNeedT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const change = useChangeNeedStatus(need.id);
  const reload = useNeed(need.id);
  const form = useFormErrors();
  const headingId = useId();
  const [reason, setReason] = useState<string>(to === 'filled' ? 'filled_through_us' : 'withdrawn');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const comment = textOrNull(new FormData(event.currentTarget).get('reason'));
    const errors: Record<string, string> = {};
    checkLength(errors, 'reason', comment, maxLengths.RecruitmentNeedStatusBody.reason, tShared, language);
    if (form.show(errors)) return;
    change.mutate(
      {
        version: need.version,
        status: to,
        closingReason: reason as NonNullable<NeedDetail['closingReason']>,
        reason: comment,
      },
      {
        onSuccess: () => {
          announce(t('status.moved', { status: t(`labels.status.${to}`) }));
          onDone();
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`status.closeHeading.${to === 'filled' ? 'filled' : 'closed'}`)}</h3>
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form form--compact"
        onReload={() => void reload.refetch().then(() => form.setConflict(false))}
        isReloading={reload.isFetching}
      >
        <RadioGroupField
          name="closingReason"
          legend={t('status.closingReason')}
          options={CLOSING_REASONS.map((value) => ({ value, label: t(`labels.closingReason.${value}`) }))}
          value={reason}
          onChange={setReason}
          isRequired
        />
        <TextAreaField
          name="reason"
          label={t('status.comment')}
          rows={2}
          maxLength={maxLengths.RecruitmentNeedStatusBody.reason}
        />
        <div className="form__actions">
          <Button type="submit" isPending={change.isPending}>
            {t(`status.action.${to === 'filled' ? 'filled' : 'closed'}`)}
          </Button>
          <Button variant="quiet" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </FormWithFeedback>
    </section>
  );
}
