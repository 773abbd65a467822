import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../api/auth.ts';
import { errorMessage } from '../../../api/messages.ts';
import { JOURNAL_KINDS, type JournalEntryView, type JournalKind, maxLengths } from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { checkDate, checkLength } from '../../../components/input-checks.ts';
import { useAmendJournalEntry, useCreateJournalEntry, useJournal } from '../api/journal.ts';
import { CorrectionHistory } from '../components/CorrectionHistory.tsx';
import { FormWithFeedback } from '../components/FormWithFeedback.tsx';
import { SelectField, TextAreaField } from '../components/fields.tsx';
import { useFormErrors } from '../components/form-errors.tsx';
import { formatDate, formatDateTime, todayIso } from '../format.ts';
import { useParticipantT } from '../i18n/index.ts';
import type { SectionProps } from '../ParticipantPage.tsx';

export function JournalSection({
  participant,
  enrolmentId,
  canWrite,
}: SectionProps & { enrolmentId: string }) {
  const me = useCurrentUser();
  const [amendingId, setAmendingId] = useState<string | null>(null);
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const journal = useJournal(enrolmentId);
  const create = useCreateJournalEntry(enrolmentId);
  const form = useFormErrors();
  const [formKey, setFormKey] = useState(0);
  const items = journal.data?.items ?? [];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = String(data.get('text') ?? '').trim();
    const kind = String(data.get('kind') ?? 'note') as JournalKind;
    const local: Record<string, string> = {};
    const occurredOn = checkDate(local, 'occurredOn', data.get('occurredOn'), tShared, {
      required: t('form.required', { field: t('journal.occurredOn').toLowerCase() }),
    });
    if (!text) local.text = t('form.required', { field: t('journal.text').toLowerCase() });
    checkLength(local, 'text', text, maxLengths.JournalCreateBody.text, tShared, language);
    if (form.show(local) || occurredOn === null) return;
    create.mutate(
      { kind, occurredOn, text },
      {
        onSuccess: () => {
          announce(t('journal.added'));
          setFormKey((k) => k + 1);
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <section aria-labelledby="journal-heading" className="section-stack">
      <div>
        <h2 id="journal-heading">{t('journal.heading')}</h2>
        <p className="muted">{t('journal.intro')}</p>
      </div>
      {canWrite ? (
        <section className="panel" aria-labelledby="journal-new">
          <h3 id="journal-new">{t('journal.addHeading')}</h3>
          {create.isSuccess ? <Alert tone="success">{t('journal.added')}</Alert> : null}
          <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--compact" formKey={formKey}>
            <div className="form-grid">
              <SelectField
                name="kind"
                label={t('journal.kind')}
                options={JOURNAL_KINDS.map((value) => ({ value, label: t(`labels.journalKind.${value}`) }))}
                defaultValue="note"
              />
              <DateField
                name="occurredOn"
                label={t('journal.occurredOn')}
                defaultValue={todayIso()}
                isRequired
              />
            </div>
            <TextAreaField
              name="text"
              label={t('journal.text')}
              rows={5}
              maxLength={maxLengths.JournalCreateBody.text}
              isRequired
            />
            <div className="form__actions">
              <Button type="submit" isPending={create.isPending}>
                {t('journal.add')}
              </Button>
            </div>
          </FormWithFeedback>
        </section>
      ) : null}
      {journal.isError ? <Alert tone="error">{errorMessage(journal.error, tShared)}</Alert> : null}
      {journal.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {journal.data && items.length === 0 ? <p className="empty-state">{t('journal.none')}</p> : null}
      {items.length > 0 ? (
        <ol className="journal">
          {items.map((entry) => (
            <li key={entry.id} className="journal__entry">
              <article aria-labelledby={`journal-${entry.id}`}>
                <h3 id={`journal-${entry.id}`} className="journal__meta">
                  {t('journal.entryMeta', {
                    kind: t(`labels.journalKind.${entry.kind}`),
                    date: formatDate(entry.occurredOn, language),
                    by: entry.author ? t('common.by', { name: entry.author.displayName }) : '',
                  })}
                </h3>
                {amendingId === entry.id ? (
                  <AmendForm entry={entry} onDone={() => setAmendingId(null)} />
                ) : (
                  <p className="journal__text">{entry.text}</p>
                )}
                <p className="journal__created muted">
                  {formatDateTime(entry.createdAt, language)}
                  {entry.amendedAt
                    ? ` · ${t('journal.amendedAt', { date: formatDateTime(entry.amendedAt, language) })}`
                    : ''}
                </p>
                <CorrectionHistory
                  participantId={participant.id}
                  subjectId={entry.id}
                  label={(field) =>
                    field === 'text'
                      ? t('journal.text')
                      : field === 'kind'
                        ? t('journal.kind')
                        : t('journal.occurredOn')
                  }
                  format={(field, value) =>
                    field === 'kind'
                      ? t(`labels.journalKind.${value as JournalKind}`)
                      : field === 'occurredOn'
                        ? formatDate(String(value), language)
                        : undefined
                  }
                />
                {participant.permissions.correct && entry.author?.id === me.id && amendingId !== entry.id ? (
                  <Button
                    variant="quiet"
                    onPress={() => setAmendingId(entry.id)}
                    aria-label={t('journal.amendNamed', { date: formatDate(entry.occurredOn, language) })}
                  >
                    {t('journal.amend')}
                  </Button>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

/** Amends one's own note: the new text and why; the original is kept and shown in the history. */
function AmendForm({ entry, onDone }: { entry: JournalEntryView; onDone: () => void }) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const amend = useAmendJournalEntry();
  const form = useFormErrors();
  const headingId = useId();
  const textRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    textRef.current?.querySelector('textarea')?.focus();
  }, []);
  const sentText = useRef('');

  function submit(text: string, reason: string, version: number) {
    sentText.current = text;
    amend.mutate(
      { entryId: entry.id, version, text, reason },
      {
        onSuccess: () => {
          announce(t('journal.amended'));
          onDone();
        },
        onError: form.handleError,
      },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = String(data.get('text') ?? '').trim();
    const reason = String(data.get('reason') ?? '').trim();
    const local: Record<string, string> = {};
    if (!text) local.text = t('form.required', { field: t('journal.text').toLowerCase() });
    checkLength(local, 'text', text, maxLengths.JournalAmendBody.text, tShared, language);
    if (!reason) local.reason = t('form.reasonRequired');
    if (form.show(local)) return;
    submit(text, reason, entry.version);
  }

  const current = form.conflict?.conflict?.current;
  return (
    <div className="subpanel" ref={textRef}>
      <p id={headingId} className="visually-hidden">
        {t('journal.amendHeading')}
      </p>
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form form--compact"
        onReload={onDone}
        conflictRows={(saved) => [
          {
            label: t('journal.text'),
            before: entry.text,
            saved: typeof saved?.text === 'string' ? saved.text : '',
            mine: sentText.current,
          },
        ]}
        {...(current && typeof current.version === 'number'
          ? {
              onOverwrite: () => {
                const reason = String(
                  new FormData(form.formRef.current ?? undefined).get('reason') ?? '',
                ).trim();
                submit(sentText.current, reason, current.version as number);
              },
            }
          : {})}
      >
        <TextAreaField
          name="text"
          label={t('journal.text')}
          rows={5}
          maxLength={maxLengths.JournalAmendBody.text}
          defaultValue={entry.text}
          isRequired
        />
        <TextAreaField
          name="reason"
          label={t('journal.amendReason')}
          description={t('journal.amendReasonDescription')}
          rows={2}
          maxLength={maxLengths.JournalAmendBody.reason}
          isRequired
        />
        <div className="form__actions">
          <Button type="submit" isPending={amend.isPending}>
            {t('journal.amendSave')}
          </Button>
          <Button variant="secondary" onPress={onDone}>
            {t('common.cancel')}
          </Button>
        </div>
      </FormWithFeedback>
    </div>
  );
}
