import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from './input-checks.ts';

/**
 * The count under a long text: how many characters are left, or how many too many (the text is
 * never cut: what was pasted stays, and the form refuses it with a message). The limit itself is
 * in the field's description (read with the field); the visible count is not read on every
 * keystroke — near the limit, a polite announcement follows once typing pauses.
 */
export function CharacterCount({ length, max }: { length: number; max: number }) {
  const { t, i18n } = useTranslation();
  const remaining = max - length;
  const near = remaining <= Math.max(20, Math.round(max * 0.05));
  const text =
    remaining >= 0
      ? t('form.length.remaining', {
          count: remaining,
          n: formatCount(remaining, i18n.language),
          max: formatCount(max, i18n.language),
        })
      : t('form.length.over', {
          count: -remaining,
          n: formatCount(-remaining, i18n.language),
          max: formatCount(max, i18n.language),
        });
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (!near) {
      setSpoken('');
      return;
    }
    const timer = window.setTimeout(() => setSpoken(text), 1000);
    return () => window.clearTimeout(timer);
  }, [near, text]);
  return (
    <>
      <p
        className={remaining < 0 ? 'field__counter field__counter--over' : 'field__counter'}
        aria-hidden="true"
      >
        {text}
      </p>
      <p className="visually-hidden" role="status">
        {spoken}
      </p>
    </>
  );
}
