import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { errorMessage } from '../../api/messages.ts';
import { Alert } from '../../components/Alert.tsx';
import { useAnnounce } from '../../components/Announcer.tsx';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { parseCorrectionDays } from './admin-form.ts';
import { useSaveSettings, useSettings } from './api/admin.ts';
import { useAdminT } from './i18n/index.ts';

/** Inställningar: the municipality's name and how long a coach may correct an exit. */
export function SettingsPanel() {
  const { t } = useAdminT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const settings = useSettings();
  const save = useSaveSettings();
  const formRef = useRef<HTMLFormElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const fieldErrors = useFieldErrors(formRef);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || !settings.data) return;
    const data = new FormData(event.currentTarget);
    const displayName = String(data.get('displayName') ?? '').trim();
    const days = parseCorrectionDays(String(data.get('exitCorrectionDays') ?? ''));
    const errors: Record<string, string> = {};
    if (!displayName) errors.displayName = t('settings.nameRequired');
    if (days === null) errors.exitCorrectionDays = t('settings.daysInvalid');
    setNotice(null);
    if (fieldErrors.show(errors) || days === null) return;
    save.mutate(
      { version: settings.data.version, displayName, exitCorrectionDays: days },
      {
        onSuccess: () => {
          announce(t('settings.saved'));
          setNotice({ tone: 'success', text: t('settings.saved') });
        },
        onError: (error) => {
          if (isApiError(error) && error.errors.length > 0) fieldErrors.show(error.fieldErrors());
          else
            setNotice({
              tone: 'error',
              text:
                isApiError(error) && error.status === 409 ? t('common.stale') : errorMessage(error, tShared),
            });
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('settings.heading')}
      </h2>
      {settings.isError ? <Alert tone="error">{errorMessage(settings.error, tShared)}</Alert> : null}
      {notice ? (
        <Alert ref={noticeRef} tone={notice.tone}>
          {notice.text}
        </Alert>
      ) : null}
      {settings.data ? (
        <Form
          key={settings.data.version}
          ref={formRef}
          className="form narrow"
          onSubmit={onSubmit}
          validationBehavior="aria"
        >
          <p className="muted">
            {t('settings.code')}: <span className="tabular">{settings.data.municipalityCode}</span>
          </p>
          <TextField
            {...fieldErrors.field('displayName')}
            label={t('settings.displayName')}
            description={t('settings.displayNameDescription')}
            defaultValue={settings.data.displayName}
            autoComplete="off"
            isRequired
          />
          <TextField
            {...fieldErrors.field('exitCorrectionDays')}
            label={t('settings.exitCorrectionDays')}
            description={t('settings.exitCorrectionDaysDescription')}
            defaultValue={String(settings.data.exitCorrectionDays)}
            inputMode="numeric"
            inputClassName="field__input--short"
            autoComplete="off"
            isRequired
          />
          <div className="form__actions">
            <Button type="submit" isPending={save.isPending}>
              {save.isPending ? t('common.saving') : t('settings.submit')}
            </Button>
          </div>
        </Form>
      ) : settings.isPending ? (
        <p className="muted">{t('common.loading')}</p>
      ) : null}
    </section>
  );
}
