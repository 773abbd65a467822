import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import { maxLengths, type Role } from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { checkDate, checkLength } from '../../../components/input-checks.ts';
import { Link } from '../../../router/router.tsx';
import { FormWithFeedback } from '../../participant/components/FormWithFeedback.tsx';
import {
  CheckboxField,
  RadioGroupField,
  SelectField,
  TextAreaField,
} from '../../participant/components/fields.tsx';
import { useFormErrors } from '../../participant/components/form-errors.tsx';
import { formatDate, formatDateTime, textOrNull, todayIso } from '../../participant/format.ts';
import {
  useChangeEntryStatus,
  useRecordConsent,
  useShortlist,
  useWithdrawConsent,
} from '../api/shortlist.ts';
import {
  CONSENT_FIELDS,
  CONSENT_HOWS,
  type ConsentField,
  type ConsentHow,
  SHORTLIST_STATUSES,
  type Shortlist,
  type ShortlistEntry,
  type ShortlistStatus,
} from '../api/types.ts';
import { manualStatuses } from '../explain.ts';
import { type MatchingT, useMatchingT } from '../i18n/index.ts';

const tone: Record<ShortlistStatus, string> = {
  considered: 'neutral',
  contacted: 'info',
  relevant: 'info',
  presented: 'info',
  interview: 'warning',
  hired: 'success',
  not_relevant: 'neutral',
  declined: 'neutral',
};

export function EntryStatusBadge({ status }: { status: ShortlistStatus }) {
  const { t } = useMatchingT();
  return <span className={`badge badge--${tone[status]}`}>{t(`labels.status.${status}`)}</span>;
}

function statusLabel(t: MatchingT, status: string): string {
  return (SHORTLIST_STATUSES as readonly string[]).includes(status)
    ? t(`labels.status.${status as ShortlistStatus}`)
    : status;
}

export function consentFieldsText(t: MatchingT, fields: readonly ConsentField[]): string {
  return CONSENT_FIELDS.filter((f) => fields.includes(f))
    .map((f) => t(`labels.consentField.${f}`))
    .join(', ');
}

/**
 * The need's kandidatlista: each person with their status, the history of moves (who, when,
 * why), the note, and the consent. Statuses move by hand except "presenterad" and "anställd",
 * which the system sets. The person's own coach records and withdraws consent. People with
 * protected personal data are not listed to others: the page says to handle them outside.
 */
export function ShortlistPanel({
  shortlist,
  role,
  need,
}: {
  shortlist: Shortlist;
  role: Role;
  need: { id: string; title: string; employerName: string | null };
}) {
  const { t } = useMatchingT();
  return (
    <section className="panel" aria-labelledby="need-shortlist">
      <h2 id="need-shortlist" className="panel__title">
        {t('shortlist.heading', { count: shortlist.items.length })}
      </h2>
      {shortlist.protectedCount > 0 ? (
        <Alert tone="info" heading={t('shortlist.protectedHeading')}>
          {t('shortlist.protected', { count: shortlist.protectedCount })}
        </Alert>
      ) : null}
      {shortlist.items.length === 0 ? (
        <p className="empty-state">{t('shortlist.empty')}</p>
      ) : (
        <ul className="shortlist">
          {shortlist.items.map((entry) => (
            <ShortlistItem key={entry.id} entry={entry} role={role} need={need} />
          ))}
        </ul>
      )}
    </section>
  );
}

type Mode = null | 'status' | 'consent';

function ShortlistItem({
  entry,
  role,
  need,
}: {
  entry: ShortlistEntry;
  role: Role;
  need: { id: string; title: string; employerName: string | null };
}) {
  const { t, language } = useMatchingT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const [mode, setMode] = useState<Mode>(null);
  const withdraw = useWithdrawConsent();
  const headingId = useId();
  const name = entry.displayName;
  // The person's coach records consent; the server checks that the person is theirs.
  const mayRecordConsent = role === 'coach' && entry.participantId !== null;
  const mayMove = role !== 'admin';

  return (
    <li className="shortlist__item" aria-labelledby={headingId}>
      <div className="shortlist__head">
        <h3 id={headingId} className="shortlist__name">
          {entry.participantId ? (
            <Link to={`/deltagare/${entry.participantId}?flik=matchning`}>{name}</Link>
          ) : (
            name
          )}
        </h3>
        <EntryStatusBadge status={entry.status} />
      </div>
      {entry.protectedIdentity ? <Alert tone="info">{t('shortlist.protectedEntry')}</Alert> : null}
      <dl className="facts facts--compact">
        <div>
          <dt>{t('shortlist.coach')}</dt>
          <dd>{entry.coach?.displayName ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('shortlist.consent')}</dt>
          <dd>
            {entry.consent
              ? t('shortlist.consentGiven', {
                  fields: consentFieldsText(t, entry.consent.fields),
                  date: formatDate(entry.consent.givenOn, language),
                })
              : t('shortlist.noConsent')}
          </dd>
        </div>
        {entry.note ? (
          <div>
            <dt>{t('shortlist.note')}</dt>
            <dd className="preserve-lines">{entry.note}</dd>
          </div>
        ) : null}
      </dl>
      {withdraw.isError ? <Alert tone="error">{errorMessage(withdraw.error, tShared)}</Alert> : null}
      {mode === null ? (
        <div className="form__actions">
          {mayMove ? (
            <Button
              variant="secondary"
              onPress={() => setMode('status')}
              aria-label={t('shortlist.changeStatusLabel', { name })}
            >
              {t('shortlist.changeStatus')}
            </Button>
          ) : null}
          {mayRecordConsent && !entry.consent ? (
            <Button
              variant="secondary"
              onPress={() => setMode('consent')}
              aria-label={t('shortlist.recordConsentLabel', { name })}
            >
              {t('shortlist.recordConsent')}
            </Button>
          ) : null}
          {mayRecordConsent && entry.consent ? (
            <Button
              variant="quiet"
              isPending={withdraw.isPending}
              aria-label={t('shortlist.withdrawConsentLabel', { name })}
              onPress={() =>
                entry.consent &&
                withdraw.mutate(entry.consent.id, {
                  onSuccess: () => announce(t('shortlist.consentWithdrawn', { name })),
                })
              }
            >
              {t('shortlist.withdrawConsent')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {mode === 'status' ? <StatusForm entry={entry} onClose={() => setMode(null)} /> : null}
      {mode === 'consent' && entry.participantId ? (
        <ConsentForm
          participantId={entry.participantId}
          name={name}
          need={need}
          onClose={() => setMode(null)}
        />
      ) : null}
      <details className="shortlist__history">
        <summary>{t('shortlist.history', { count: entry.history.length })}</summary>
        <div className="table-scroll">
          <table className="data-table data-table--cards">
            <caption className="visually-hidden">{t('shortlist.historyCaption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shortlist.historyWhen')}</th>
                <th scope="col">{t('shortlist.historyWho')}</th>
                <th scope="col">{t('shortlist.historyChange')}</th>
                <th scope="col">{t('shortlist.historyWhy')}</th>
              </tr>
            </thead>
            <tbody>
              {entry.history.map((h) => (
                <tr key={`${h.at}-${h.toStatus}`}>
                  <td className="tabular nowrap" data-label={t('shortlist.historyWhen')}>
                    {formatDateTime(h.at, language)}
                  </td>
                  <td data-label={t('shortlist.historyWho')}>{h.by}</td>
                  <td data-label={t('shortlist.historyChange')}>
                    {h.fromStatus
                      ? t('shortlist.historyMove', {
                          from: statusLabel(t, h.fromStatus),
                          to: statusLabel(t, h.toStatus),
                        })
                      : t('shortlist.historyAdded', { to: statusLabel(t, h.toStatus) })}
                  </td>
                  <td data-label={t('shortlist.historyWhy')} className="preserve-lines">
                    {h.reason ?? t('common.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </li>
  );
}

function StatusForm({ entry, onClose }: { entry: ShortlistEntry; onClose: () => void }) {
  const { t, language } = useMatchingT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const change = useChangeEntryStatus();
  const shortlist = useShortlist(entry.needId);
  const form = useFormErrors();
  const headingId = useId();
  const options = manualStatuses(entry.status);
  const [status, setStatus] = useState<string>('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = textOrNull(new FormData(event.currentTarget).get('reason'));
    const errors: Record<string, string> = {};
    if (status === '') errors.status = t('shortlist.statusRequired');
    checkLength(errors, 'reason', reason, maxLengths.ShortlistStatusBody.reason, tShared, language);
    if (form.show(errors)) return;
    change.mutate(
      { entryId: entry.id, version: entry.version, status: status as ShortlistStatus, reason },
      {
        onSuccess: () => {
          announce(
            t('shortlist.statusChanged', {
              name: entry.displayName,
              status: t(`labels.status.${status as ShortlistStatus}`),
            }),
          );
          onClose();
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('shortlist.statusHeading', { name: entry.displayName })}</h4>
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form form--compact"
        onReload={() => void shortlist.refetch().then(() => form.setConflict(false))}
        isReloading={shortlist.isFetching}
      >
        <SelectField
          name="status"
          label={t('shortlist.newStatus')}
          placeholder={t('shortlist.chooseStatus')}
          options={options.map((value) => ({ value, label: t(`labels.status.${value}`) }))}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value)}
          isRequired
          description={t('shortlist.systemStatuses')}
        />
        <TextAreaField
          name="reason"
          label={t('shortlist.reason')}
          rows={2}
          maxLength={maxLengths.ShortlistStatusBody.reason}
        />
        <div className="form__actions">
          <Button type="submit" isPending={change.isPending}>
            {t('shortlist.saveStatus')}
          </Button>
          <Button variant="quiet" onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </FormWithFeedback>
    </section>
  );
}

/** The coach records the person's consent: which fields, when and how it was given. */
export function ConsentForm({
  participantId,
  name,
  need,
  onClose,
}: {
  participantId: string;
  name: string;
  need: { id: string; title: string; employerName: string | null };
  onClose: () => void;
}) {
  const { t } = useMatchingT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const record = useRecordConsent();
  const form = useFormErrors({ resolvePath: (path) => (path.startsWith('fields') ? 'fields.name' : null) });
  const headingId = useId();
  const [fields, setFields] = useState<ConsentField[]>([]);
  const [how, setHow] = useState<string>('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const errors: Record<string, string> = {};
    if (fields.length === 0) errors['fields.name'] = t('consent.fieldsRequired');
    const givenOn = checkDate(errors, 'givenOn', data.get('givenOn'), tShared, {
      required: t('consent.givenOnRequired'),
    });
    if (givenOn && givenOn > todayIso()) errors.givenOn = t('consent.future');
    if (how === '') errors.givenHow = t('consent.howRequired');
    if (form.show(errors) || !givenOn) return;
    record.mutate(
      { participantId, needId: need.id, fields, givenOn, givenHow: how as ConsentHow },
      {
        onSuccess: () => {
          announce(t('consent.saved', { name }));
          onClose();
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('consent.heading', { name })}</h4>
      <p>
        {t('consent.intro', {
          employer: need.employerName ?? t('consent.theEmployer'),
          need: need.title,
        })}
      </p>
      <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--compact">
        <fieldset className="field fieldset">
          <legend className="field__label">{t('consent.fields')}</legend>
          <div className="checkbox-group">
            {CONSENT_FIELDS.map((field) => (
              <CheckboxField
                key={field}
                name={`fields.${field}`}
                label={t(`labels.consentField.${field}`)}
                checked={fields.includes(field)}
                onChange={(checked) =>
                  setFields((now) => (checked ? [...now, field] : now.filter((f) => f !== field)))
                }
              />
            ))}
          </div>
        </fieldset>
        <DateField
          name="givenOn"
          label={t('consent.givenOn')}
          defaultValue={todayIso()}
          error={form.fieldErrors.givenOn}
          isRequired
        />
        <RadioGroupField
          name="givenHow"
          legend={t('consent.givenHow')}
          options={CONSENT_HOWS.map((value) => ({ value, label: t(`labels.consentHow.${value}`) }))}
          value={how}
          onChange={setHow}
          isRequired
        />
        <div className="form__actions">
          <Button type="submit" isPending={record.isPending}>
            {t('consent.save')}
          </Button>
          <Button variant="quiet" onPress={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </FormWithFeedback>
    </section>
  );
}
