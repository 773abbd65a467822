import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error.ts';
import { AGREEMENT_KINDS, type AgreementBody, type EmployerDetail, maxLengths } from '../../../api/types.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { checkDate, checkLength } from '../../../components/input-checks.ts';
import { TextField } from '../../../components/TextField.tsx';
import { FormWithFeedback } from '../../participant/components/FormWithFeedback.tsx';
import { RadioGroupField, TextAreaField } from '../../participant/components/fields.tsx';
import { useFormErrors } from '../../participant/components/form-errors.tsx';
import { formatDate, textOrNull } from '../../participant/format.ts';
import { useAddAgreement, useUploadAgreementFile } from '../api/employers.ts';
import type { EmployerSectionProps } from '../EmployerPage.tsx';
import { useEmployerT } from '../i18n/index.ts';

/** Cooperation agreements and letters of intent: type, period, who signed, a note. */
export function AgreementsSection({ employer, canWrite }: EmployerSectionProps) {
  const { t, language } = useEmployerT();
  const [adding, setAdding] = useState(false);
  const agreements = [...employer.agreements].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <section className="panel" aria-labelledby="employer-agreements">
      <h2 id="employer-agreements" className="panel__title">
        {t('agreements.heading')}
      </h2>
      <p className="muted">{t('agreements.intro')}</p>
      {agreements.length === 0 ? (
        <p className="empty-state">{t('agreements.none')}</p>
      ) : (
        <table className="data-table data-table--cards">
          <caption className="visually-hidden">{t('agreements.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agreements.kind')}</th>
              <th scope="col">{t('agreements.period')}</th>
              <th scope="col">{t('agreements.signedBy')}</th>
              <th scope="col">{t('agreements.note')}</th>
              <th scope="col">{t('agreements.file')}</th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((a) => (
              <tr key={a.id}>
                <th scope="row" data-label={t('agreements.kind')}>
                  {t(`labels.agreementKind.${a.kind}`)}
                </th>
                <td data-label={t('agreements.period')} className="nowrap tabular">
                  {formatDate(a.validFrom, language)} –{' '}
                  {a.validTo ? formatDate(a.validTo, language) : t('agreements.open')}
                </td>
                <td data-label={t('agreements.signedBy')}>{a.signedBy ?? t('common.none')}</td>
                <td data-label={t('agreements.note')} className="pre-line">
                  {a.note ?? t('common.none')}
                </td>
                <td data-label={t('agreements.file')}>
                  <AgreementFile agreement={a} canWrite={canWrite} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite && !adding ? (
        <Button variant="secondary" onPress={() => setAdding(true)}>
          {t('agreements.add')}
        </Button>
      ) : null}
      {canWrite && adding ? <NewAgreement employerId={employer.id} onDone={() => setAdding(false)} /> : null}
    </section>
  );
}

const MAX_FILE_BYTES = 10 * 1024 * 1024;

function fileSize(bytes: number, language: string) {
  const kb = bytes / 1024;
  const n = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return kb < 1024 ? `${n.format(kb)} kB` : `${n.format(kb / 1024)} MB`;
}

/** The signed copy: a download link, and for those who may write, an upload that replaces it. */
function AgreementFile({
  agreement,
  canWrite,
}: {
  agreement: EmployerDetail['agreements'][number];
  canWrite: boolean;
}) {
  const { t, language } = useEmployerT();
  const announce = useAnnounce();
  const upload = useUploadAgreementFile();
  const inputId = useId();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(t('agreements.tooLarge'));
      return;
    }
    setError(null);
    upload.mutate(
      { agreementId: agreement.id, file },
      {
        onSuccess: (saved) => announce(t('agreements.uploaded', { name: saved.name })),
        onError: (e) => setError(e instanceof ApiError ? (e.detail ?? e.message) : String(e)),
      },
    );
  }
  return (
    <div className="stack-xs">
      {agreement.file ? (
        <a href={`/api/employer-agreements/${agreement.id}/file`} download={agreement.file.name}>
          {t('agreements.download', {
            name: agreement.file.name,
            size: fileSize(agreement.file.sizeBytes, language),
          })}
        </a>
      ) : (
        <span className="muted">{t('agreements.noFile')}</span>
      )}
      {canWrite ? (
        <div>
          <label htmlFor={inputId} className="field__label">
            {agreement.file ? t('agreements.replace') : t('agreements.upload')}
            <span className="visually-hidden"> – {t('agreements.uploadLabel')}</span>
          </label>
          <input
            id={inputId}
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.docx,.odt,application/pdf,image/png,image/jpeg"
            onChange={onChange}
            disabled={upload.isPending}
            aria-describedby={error ? errorId : undefined}
            aria-invalid={error ? true : undefined}
          />
          {error ? (
            <p id={errorId} className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function NewAgreement({ employerId, onDone }: { employerId: string; onDone: () => void }) {
  const { t, language } = useEmployerT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const add = useAddAgreement(employerId);
  const form = useFormErrors();
  const [kind, setKind] = useState<string>('cooperation_agreement');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const errors: Record<string, string> = {};
    const validFrom = checkDate(errors, 'validFrom', data.get('validFrom'), tShared, {
      required: t('agreements.validFromRequired'),
    });
    const validTo = checkDate(errors, 'validTo', data.get('validTo'), tShared);
    if (validFrom && validTo && validTo < validFrom) errors.validTo = t('agreements.endBeforeStart');
    const note = textOrNull(data.get('note'));
    checkLength(errors, 'note', note, maxLengths.AgreementBody.note, tShared, language);
    if (form.show(errors) || validFrom === null) return;
    const body: AgreementBody = {
      kind: kind as AgreementBody['kind'],
      validFrom,
      validTo,
      signedBy: textOrNull(data.get('signedBy')),
      note,
    };
    add.mutate(body, {
      onSuccess: () => {
        announce(t('agreements.added'));
        onDone();
      },
      onError: form.handleError,
    });
  }

  return (
    <section className="subpanel" aria-labelledby="agreement-new">
      <h3 id="agreement-new">{t('agreements.newHeading')}</h3>
      <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--compact">
        <RadioGroupField
          name="kind"
          legend={t('agreements.kind')}
          options={AGREEMENT_KINDS.map((value) => ({ value, label: t(`labels.agreementKind.${value}`) }))}
          value={kind}
          onChange={setKind}
          isRequired
        />
        <div className="form-grid">
          <DateField name="validFrom" label={t('agreements.validFrom')} isRequired />
          <DateField name="validTo" label={`${t('agreements.validTo')} ${t('common.optional')}`} />
          <TextField name="signedBy" label={`${t('agreements.signedBy')} ${t('common.optional')}`} />
        </div>
        <TextAreaField
          name="note"
          label={`${t('agreements.note')} ${t('common.optional')}`}
          description={t('agreements.noteDescription')}
          rows={3}
          maxLength={maxLengths.AgreementBody.note}
        />
        <div className="form__actions">
          <Button type="submit" isPending={add.isPending}>
            {t('agreements.save')}
          </Button>
          <Button
            variant="quiet"
            onPress={() => {
              form.clear();
              onDone();
            }}
          >
            {t('common.cancel')}
          </Button>
        </div>
      </FormWithFeedback>
    </section>
  );
}
