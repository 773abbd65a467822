import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error.ts';
import { errorMessage } from '../../../api/messages.ts';
import type { ContactFollowUpItem, ContactFollowUpRange } from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { checkDate } from '../../../components/input-checks.ts';
import { Link } from '../../../router/router.tsx';
import { FormWithFeedback } from '../../participant/components/FormWithFeedback.tsx';
import { useFormErrors } from '../../participant/components/form-errors.tsx';
import { formatDate, todayIso } from '../../participant/format.ts';
import { useContactFollowUps, usePatchContactLog } from '../api/employers.ts';
import { useEmployerT } from '../i18n/index.ts';
import '../employer.css';

/**
 * "Min vecka" for liaisons (and managers who hold employers): the next steps agreed with
 * employers that are overdue or due within seven days, each marked done or moved from the list.
 */
export function NextSteps({ range }: { range: ContactFollowUpRange }) {
  const { t, language } = useEmployerT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const followUps = useContactFollowUps(range);
  const patch = usePatchContactLog();
  const [moving, setMoving] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const today = todayIso();
  const items = [...(followUps.data?.items ?? [])].sort((a, b) =>
    (a.nextStepDue ?? '').localeCompare(b.nextStepDue ?? ''),
  );
  const movingItem = items.find((item) => item.id === moving);

  function markDone(item: ContactFollowUpItem) {
    setFailure(null);
    patch.mutate(
      { id: item.id, version: item.version, nextStepDone: true },
      {
        onSuccess: () => {
          announce(t('week.doneAnnounce', { step: item.nextStep ?? '', employer: item.employerName }));
          headingRef.current?.focus();
        },
        onError: (error) => {
          setFailure(error);
          if (isApiError(error) && error.status === 409) void followUps.refetch();
        },
      },
    );
  }

  function state(item: ContactFollowUpItem) {
    if (item.overdue) return { text: t('week.overdue'), tone: 'warning' };
    if (item.nextStepDue === today) return { text: t('week.today'), tone: 'info' };
    return { text: t('week.upcoming'), tone: 'neutral' };
  }

  return (
    <section aria-labelledby={headingId} className="section-stack next-steps">
      <div>
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('week.heading')}
        </h2>
        <p className="muted">{t('week.intro')}</p>
      </div>
      {followUps.isError ? <Alert tone="error">{errorMessage(followUps.error, tShared)}</Alert> : null}
      {failure ? (
        <Alert tone="error">
          {isApiError(failure) && failure.status === 409
            ? t('week.conflict')
            : errorMessage(failure, tShared)}
        </Alert>
      ) : null}
      {followUps.data ? (
        <p className="week-summary">
          {t('week.counts', {
            overdue: followUps.data.overdue,
            today: followUps.data.today,
            shown: items.length,
          })}
        </p>
      ) : followUps.isPending ? (
        <p className="muted">{t('common.loading')}</p>
      ) : null}
      <div aria-busy={followUps.isFetching}>
        {followUps.data && items.length === 0 ? (
          <p className="empty-state">{t(`week.empty.${range}`)}</p>
        ) : null}
        {items.length > 0 ? (
          <table className="data-table data-table--cards">
            <caption className="table-caption">{t(`week.caption.${range}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('week.columns.due')}</th>
                <th scope="col">{t('week.columns.employer')}</th>
                <th scope="col">{t('week.columns.step')}</th>
                <th scope="col">{t('week.columns.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('week.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const s = state(item);
                const step = item.nextStep ?? '';
                return (
                  <tr key={item.id}>
                    <th scope="row" data-label={t('week.columns.due')} className="nowrap tabular">
                      {formatDate(item.nextStepDue, language)}
                    </th>
                    <td data-label={t('week.columns.employer')}>
                      <Link to={`/arbetsgivare/${item.employerId}?flik=kontakter`} className="row-link">
                        {item.employerName}
                      </Link>
                    </td>
                    <td data-label={t('week.columns.step')} className="pre-line">
                      {step}
                      <span className="cell-note">
                        {t('week.from', {
                          kind: t(`labels.contactKind.${item.kind}`).toLowerCase(),
                          date: formatDate(item.occurredOn, language),
                        })}
                      </span>
                    </td>
                    <td data-label={t('week.columns.state')}>
                      <span className={`badge badge--${s.tone}`}>{s.text}</span>
                    </td>
                    <td>
                      <div className="row-actions">
                        <Button
                          variant="secondary"
                          aria-label={t('week.markDoneFor', { step, employer: item.employerName })}
                          isPending={patch.isPending && patch.variables?.id === item.id}
                          onPress={() => markDone(item)}
                        >
                          {t('week.markDone')}
                        </Button>
                        <Button
                          variant="quiet"
                          aria-label={t('week.moveFor', { step, employer: item.employerName })}
                          aria-expanded={moving === item.id}
                          onPress={() => setMoving(moving === item.id ? null : item.id)}
                        >
                          {t('week.move')}
                        </Button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </div>
      {movingItem ? (
        <Reschedule
          key={movingItem.id}
          item={movingItem}
          onDone={() => {
            setMoving(null);
            headingRef.current?.focus();
          }}
          onCancel={() => setMoving(null)}
          onReload={() => followUps.refetch()}
        />
      ) : null}
    </section>
  );
}

/** Moves a next step to another day. */
function Reschedule({
  item,
  onDone,
  onCancel,
  onReload,
}: {
  item: ContactFollowUpItem;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t, language } = useEmployerT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const patch = usePatchContactLog();
  const form = useFormErrors();
  const headingId = useId();

  useEffect(() => {
    form.formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, [form.formRef]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const due = checkDate(
      errors,
      'nextStepDue',
      new FormData(event.currentTarget).get('nextStepDue'),
      tShared,
      {
        required: t('week.dateRequired'),
      },
    );
    if (form.show(errors) || due === null) return;
    patch.mutate(
      { id: item.id, version: item.version, nextStepDue: due },
      {
        onSuccess: () => {
          announce(t('week.moved', { date: formatDate(due, language) }));
          onDone();
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('week.moveHeading', { step: item.nextStep ?? '', employer: item.employerName })}
      </h3>
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form form--compact"
        onReload={() => void onReload().then(() => form.setConflict(false))}
      >
        <DateField
          name="nextStepDue"
          label={t('week.newDate')}
          defaultValue={item.nextStepDue ?? ''}
          isRequired
        />
        <div className="form__actions">
          <Button type="submit" isPending={patch.isPending}>
            {t('week.saveDate')}
          </Button>
          <Button variant="quiet" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </FormWithFeedback>
    </section>
  );
}
