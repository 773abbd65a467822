import { useEffect, useId, useRef, useState } from 'react';
import { useAnnounce } from '../../components/Announcer.tsx';
import { Button } from '../../components/Button.tsx';
import { formatDateTime } from '../participant/format.ts';
import { linkUrl } from './admin-form.ts';
import type { PasswordLink } from './api/admin.ts';
import { useAdminT } from './i18n/index.ts';

/**
 * A one-time link just made, shown once: what to do with it, until when it works, the address in a
 * read-only field (select it or press the copy button) and "Klar". Focus moves to its heading.
 */
export function OneTimeLink({
  link,
  name,
  username,
  onDone,
}: {
  link: PasswordLink;
  name: string;
  username: string;
  onDone: () => void;
}) {
  const { t, language } = useAdminT();
  const announce = useAnnounce();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = linkUrl(window.location.origin, link.path);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
      announce(t('link.copied'));
    } catch {
      setCopy('failed');
      announce(t('link.copyFailed'));
    }
  }

  return (
    <section className="panel one-time-link" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="panel__title">
        {t('link.heading', { name })}
      </h3>
      <p>
        {link.purpose === 'invite' ? t('link.inviteText', { name, username }) : t('link.resetText', { name })}
      </p>
      <p>{t('link.validity', { date: formatDateTime(link.expiresAt, language) })}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-url`}>
          {t('link.label')}
        </label>
        <input
          id={`${id}-url`}
          className="field__input one-time-link__url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      {copy !== 'idle' ? (
        <p className="muted">{copy === 'copied' ? t('link.copied') : t('link.copyFailed')}</p>
      ) : null}
      <div className="form__actions">
        <Button onPress={() => void copyLink()}>{t('link.copy')}</Button>
        <Button variant="secondary" onPress={onDone}>
          {t('link.close')}
        </Button>
      </div>
    </section>
  );
}
