import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import { CONTACT_KINDS, type ContactLogEntry, maxLengths } from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { FormWithFeedback } from '../../participant/components/FormWithFeedback.tsx';
import { RadioGroupField, SelectField, TextAreaField } from '../../participant/components/fields.tsx';
import { useFormErrors } from '../../participant/components/form-errors.tsx';
import { formatDate, todayIso } from '../../participant/format.ts';
import { useLogContact, usePatchContactLog } from '../api/employers.ts';
import type { EmployerSectionProps } from '../EmployerPage.tsx';
import { readContactLogForm } from '../employer-form.ts';
import { useEmployerT } from '../i18n/index.ts';

/** The contact log: log a visit, call, e-mail or meeting with the next step agreed; mark steps done. */
export function ContactLogSection({ employer, canWrite }: EmployerSectionProps) {
  const { t } = useEmployerT();
  const logHeading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="contact-log-heading" className="section-stack">
      <div>
        <h2 id="contact-log-heading">{t('log.heading')}</h2>
        <p className="muted">{t('log.intro')}</p>
      </div>
      {canWrite ? <NewContact employer={employer} onLogged={() => logHeading.current?.focus()} /> : null}
      <section className="panel" aria-labelledby="contact-log-list">
        <h3 id="contact-log-list" ref={logHeading} tabIndex={-1}>
          {t('log.listHeading')}
        </h3>
        <ContactLogTable entries={employer.contactLog} canWrite={canWrite} />
      </section>
    </section>
  );
}

function NewContact({
  employer,
  onLogged,
}: {
  employer: EmployerSectionProps['employer'];
  onLogged: () => void;
}) {
  const { t, language } = useEmployerT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const log = useLogContact(employer.id);
  const form = useFormErrors();
  const [formKey, setFormKey] = useState(0);
  const [kind, setKind] = useState<string>('visit');
  const limits = maxLengths.ContactLogBody;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors, body } = readContactLogForm(
      new FormData(event.currentTarget),
      todayIso(),
      t,
      tShared,
      language,
    );
    if (form.show(errors) || !body) return;
    log.mutate(body, {
      onSuccess: (entry) => {
        announce(entry.nextStepDue ? t('log.loggedWithStep', { date: entry.nextStepDue }) : t('log.logged'));
        form.clear();
        setKind('visit');
        setFormKey((k) => k + 1);
        onLogged();
      },
      onError: form.handleError,
    });
  }

  return (
    <section className="panel" aria-labelledby="contact-log-new">
      <h3 id="contact-log-new">{t('log.newHeading')}</h3>
      {log.isSuccess ? <Alert tone="success">{t('log.logged')}</Alert> : null}
      <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--compact" formKey={formKey}>
        <RadioGroupField
          name="kind"
          legend={t('log.kind')}
          options={CONTACT_KINDS.map((value) => ({ value, label: t(`labels.contactKind.${value}`) }))}
          value={kind}
          onChange={setKind}
          isRequired
        />
        <div className="form-grid">
          <DateField name="occurredOn" label={t('log.date')} defaultValue={todayIso()} isRequired />
          {employer.contacts.length > 0 ? (
            <SelectField
              name="contactId"
              label={`${t('log.contactPerson')} ${t('common.optional')}`}
              placeholder={t('log.noContactPerson')}
              options={employer.contacts.map((c) => ({
                value: c.id,
                label: c.role ? `${c.name} (${c.role})` : c.name,
              }))}
              defaultValue=""
            />
          ) : null}
        </div>
        <TextAreaField
          name="note"
          label={`${t('log.note')} ${t('common.optional')}`}
          rows={3}
          maxLength={limits.note}
        />
        <fieldset className="fieldset next-step-fields">
          <legend className="field__label">{t('log.nextStepLegend')}</legend>
          <p className="field__description">{t('log.nextStepIntro')}</p>
          <TextAreaField
            name="nextStep"
            label={`${t('log.nextStep')} ${t('common.optional')}`}
            rows={2}
            maxLength={limits.nextStep}
          />
          <DateField
            name="nextStepDue"
            label={`${t('log.nextStepDue')} ${t('common.optional')}`}
            description={t('log.nextStepDueDescription')}
          />
        </fieldset>
        <div className="form__actions">
          <Button type="submit" isPending={log.isPending}>
            {log.isPending ? t('common.saving') : t('log.submit')}
          </Button>
        </div>
      </FormWithFeedback>
    </section>
  );
}

export function ContactLogTable({ entries, canWrite }: { entries: ContactLogEntry[]; canWrite: boolean }) {
  const { t, language } = useEmployerT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const patch = usePatchContactLog();
  const [failed, setFailed] = useState<unknown>(null);
  if (entries.length === 0) return <p className="empty-state">{t('log.none')}</p>;
  const sorted = [...entries].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));

  function setDone(entry: ContactLogEntry, done: boolean) {
    setFailed(null);
    patch.mutate(
      { id: entry.id, version: entry.version, nextStepDone: done },
      {
        onSuccess: () =>
          announce(done ? t('log.stepDone', { step: entry.nextStep ?? '' }) : t('log.stepReopened')),
        onError: setFailed,
      },
    );
  }

  return (
    <>
      {failed ? <Alert tone="error">{errorMessage(failed, tShared)}</Alert> : null}
      <table className="data-table data-table--cards">
        <caption className="visually-hidden">{t('log.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('log.date')}</th>
            <th scope="col">{t('log.kind')}</th>
            <th scope="col">{t('log.who')}</th>
            <th scope="col">{t('log.note')}</th>
            <th scope="col">{t('log.nextStepLegend')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((entry) => (
            <tr key={entry.id}>
              <th scope="row" data-label={t('log.date')} className="nowrap tabular">
                {formatDate(entry.occurredOn, language)}
              </th>
              <td data-label={t('log.kind')}>{t(`labels.contactKind.${entry.kind}`)}</td>
              <td data-label={t('log.who')}>
                {entry.staff?.displayName ?? t('common.none')}
                {entry.contact ? (
                  <span className="cell-note">{t('log.with', { name: entry.contact.name })}</span>
                ) : null}
              </td>
              <td data-label={t('log.note')} className="pre-line">
                {entry.note ?? t('common.none')}
              </td>
              <td data-label={t('log.nextStepLegend')}>
                {entry.nextStep ? (
                  <div className="next-step">
                    <span className="pre-line">{entry.nextStep}</span>
                    <span className="cell-note">
                      {entry.nextStepDue
                        ? t('log.due', { date: formatDate(entry.nextStepDue, language) })
                        : null}{' '}
                      {entry.nextStepDone ? (
                        <span className="badge badge--success">{t('log.done')}</span>
                      ) : entry.overdue ? (
                        <span className="badge badge--warning">{t('log.overdue')}</span>
                      ) : null}
                    </span>
                    {canWrite ? (
                      <Button
                        variant={entry.nextStepDone ? 'quiet' : 'secondary'}
                        aria-label={
                          entry.nextStepDone
                            ? t('log.reopenFor', { step: entry.nextStep })
                            : t('log.markDoneFor', { step: entry.nextStep })
                        }
                        isPending={patch.isPending && patch.variables?.id === entry.id}
                        onPress={() => setDone(entry, !entry.nextStepDone)}
                      >
                        {entry.nextStepDone ? t('log.reopen') : t('log.markDone')}
                      </Button>
                    ) : null}
                  </div>
                ) : (
                  t('common.none')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
