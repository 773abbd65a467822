import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import { JOURNAL_KINDS, type JournalKind, maxLengths } from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { checkDate, checkLength } from '../../../components/input-checks.ts';
import { useCreateJournalEntry, useJournal } from '../api/journal.ts';
import { FormWithFeedback } from '../components/FormWithFeedback.tsx';
import { SelectField, TextAreaField } from '../components/fields.tsx';
import { useFormErrors } from '../components/form-errors.tsx';
import { formatDate, formatDateTime, todayIso } from '../format.ts';
import { useParticipantT } from '../i18n/index.ts';
import type { SectionProps } from '../ParticipantPage.tsx';

export function JournalSection({ enrolmentId, canWrite }: SectionProps & { enrolmentId: string }) {
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
                <p className="journal__text">{entry.text}</p>
                <p className="journal__created muted">{formatDateTime(entry.createdAt, language)}</p>
              </article>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
