import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { FormWithFeedback } from '../../participant/components/FormWithFeedback.tsx';
import { CheckboxField, SelectField } from '../../participant/components/fields.tsx';
import { useFormErrors } from '../../participant/components/form-errors.tsx';
import { formatDateTime } from '../../participant/format.ts';
import { useCreatePresentation, useRevokePresentation } from '../api/shortlist.ts';
import type { PresentationCreated, Shortlist } from '../api/types.ts';
import { linkAddress, presentationState, presentBlock } from '../explain.ts';
import { useMatchingT } from '../i18n/index.ts';
import { consentFieldsText, EntryStatusBadge } from './ShortlistPanel.tsx';

const EXPIRY_DAYS = ['7', '14', '30'] as const;

/**
 * Presenting to the employer (liaisons and managers): choose candidates with consent, create an
 * expiring link shown once (with a copy button), and the presentations made, each revocable.
 */
export function PresentationPanel({ needId, shortlist }: { needId: string; shortlist: Shortlist }) {
  const { t, language } = useMatchingT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const create = useCreatePresentation(needId);
  const revoke = useRevokePresentation();
  const form = useFormErrors({ resolvePath: (path) => (path.startsWith('entryIds') ? 'entries' : null) });
  const [chosen, setChosen] = useState<string[]>([]);
  const [days, setDays] = useState<(typeof EXPIRY_DAYS)[number]>('14');
  const [created, setCreated] = useState<PresentationCreated | null>(null);
  const createdRef = useRef<HTMLHeadingElement>(null);
  const listId = useId();
  const presentable = shortlist.items.filter((e) => presentBlock(e) === null);

  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entryIds = chosen.filter((id) => presentable.some((e) => e.id === id));
    if (form.show(entryIds.length === 0 ? { entries: t('presentation.chooseOne') } : {})) return;
    create.mutate(
      { entryIds, expiresInDays: Number(days) },
      {
        onSuccess: (answer) => {
          setCreated(answer);
          setChosen([]);
          announce(t('presentation.createdHeading'));
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="need-presentation">
      <h2 id="need-presentation" className="panel__title">
        {t('presentation.heading')}
      </h2>
      <p className="muted">{t('presentation.intro')}</p>
      {created ? (
        <CreatedLink created={created} headingRef={createdRef} onClose={() => setCreated(null)} />
      ) : null}
      {shortlist.items.length === 0 ? null : (
        <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--compact">
          <fieldset className="field fieldset" aria-describedby={listId}>
            <legend className="field__label">{t('presentation.choose')}</legend>
            <span id={listId} className="field__description">
              {presentable.length === 0 ? t('presentation.noneAvailable') : t('presentation.chooseHelp')}
            </span>
            <ul className="present-list">
              {shortlist.items.map((entry) => {
                const block = presentBlock(entry);
                return (
                  <li key={entry.id}>
                    {block === null ? (
                      <CheckboxField
                        name={entry === presentable[0] ? 'entries' : `entry-${entry.id}`}
                        label={entry.displayName}
                        description={
                          entry.consent
                            ? t('presentation.consented', {
                                fields: consentFieldsText(t, entry.consent.fields),
                              })
                            : undefined
                        }
                        checked={chosen.includes(entry.id)}
                        onChange={(checked) =>
                          setChosen((now) =>
                            checked ? [...now, entry.id] : now.filter((id) => id !== entry.id),
                          )
                        }
                      />
                    ) : (
                      <p className="present-list__blocked">
                        <span>{entry.displayName}</span> <EntryStatusBadge status={entry.status} />{' '}
                        <span className="muted">{t(`presentation.blocked.${block}`)}</span>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <SelectField
            name="expiresInDays"
            label={t('presentation.expires')}
            options={EXPIRY_DAYS.map((value) => ({
              value,
              label: t('presentation.days', { count: Number(value) }),
            }))}
            value={days}
            onChange={(event) => setDays(event.currentTarget.value as (typeof EXPIRY_DAYS)[number])}
          />
          <div className="form__actions">
            <Button type="submit" isPending={create.isPending} isDisabled={presentable.length === 0}>
              {t('presentation.create')}
            </Button>
          </div>
        </FormWithFeedback>
      )}
      {revoke.isError ? <Alert tone="error">{errorMessage(revoke.error, tShared)}</Alert> : null}
      {shortlist.presentations.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table data-table--cards">
            <caption className="table-caption">{t('presentation.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('presentation.createdAt')}</th>
                <th scope="col">{t('presentation.expiresAt')}</th>
                <th scope="col">{t('presentation.candidates')}</th>
                <th scope="col">{t('presentation.answered')}</th>
                <th scope="col">{t('presentation.lastViewed')}</th>
                <th scope="col">{t('presentation.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('presentation.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shortlist.presentations.map((p) => {
                const state = presentationState(p, new Date());
                return (
                  <tr key={p.id}>
                    <td className="tabular" data-label={t('presentation.createdAt')}>
                      {formatDateTime(p.createdAt, language)}
                    </td>
                    <td className="tabular" data-label={t('presentation.expiresAt')}>
                      {formatDateTime(p.expiresAt, language)}
                    </td>
                    <td className="tabular" data-label={t('presentation.candidates')}>
                      {p.candidates}
                    </td>
                    <td className="tabular" data-label={t('presentation.answered')}>
                      {p.answered}
                    </td>
                    <td className="tabular" data-label={t('presentation.lastViewed')}>
                      {p.lastViewedAt ? formatDateTime(p.lastViewedAt, language) : t('presentation.never')}
                    </td>
                    <td data-label={t('presentation.state')}>
                      <span className={`badge ${state === 'active' ? 'badge--success' : 'badge--neutral'}`}>
                        {t(`presentation.states.${state}`)}
                      </span>
                    </td>
                    <td>
                      {state === 'active' ? (
                        <Button
                          variant="quiet"
                          isPending={revoke.isPending && revoke.variables === p.id}
                          aria-label={t('presentation.revokeLabel', {
                            date: formatDateTime(p.createdAt, language),
                          })}
                          onPress={() =>
                            revoke.mutate(p.id, { onSuccess: () => announce(t('presentation.revoked')) })
                          }
                        >
                          {t('presentation.revoke')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {created === null && shortlist.presentations.length === 0 ? (
        <p className="muted">{t('presentation.none')}</p>
      ) : null}
    </section>
  );
}

/** The link, once: the token is not stored, so this is the only time anyone sees it. */
function CreatedLink({
  created,
  headingRef,
  onClose,
}: {
  created: PresentationCreated;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}) {
  const { t, language } = useMatchingT();
  const announce = useAnnounce();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyFailed, setCopyFailed] = useState(false);
  const address = linkAddress(window.location.origin, created.path);

  async function copy() {
    try {
      await navigator.clipboard.writeText(address);
      setCopyFailed(false);
      announce(t('presentation.copied'));
    } catch {
      setCopyFailed(true);
      inputRef.current?.select();
    }
  }

  return (
    <section className="created-link" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`} ref={headingRef} tabIndex={-1}>
        {t('presentation.createdHeading')}
      </h3>
      <p>{t('presentation.createdText', { date: formatDateTime(created.expiresAt, language) })}</p>
      {created.warnings.length > 0 ? (
        <Alert tone="info" heading={t('presentation.warningHeading')}>
          <ul className="plain-list">
            {created.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {t('presentation.linkLabel')}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="field__input created-link__input"
          readOnly
          value={address}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      {copyFailed ? <Alert tone="error">{t('presentation.copyFailed')}</Alert> : null}
      <div className="form__actions">
        <Button onPress={() => void copy()}>{t('presentation.copy')}</Button>
        <Button variant="quiet" onPress={onClose}>
          {t('presentation.done')}
        </Button>
      </div>
    </section>
  );
}
