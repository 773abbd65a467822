import { type FormEvent, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { useChangePassword, useCurrentUser } from '../../api/auth.ts';
import { errorMessage } from '../../api/messages.ts';
import { Alert } from '../../components/Alert.tsx';
import { useAnnounce } from '../../components/Announcer.tsx';
import { Button } from '../../components/Button.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';

/** The server's rule (apps/server password rules); checked here too so the answer comes at once. */
const minPasswordLength = 12;

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const changePassword = useChangePassword();
  const user = useCurrentUser();
  const formRef = useRef<HTMLFormElement>(null);
  const fieldErrors = useFieldErrors(formRef);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (changePassword.isPending) return;
    const data = new FormData(event.currentTarget);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    const confirmPassword = String(data.get('confirmPassword') ?? '');

    const errors: Record<string, string> = {};
    if (!currentPassword) errors.currentPassword = t('password.currentRequired');
    if (!newPassword) errors.newPassword = t('password.newRequired');
    else if (newPassword.length < minPasswordLength) errors.newPassword = t('password.newTooShort');
    else if (newPassword === currentPassword) errors.newPassword = t('password.newSameAsCurrent');
    if (newPassword && confirmPassword !== newPassword)
      errors.confirmPassword = t('password.confirmMismatch');
    if (fieldErrors.show(errors)) {
      changePassword.reset();
      return;
    }

    announce(t('password.submitting'));
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          // A fresh form: no password stays in the DOM after it has been changed.
          setFormKey((k) => k + 1);
          announce(t('password.success'));
        },
        onError: (error) => {
          if (isApiError(error)) fieldErrors.show(error.fieldErrors());
        },
      },
    );
  }

  return (
    <Page title={t('password.title')} lead={<p>{t('password.intro')}</p>}>
      <div className="narrow">
        {changePassword.isError ? <Alert tone="error">{errorMessage(changePassword.error, t)}</Alert> : null}
        {changePassword.isSuccess ? <Alert tone="success">{t('password.success')}</Alert> : null}
        <Form key={formKey} ref={formRef} className="form" onSubmit={onSubmit} validationBehavior="aria">
          {/* Lets password managers file the new password under the right account. */}
          <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
          <TextField
            {...fieldErrors.field('currentPassword')}
            type="password"
            label={t('password.current')}
            autoComplete="current-password"
            isRequired
          />
          <TextField
            {...fieldErrors.field('newPassword')}
            type="password"
            label={t('password.new')}
            description={t('password.newDescription')}
            autoComplete="new-password"
            isRequired
          />
          <TextField
            {...fieldErrors.field('confirmPassword')}
            type="password"
            label={t('password.confirm')}
            autoComplete="new-password"
            isRequired
          />
          <div className="form__actions">
            <Button type="submit" isPending={changePassword.isPending}>
              {changePassword.isPending ? t('password.submitting') : t('password.submit')}
            </Button>
          </div>
        </Form>
      </div>
    </Page>
  );
}
