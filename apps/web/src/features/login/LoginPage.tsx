import { type FormEvent, useRef } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { useLogin } from '../../api/auth.ts';
import { errorMessage } from '../../api/messages.ts';
import { Alert } from '../../components/Alert.tsx';
import { useAnnounce } from '../../components/Announcer.tsx';
import { Button } from '../../components/Button.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';

export type LoginNotice = 'sessionExpired' | 'loggedOut';

interface LoginPageProps {
  notice?: LoginNotice | undefined;
  onLoggedIn: () => void;
}

export function LoginPage({ notice, onLoggedIn }: LoginPageProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const login = useLogin();
  const formRef = useRef<HTMLFormElement>(null);
  const fieldErrors = useFieldErrors(formRef);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending) return;
    const data = new FormData(event.currentTarget);
    const username = String(data.get('username') ?? '').trim();
    const password = String(data.get('password') ?? '');

    const errors: Record<string, string> = {};
    if (!username) errors.username = t('login.usernameRequired');
    if (!password) errors.password = t('login.passwordRequired');
    if (fieldErrors.show(errors)) return;

    login.reset();
    announce(t('login.submitting'));
    login.mutate(
      { username, password },
      {
        onSuccess: () => {
          announce(t('login.success'));
          onLoggedIn();
        },
        onError: (error) => {
          if (isApiError(error)) fieldErrors.show(error.fieldErrors());
        },
      },
    );
  }

  const failure = login.error
    ? isApiError(login.error) && login.error.status === 429 && !login.error.detail
      ? t('login.throttled')
      : isApiError(login.error) && login.error.status === 401 && !login.error.detail
        ? t('login.failed')
        : errorMessage(login.error, t)
    : null;

  return (
    <div className="login">
      <div className="login__card">
        <Page title={t('login.title')} lead={<p>{t('login.intro')}</p>}>
          {failure ? (
            <Alert tone="error">{failure}</Alert>
          ) : notice ? (
            <Alert tone="info">{t(`login.${notice}`)}</Alert>
          ) : null}
          <Form ref={formRef} className="form" onSubmit={onSubmit} validationBehavior="aria">
            <TextField name="username" label={t('login.username')} autoComplete="username" isRequired />
            <TextField
              name="password"
              type="password"
              label={t('login.password')}
              autoComplete="current-password"
              isRequired
            />
            <div className="form__actions">
              <Button type="submit" isPending={login.isPending}>
                {login.isPending ? t('login.submitting') : t('login.submit')}
              </Button>
            </div>
          </Form>
          <p className="login__help muted">{t('login.help')}</p>
        </Page>
      </div>
    </div>
  );
}
