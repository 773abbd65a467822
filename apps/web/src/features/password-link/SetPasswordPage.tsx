import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { errorMessage } from '../../api/messages.ts';
import { Alert } from '../../components/Alert.tsx';
import { useAnnounce } from '../../components/Announcer.tsx';
import { Button } from '../../components/Button.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { formatDateTime } from '../participant/format.ts';
import { usePasswordLink, useSetPassword } from './api.ts';
import { usePasswordLinkT } from './i18n/index.ts';

/** The server's rules (apps/server password rules), checked here too so the answer comes at once. */
const MIN_LENGTH = 12;

/**
 * Reads the token from the address's fragment once and takes it out of the address bar (and the
 * history), so it is not left behind for the next person at the computer.
 */
function useTokenFromFragment(): string {
  const [token] = useState(() => decodeURIComponent(window.location.hash.replace(/^#/, '')));
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
    }
  }, []);
  return token;
}

/** The page behind a one-time link (no login): choose a password, then log in as usual. */
export default function SetPasswordPage() {
  const { t, language } = usePasswordLinkT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const token = useTokenFromFragment();
  const link = usePasswordLink(token);
  const setPassword = useSetPassword();
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const fieldErrors = useFieldErrors(formRef);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (!token) {
    return (
      <Page title={t('goneTitle')}>
        <Alert tone="info">{t('missing')}</Alert>
      </Page>
    );
  }
  if (done && link.data) {
    return (
      <Page title={t('doneTitle')}>
        <Alert ref={doneRef} tone="success">
          {t('done', { username: link.data.username })}
        </Alert>
        <p>
          <a href="/logga-in" className="button button--primary">
            {t('toLogin')}
          </a>
        </p>
      </Page>
    );
  }
  if (!link.data) {
    const gone = isApiError(link.error) && (link.error.status === 404 || link.error.status === 400);
    return (
      <Page title={gone ? t('goneTitle') : t('title')}>
        {link.isError ? (
          gone ? (
            <Alert tone="info">{t('gone')}</Alert>
          ) : (
            <Alert tone="error">{errorMessage(link.error, tShared)}</Alert>
          )
        ) : (
          <p className="muted">{t('loading')}</p>
        )}
      </Page>
    );
  }

  const { username, displayName, purpose, expiresAt } = link.data;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (setPassword.isPending) return;
    const data = new FormData(event.currentTarget);
    const newPassword = String(data.get('newPassword') ?? '');
    const confirmPassword = String(data.get('confirmPassword') ?? '');
    const errors: Record<string, string> = {};
    if (!newPassword) errors.newPassword = t('required');
    else if (newPassword.length < MIN_LENGTH) errors.newPassword = t('tooShort');
    else if (newPassword.toLowerCase().includes(username.toLowerCase()))
      errors.newPassword = t('containsUsername');
    else if (confirmPassword !== newPassword) errors.confirmPassword = t('mismatch');
    setPassword.reset();
    if (fieldErrors.show(errors)) return;
    announce(t('submitting'));
    setPassword.mutate(
      { token, newPassword },
      {
        onSuccess: () => {
          announce(t('doneTitle'));
          setDone(true);
        },
        onError: (error) => {
          if (isApiError(error)) fieldErrors.show(error.fieldErrors());
        },
      },
    );
  }

  const failure =
    setPassword.error && !(isApiError(setPassword.error) && setPassword.error.errors.length > 0)
      ? isApiError(setPassword.error) && setPassword.error.status === 404
        ? t('gone')
        : errorMessage(setPassword.error, tShared)
      : null;

  return (
    <Page
      title={t('title')}
      lead={
        <>
          <p>
            {purpose === 'invite' ? t('welcome', { name: displayName }) : t('reset', { name: displayName })}
          </p>
          <p>
            {t('usernameLabel')} <strong>{username}</strong>.{' '}
            {t('validity', { date: formatDateTime(expiresAt, language) })}
          </p>
        </>
      }
    >
      <div className="narrow">
        {failure ? <Alert tone="error">{failure}</Alert> : null}
        <Form ref={formRef} className="form" onSubmit={onSubmit} validationBehavior="aria">
          {/* Lets password managers file the new password under the right account. */}
          <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
          <TextField
            {...fieldErrors.field('newPassword')}
            type="password"
            label={t('newPassword')}
            description={t('newPasswordDescription')}
            autoComplete="new-password"
            isRequired
          />
          <TextField
            {...fieldErrors.field('confirmPassword')}
            type="password"
            label={t('confirm')}
            autoComplete="new-password"
            isRequired
          />
          <div className="form__actions">
            <Button type="submit" isPending={setPassword.isPending}>
              {setPassword.isPending ? t('submitting') : t('submit')}
            </Button>
          </div>
        </Form>
      </div>
    </Page>
  );
}
