import { type FormEvent, type Ref, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxLengths, type PublicNeedBody, type PublicNeedResponse } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { useAnnounce } from '../../components/Announcer.tsx';
import { Button } from '../../components/Button.tsx';
import { DateField } from '../../components/DateField.tsx';
import { checkDate, checkLength } from '../../components/input-checks.ts';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { FormWithFeedback } from '../participant/components/FormWithFeedback.tsx';
import { SelectField, TextAreaField } from '../participant/components/fields.tsx';
import { useFormErrors } from '../participant/components/form-errors.tsx';
import { WarningList } from '../recruitment-need/components/WarningList.tsx';
import {
  PublicApiError,
  usePublicMunicipalities,
  usePublicSuggestions,
  useSubmitPublicNeed,
} from './api/public.ts';
import { usePublicNeedT } from './i18n/index.ts';
import {
  confirm,
  confirmedChoices,
  emptySuggestions,
  remove,
  type Suggestion,
  type SuggestionState,
  unconfirm,
  waitFor,
  withSuggestions,
} from './suggestions.ts';
import '../participant/participant.css';
import '../recruitment-need/recruitment-need.css';
import './public-need.css';

/** Wait this long after the last keystroke before asking for suggestions. */
export const SUGGEST_DEBOUNCE_MS = 700;
const EXTENTS = ['100', '75', '50', '25'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Vill du rekrytera skräddarsydd kompetens?": an employer tells the unit about a need in their
 * own words, without an account. While they write, the form suggests the occupation, skills and
 * licences it reads in the text (each confirmed or removed), and gently points out a phrase that
 * may be discriminatory. The need arrives as *inkommen* for a liaison to review.
 */
export default function PublicNeedPage() {
  const { t, language } = usePublicNeedT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const submit = useSubmitPublicNeed();
  const municipalities = usePublicMunicipalities();
  const form = useFormErrors();
  const [description, setDescription] = useState('');
  const [positions, setPositions] = useState('1');
  const [suggestions, setSuggestions] = useState<SuggestionState>(emptySuggestions);
  const [received, setReceived] = useState<PublicNeedResponse | null>(null);
  const [refused, setRefused] = useState<PublicApiError | null>(null);
  const [formKey, setFormKey] = useState(0);
  const confirmationRef = useRef<HTMLHeadingElement>(null);
  const refusedRef = useRef<HTMLDivElement>(null);

  const text = useDebouncedValue(description, SUGGEST_DEBOUNCE_MS);
  const suggest = usePublicSuggestions(text);
  useEffect(() => {
    if (suggest.data) setSuggestions((state) => withSuggestions(state, suggest.data));
  }, [suggest.data]);

  useEffect(() => {
    if (received) confirmationRef.current?.focus();
  }, [received]);
  useEffect(() => {
    if (refused) refusedRef.current?.focus();
  }, [refused]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRefused(null);
    const data = new FormData(event.currentTarget);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    const errors: Record<string, string> = {};
    const limits = maxLengths.PublicNeedBody;
    if (description.trim() === '') errors.description = t('errors.descriptionRequired');
    checkLength(errors, 'description', description, limits.description, tShared, language);
    const positionCount = positions.trim() === '' ? 1 : Number(positions.trim());
    if (!/^\d+$/.test(positions.trim() || '1') || positionCount < 1 || positionCount > 500)
      errors.positions = t('errors.positionsInvalid');
    const municipality = field('municipality');
    if (municipality !== '' && !/^\d{4}$/.test(municipality))
      errors.municipality = t('errors.municipalityInvalid');
    const startDate = checkDate(errors, 'startDate', data.get('startDate'), tShared);
    if (field('organisationName') === '') errors.organisationName = t('errors.organisationRequired');
    if (field('contactName') === '') errors.contactName = t('errors.contactRequired');
    const email = field('email');
    if (email === '') errors.email = t('errors.emailRequired');
    else if (!EMAIL.test(email)) errors.email = t('errors.emailInvalid');
    if (form.show(errors)) return;
    const extent = field('extentPercent');
    const body: PublicNeedBody = {
      organisationName: field('organisationName'),
      organisationsnummer: field('organisationsnummer') || null,
      contactName: field('contactName'),
      email,
      phone: field('phone') || null,
      description: description.trim(),
      positions: positionCount,
      municipality: municipality || null,
      startDate,
      extentPercent: extent === '' ? null : Number(extent),
      ...confirmedChoices(suggestions),
      // The honeypot: people never see it; whatever a robot put there goes to the server.
      website: String(data.get('website') ?? ''),
    };
    submit.mutate(body, {
      onSuccess: (answer) => {
        setReceived(answer);
        announce(t('received.heading'));
      },
      onError: (error) => {
        if (error instanceof PublicApiError && (error.status === 413 || error.status === 429)) {
          setRefused(error);
          return;
        }
        form.handleError(error);
      },
    });
  }

  function startOver() {
    setReceived(null);
    setDescription('');
    setPositions('1');
    setSuggestions(emptySuggestions);
    form.clear();
    setFormKey((k) => k + 1);
  }

  if (received) {
    return (
      <Page title={t('title')}>
        <section className="panel public-confirmation" aria-labelledby="public-received">
          <h2 id="public-received" ref={confirmationRef} tabIndex={-1} className="panel__title">
            {t('received.heading')}
          </h2>
          <p>{received.message}</p>
          <p>
            {t('received.reference')} <strong className="tabular">{received.reference}</strong>
          </p>
          <p className="muted">{t('received.quote')}</p>
          <Button variant="secondary" onPress={startOver}>
            {t('received.another')}
          </Button>
        </section>
      </Page>
    );
  }

  const warnings = description.trim() === '' ? [] : (suggest.data?.warnings ?? []);
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      {refused ? <Refused error={refused} ref={refusedRef} /> : null}
      <FormWithFeedback form={form} onSubmit={onSubmit} className="form public-form" formKey={formKey}>
        <fieldset className="form-section">
          <legend className="form-section__legend">{t('need.heading')}</legend>
          <TextAreaField
            name="description"
            label={t('need.description')}
            description={t('need.descriptionHelp')}
            value={description}
            onChange={setDescription}
            rows={7}
            isRequired
            maxLength={maxLengths.PublicNeedBody.description}
          />
          <Suggestions
            state={suggestions}
            setState={setSuggestions}
            positions={suggest.data && description.trim() !== '' ? suggest.data.positions : null}
            onUsePositions={(n) => {
              setPositions(String(n));
              announce(t('suggestions.positionsUsed', { count: n }));
              // The button goes once used: focus to the field it filled in.
              document.querySelector<HTMLInputElement>('.public-form [name="positions"]')?.focus();
            }}
            currentPositions={positions}
            paused={suggest.error instanceof PublicApiError && suggest.error.status === 429}
          />
          {warnings.length > 0 ? (
            <div className="warning-panel public-tip" role="note" aria-labelledby="public-tip-heading">
              <p id="public-tip-heading" className="warning-panel__heading">
                {t('tip.heading')}
              </p>
              <p>{t('tip.text')}</p>
              <WarningList warnings={warnings} texts={{ description: text }} tone="public" />
            </div>
          ) : null}
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__legend">{t('job.heading')}</legend>
          <div className="form-grid">
            <TextField
              name="positions"
              label={t('job.positions')}
              value={positions}
              onChange={setPositions}
              inputMode="numeric"
              inputClassName="field__input--short"
            />
            <SelectField
              name="extentPercent"
              label={`${t('job.extent')} ${t('optional')}`}
              placeholder={t('job.extentUnknown')}
              options={EXTENTS.map((value) => ({ value, label: t(`job.extentOption.${value}`) }))}
              defaultValue=""
            />
            <DateField name="startDate" label={`${t('job.startDate')} ${t('optional')}`} />
            {municipalities.data ? (
              <SelectField
                name="municipality"
                label={`${t('job.municipality')} ${t('optional')}`}
                description={t('job.municipalityHelp')}
                placeholder={t('job.municipalityUnknown')}
                options={municipalities.data.municipalities.map((m) => ({
                  value: m.code,
                  label: `${m.name} (${m.county})`,
                }))}
                defaultValue=""
              />
            ) : (
              <TextField
                name="municipality"
                label={`${t('job.municipality')} ${t('optional')}`}
                description={t('job.municipalityCodeHelp')}
                inputMode="numeric"
                inputClassName="field__input--short"
              />
            )}
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__legend">{t('company.heading')}</legend>
          <div className="form-grid">
            <TextField
              name="organisationName"
              label={t('company.name')}
              isRequired
              autoComplete="organization"
            />
            <TextField
              name="organisationsnummer"
              label={`${t('company.organisationsnummer')} ${t('optional')}`}
              description={t('company.organisationsnummerHelp')}
              inputMode="numeric"
            />
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend className="form-section__legend">{t('contact.heading')}</legend>
          <p className="muted">{t('contact.intro')}</p>
          <div className="form-grid">
            <TextField name="contactName" label={t('contact.name')} isRequired autoComplete="name" />
            <TextField name="email" type="email" label={t('contact.email')} isRequired autoComplete="email" />
            <TextField
              name="phone"
              type="tel"
              label={`${t('contact.phone')} ${t('optional')}`}
              autoComplete="tel"
            />
          </div>
        </fieldset>

        {/* A field for robots: hidden from people and from assistive technology, never focused. */}
        <div className="hp-field" aria-hidden="true">
          <label htmlFor="public-need-website">{t('honeypot')}</label>
          <input
            id="public-need-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>

        <div className="form__actions">
          <Button type="submit" isPending={submit.isPending}>
            {submit.isPending ? t('sending') : t('send')}
          </Button>
        </div>
      </FormWithFeedback>
    </Page>
  );
}

/** 413 and 429: what happened, in Swedish, and how long to wait. */
function Refused({ error, ref }: { error: PublicApiError; ref: Ref<HTMLDivElement> }) {
  const { t } = usePublicNeedT();
  const wait = error.retryAfter !== null ? waitFor(error.retryAfter) : null;
  return (
    <Alert
      tone="error"
      ref={ref}
      heading={error.status === 413 ? t('refused.tooLarge') : t('refused.tooMany')}
    >
      <p>{error.detail ?? (error.status === 413 ? t('refused.tooLargeText') : t('refused.tooManyText'))}</p>
      {wait ? <p>{t(`refused.wait.${wait.unit}`, { count: wait.count })}</p> : null}
    </Alert>
  );
}

function Suggestions({
  state,
  setState,
  positions,
  currentPositions,
  onUsePositions,
  paused,
}: {
  state: SuggestionState;
  setState: (update: (state: SuggestionState) => SuggestionState) => void;
  positions: number | null;
  currentPositions: string;
  onUsePositions: (n: number) => void;
  paused: boolean;
}) {
  const { t } = usePublicNeedT();
  const announce = useAnnounce();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const offerPositions = positions !== null && String(positions) !== currentPositions.trim();
  const kinds = ['occupation', 'skill', 'licence'] as const;

  function onRemove(s: Suggestion) {
    setState((current) => remove(current, s.kind, s.id));
    announce(t('suggestions.removed', { label: s.label }));
    headingRef.current?.focus();
  }

  return (
    <section className="suggestions" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="suggestions__heading">
        {t('suggestions.heading')}
      </h3>
      <p className="muted">{t('suggestions.intro')}</p>
      <p className="visually-hidden" role="status">
        {state.items.length > 0 ? t('suggestions.count', { count: state.items.length }) : ''}
      </p>
      {paused ? <p className="muted">{t('suggestions.paused')}</p> : null}
      {state.items.length === 0 && !offerPositions ? (
        <p className="empty-state">{t('suggestions.none')}</p>
      ) : null}
      {kinds.map((kind) => {
        const items = state.items.filter((s) => s.kind === kind);
        if (items.length === 0) return null;
        return (
          <div key={kind} className="suggestions__group">
            <p className="suggestions__kind">{t(`suggestions.kind.${kind}`)}</p>
            <ul className="suggestions__list">
              {items.map((s) => (
                <li key={s.id} className={`suggestion suggestion--${s.state}`}>
                  <span className="suggestion__label">
                    {s.label}
                    {s.state === 'confirmed' ? (
                      <span className="suggestion__state"> {t('suggestions.confirmed')}</span>
                    ) : null}
                  </span>
                  <span className="suggestion__actions">
                    <button
                      type="button"
                      className="toggle-button"
                      aria-pressed={s.state === 'confirmed'}
                      aria-label={t('suggestions.confirmFor', { label: s.label })}
                      onClick={() =>
                        setState((current) =>
                          s.state === 'confirmed'
                            ? unconfirm(current, s.kind, s.id)
                            : confirm(current, s.kind, s.id),
                        )
                      }
                    >
                      <span aria-hidden="true">{s.state === 'confirmed' ? '✓ ' : ''}</span>
                      {t('suggestions.confirm')}
                    </button>
                    <Button
                      variant="quiet"
                      aria-label={t('suggestions.removeFor', { label: s.label })}
                      onPress={() => onRemove(s)}
                    >
                      {t('suggestions.remove')}
                    </Button>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {offerPositions && positions !== null ? (
        <p className="suggestions__positions">
          {t('suggestions.positions', { count: positions })}{' '}
          <Button variant="secondary" onPress={() => onUsePositions(positions)}>
            {t('suggestions.usePositions', { count: positions })}
          </Button>
        </p>
      ) : null}
    </section>
  );
}
