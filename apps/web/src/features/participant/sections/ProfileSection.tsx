import { type FormEvent, useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { ConceptCombobox } from '../../../components/ConceptCombobox.tsx';
import { TextField } from '../../../components/TextField.tsx';
import {
  ADAPTATION_CODES,
  type AdaptationCode,
  type Profile,
  SHIFT_KINDS,
  type ShiftKind,
  useCredentials,
  useLanguageLevels,
  useMunicipalities,
  useParticipant,
  usePutProfile,
} from '../api.ts';
import { CheckboxField, SelectField, TextAreaField } from '../components/fields.tsx';
import { ConflictNotice, ErrorSummary, useFormErrors } from '../components/form-errors.tsx';
import { isIsoDate, textOrNull } from '../format.ts';
import { useParticipantT } from '../i18n/index.ts';
import type { SectionProps } from '../ParticipantPage.tsx';

interface ConceptRow {
  key: string;
  id: string;
}

interface LanguageRow {
  key: string;
  code: string;
  level: string;
}

interface ExperienceRow {
  key: string;
  id: string;
  years: string;
}

let rowCounter = 0;
const newKey = () => `experience-${++rowCounter}`;

const lines = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const ADAPTATION_GROUPS = ['working_time', 'physical', 'environment'] as const;

export function ProfileSection({ participant, canWrite }: SectionProps) {
  const { t } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const save = usePutProfile(participant.id);
  const reload = useParticipant(participant.id);
  const form = useFormErrors();
  const conceptErrors = useConceptErrors(form.fieldErrors);
  const id = useId();
  const profile = participant.profile;
  const [baseVersion, setBaseVersion] = useState(participant.profileVersion);
  const [experience, setExperience] = useState<ExperienceRow[]>(() =>
    profile.occupations.map((o) => ({ key: newKey(), id: o.id, years: String(o.years) })),
  );

  const [wished, setWished] = useState<ConceptRow[]>(() =>
    profile.wishedOccupations.map((conceptId) => ({ key: newKey(), id: conceptId })),
  );
  const [skills, setSkills] = useState<ConceptRow[]>(() =>
    profile.skills.map((conceptId) => ({ key: newKey(), id: conceptId })),
  );
  const credentials = useCredentials();
  const languageLevels = useLanguageLevels();
  const municipalities = useMunicipalities();
  const [languages, setLanguages] = useState<LanguageRow[]>(() =>
    profile.languages.map((l) => ({ key: newKey(), code: l.code, level: l.level })),
  );

  function addLanguage() {
    const key = newKey();
    setLanguages((rows) => [...rows, { key, code: '', level: '' }]);
    window.setTimeout(() => document.getElementById(`${id}-${key}-language`)?.focus(), 0);
  }

  function addExperience() {
    const key = newKey();
    setExperience((rows) => [...rows, { key, id: '', years: '' }]);
    window.setTimeout(() => document.getElementById(`${id}-${key}-occupation`)?.focus(), 0);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const local: Record<string, string> = {};
    experience.forEach((row, index) => {
      if (!row.id.trim()) local[`occupations.${index}.id`] = t('form.chooseOne');
      if (!/^\d{1,2}([.,]\d)?$/.test(row.years.trim()))
        local[`occupations.${index}.years`] = t('form.numberInvalid');
    });
    languages.forEach((row, index) => {
      if (!row.code.trim())
        local[`languages.${index}.code`] = t('form.required', { field: t('profile.language').toLowerCase() });
      if (!row.level) local[`languages.${index}.level`] = t('form.chooseOne');
    });
    const availableFrom = textOrNull(data.get('availableFrom'));
    if (availableFrom && !isIsoDate(availableFrom)) local.availableFrom = t('form.dateInvalid');
    const numberOrNull = (name: string) => {
      const value = textOrNull(data.get(name));
      if (value === null) return null;
      const number = Number(value.replace(',', '.'));
      if (!Number.isFinite(number) || number < 0) local[name] = t('form.numberInvalid');
      return number;
    };
    const maxCommuteKm = numberOrNull('maxCommuteKm');
    const extentPercent = numberOrNull('extentPercent');
    if (form.show(local)) return;

    const educationTitles = lines(data.get('educations'));
    const next: Profile = {
      occupations: experience.map((row) => ({
        id: row.id.trim(),
        years: Number(row.years.replace(',', '.')),
      })),
      wishedOccupations: wished.map((row) => row.id).filter(Boolean),
      interests: profile.interests,
      interestsNote: textOrNull(data.get('interestsNote')),
      skills: skills.map((row) => row.id).filter(Boolean),
      licences: credentialList
        ? [
            ...credentialList.filter((c) => data.get(`licence.${c.code}`) === 'true').map((c) => c.code),
            // Codes the list no longer offers are kept, not silently dropped.
            ...profile.licences.filter((code) => !credentialList.some((c) => c.code === code)),
          ]
        : lines(data.get('licences')),
      languages: languages.map((row) => ({ code: row.code.trim(), level: row.level })),
      // Keep what is known about an education (level, year) when its title is unchanged.
      educations: educationTitles.map(
        (title) => profile.educations.find((education) => education.title === title) ?? { title },
      ),
      municipality: textOrNull(data.get('municipality')),
      postcode: textOrNull(data.get('postcode')),
      maxCommuteKm,
      hasCar: data.get('hasCar') === 'true',
      availableFrom,
      extentPercent,
      shifts: SHIFT_KINDS.filter((shift) => data.get(`shift.${shift}`) === 'true'),
      weekends: data.get('weekends') === 'true',
      adaptations: participant.adaptationsVisible
        ? ADAPTATION_CODES.filter((code) => data.get(`adaptation.${code}`) === 'true')
        : profile.adaptations,
      adaptationsNote: participant.adaptationsVisible
        ? textOrNull(data.get('adaptationsNote'))
        : (profile.adaptationsNote ?? null),
    };
    save.mutate(
      { version: baseVersion, profile: next },
      {
        onSuccess: (updated) => {
          setBaseVersion(updated.profileVersion);
          announce(t('profile.saved'));
        },
        onError: form.handleError,
      },
    );
  }

  async function reloadLatest() {
    const result = await reload.refetch();
    if (result.data) setBaseVersion(result.data.profileVersion);
    form.setConflict(false);
    announce(t('conflict.reloaded'));
  }

  const disabled = !canWrite;
  const credentialList = credentials.data?.credentials;
  const levelOptions = (languageLevels.data?.languageLevels ?? []).map((level) => ({
    value: level.code,
    label: level.label,
  }));

  return (
    <section aria-labelledby="profile-heading" className="section-stack">
      <div>
        <h2 id="profile-heading">{t('profile.heading')}</h2>
        <p className="muted">{t('profile.intro')}</p>
      </div>
      {save.isSuccess && !form.conflict ? <Alert tone="success">{t('profile.saved')}</Alert> : null}
      {form.conflict ? (
        <ConflictNotice onReload={() => void reloadLatest()} isReloading={reload.isFetching} />
      ) : null}
      <ErrorSummary problems={form.problems} formRef={form.formRef} />
      {form.failure ? <Alert tone="error">{errorMessage(form.failure, tShared)}</Alert> : null}
      <Form
        ref={form.formRef}
        className="form"
        onSubmit={onSubmit}
        validationBehavior="aria"
        validationErrors={form.fieldErrors}
      >
        <fieldset className="form-section" disabled={disabled}>
          <legend className="form-section__legend">{t('profile.experienceHeading')}</legend>
          {experience.length === 0 ? <p className="muted">{t('profile.noExperience')}</p> : null}
          <ol className="step-list">
            {experience.map((row, index) => (
              <li key={row.key} className="step">
                <fieldset className="step__fieldset">
                  <legend className="step__legend">
                    {t('profile.experienceLegend', { index: index + 1 })}
                  </legend>
                  <div className="form-grid form-grid--experience">
                    <ConceptCombobox
                      id={`${id}-${row.key}-occupation`}
                      name={`occupations.${index}.id`}
                      label={t('profile.occupation')}
                      description={t('profile.occupationDescription')}
                      value={row.id || null}
                      onChange={(option) => {
                        conceptErrors.dismiss(`occupations.${index}.id`);
                        setExperience((rows) =>
                          rows.map((r) => (r.key === row.key ? { ...r, id: option?.id ?? '' } : r)),
                        );
                      }}
                      errorMessage={conceptErrors.errorFor(`occupations.${index}.id`)}
                      isRequired
                    />
                    <TextField
                      name={`occupations.${index}.years`}
                      label={t('profile.years')}
                      inputMode="decimal"
                      inputClassName="field__input--short"
                      value={row.years}
                      onChange={(years) =>
                        setExperience((rows) => rows.map((r) => (r.key === row.key ? { ...r, years } : r)))
                      }
                      isRequired
                    />
                  </div>
                  {canWrite ? (
                    <Button
                      variant="quiet"
                      onPress={() => setExperience((rows) => rows.filter((r) => r.key !== row.key))}
                    >
                      {t('profile.removeExperience', { index: index + 1 })}
                    </Button>
                  ) : null}
                </fieldset>
              </li>
            ))}
          </ol>
          {canWrite ? (
            <Button variant="secondary" onPress={addExperience}>
              {t('profile.addExperience')}
            </Button>
          ) : null}
        </fieldset>

        <fieldset className="form-section" disabled={disabled}>
          <legend className="form-section__legend">{t('profile.wishesHeading')}</legend>
          <ConceptList
            kind="occupation"
            name="wishedOccupations"
            legend={t('profile.wishedOccupations')}
            rows={wished}
            setRows={setWished}
            canWrite={canWrite}
            errors={conceptErrors}
          />
          <ConceptList
            kind="skill"
            name="skills"
            legend={t('profile.skills')}
            rows={skills}
            setRows={setSkills}
            canWrite={canWrite}
            errors={conceptErrors}
          />
          <div className="form-grid">
            <TextAreaField
              name="interestsNote"
              label={t('profile.interestsNote')}
              defaultValue={profile.interestsNote ?? ''}
              rows={3}
            />
            <TextAreaField
              name="educations"
              label={t('profile.educations')}
              description={t('profile.educationsDescription')}
              defaultValue={profile.educations.map((e) => e.title).join('\n')}
              rows={3}
            />
          </div>
        </fieldset>

        <fieldset className="form-section" disabled={disabled}>
          <legend className="form-section__legend">{t('profile.licences')}</legend>
          {credentialList ? (
            <div className="form-grid">
              {(['driving_licence', 'certificate'] as const).map((kind) => (
                <fieldset key={kind} className="fieldset checkbox-group">
                  <legend className="field__label">{t(`profile.credentialKind.${kind}`)}</legend>
                  {credentialList
                    .filter((c) => c.kind === kind)
                    .map((c) => (
                      <CheckboxField
                        key={c.code}
                        name={`licence.${c.code}`}
                        label={c.label}
                        defaultChecked={profile.licences.includes(c.code)}
                      />
                    ))}
                </fieldset>
              ))}
            </div>
          ) : (
            <TextAreaField
              name="licences"
              label={t('profile.licences')}
              description={t('profile.licencesDescription')}
              defaultValue={profile.licences.join('\n')}
              rows={3}
            />
          )}
        </fieldset>

        <fieldset className="form-section" disabled={disabled}>
          <legend className="form-section__legend">{t('profile.languages')}</legend>
          {languages.length === 0 ? <p className="muted">{t('profile.noLanguages')}</p> : null}
          <ol className="step-list">
            {languages.map((row, index) => (
              <li key={row.key} className="language-row">
                <TextField
                  id={`${id}-${row.key}-language`}
                  name={`languages.${index}.code`}
                  label={t('profile.language')}
                  description={t('profile.languageDescription')}
                  inputClassName="field__input--short"
                  value={row.code}
                  onChange={(code) =>
                    setLanguages((rows) => rows.map((r) => (r.key === row.key ? { ...r, code } : r)))
                  }
                  isRequired
                />
                <SelectField
                  name={`languages.${index}.level`}
                  label={t('profile.languageLevel')}
                  placeholder={t('common.choose')}
                  options={levelOptions}
                  value={row.level}
                  onChange={(event) => {
                    const level = event.currentTarget.value;
                    setLanguages((rows) => rows.map((r) => (r.key === row.key ? { ...r, level } : r)));
                  }}
                  isRequired
                />
                {canWrite ? (
                  <Button
                    variant="quiet"
                    onPress={() => setLanguages((rows) => rows.filter((r) => r.key !== row.key))}
                  >
                    {t('profile.removeLanguage', { index: index + 1 })}
                  </Button>
                ) : null}
              </li>
            ))}
          </ol>
          {canWrite ? (
            <Button variant="secondary" onPress={addLanguage}>
              {t('profile.addLanguage')}
            </Button>
          ) : null}
        </fieldset>

        <fieldset className="form-section" disabled={disabled}>
          <legend className="form-section__legend">{t('profile.placeHeading')}</legend>
          <div className="form-grid">
            {municipalities.data ? (
              <SelectField
                name="municipality"
                label={t('profile.homeMunicipality')}
                placeholder={t('common.choose')}
                options={municipalities.data.municipalities.map((m) => ({ value: m.code, label: m.name }))}
                defaultValue={profile.municipality ?? ''}
              />
            ) : (
              <TextField
                name="municipality"
                label={t('profile.municipality')}
                description={t('profile.municipalityDescription')}
                inputMode="numeric"
                inputClassName="field__input--short"
                defaultValue={profile.municipality ?? ''}
              />
            )}
            <TextField
              name="postcode"
              label={t('profile.postcode')}
              inputMode="numeric"
              inputClassName="field__input--short"
              defaultValue={profile.postcode ?? ''}
            />
            <TextField
              name="maxCommuteKm"
              label={t('profile.maxCommuteKm')}
              inputMode="numeric"
              inputClassName="field__input--short"
              defaultValue={profile.maxCommuteKm?.toString() ?? ''}
            />
          </div>
          <CheckboxField name="hasCar" label={t('profile.hasCar')} defaultChecked={profile.hasCar ?? false} />
        </fieldset>

        <fieldset className="form-section" disabled={disabled}>
          <legend className="form-section__legend">{t('profile.availabilityHeading')}</legend>
          <div className="form-grid">
            <TextField
              name="availableFrom"
              type="date"
              label={t('profile.availableFrom')}
              defaultValue={profile.availableFrom ?? ''}
            />
            <TextField
              name="extentPercent"
              label={t('profile.extentPercent')}
              inputMode="numeric"
              inputClassName="field__input--short"
              defaultValue={profile.extentPercent?.toString() ?? ''}
            />
          </div>
          <fieldset className="fieldset checkbox-group">
            <legend className="field__label">{t('profile.shifts')}</legend>
            {SHIFT_KINDS.map((shift: ShiftKind) => (
              <CheckboxField
                key={shift}
                name={`shift.${shift}`}
                label={t(`labels.shift.${shift}`)}
                defaultChecked={profile.shifts?.includes(shift) ?? false}
              />
            ))}
          </fieldset>
          <CheckboxField
            name="weekends"
            label={t('profile.weekends')}
            defaultChecked={profile.weekends ?? false}
          />
        </fieldset>

        <fieldset className="form-section form-section--sensitive" disabled={disabled}>
          <legend className="form-section__legend">{t('profile.adaptationsHeading')}</legend>
          {participant.adaptationsVisible ? (
            <>
              <p className="muted">{t('profile.adaptationsIntro')}</p>
              <div className="form-grid">
                {ADAPTATION_GROUPS.map((group) => (
                  <fieldset key={group} className="fieldset checkbox-group">
                    <legend className="field__label">{t(`labels.adaptationGroup.${group}`)}</legend>
                    {ADAPTATION_CODES.filter((code) => code.startsWith(`${group}.`)).map(
                      (code: AdaptationCode) => (
                        <CheckboxField
                          key={code}
                          name={`adaptation.${code}`}
                          label={t(`labels.adaptation.${code}` as 'labels.adaptation.working_time.part_time')}
                          defaultChecked={profile.adaptations.includes(code)}
                        />
                      ),
                    )}
                  </fieldset>
                ))}
              </div>
              <TextAreaField
                name="adaptationsNote"
                label={t('profile.adaptationsNote')}
                defaultValue={profile.adaptationsNote ?? ''}
                rows={2}
              />
            </>
          ) : (
            <p className="muted">{t('profile.adaptationsHidden')}</p>
          )}
        </fieldset>

        {canWrite ? (
          <div className="form__actions">
            <Button type="submit" isPending={save.isPending}>
              {save.isPending ? t('common.saving') : t('profile.save')}
            </Button>
          </div>
        ) : null}
      </Form>
    </section>
  );
}

/** A list of occupations or skills, each picked in a combobox; add and remove with buttons. */
function ConceptList({
  kind,
  name,
  legend,
  rows,
  setRows,
  canWrite,
  errors,
}: {
  kind: 'occupation' | 'skill';
  name: string;
  legend: string;
  rows: ConceptRow[];
  setRows: (update: (rows: ConceptRow[]) => ConceptRow[]) => void;
  canWrite: boolean;
  errors: ConceptErrors;
}) {
  const { t } = useParticipantT();
  const id = useId();
  const itemLabel = kind === 'skill' ? t('profile.skill') : t('profile.occupation');

  function add() {
    const key = newKey();
    setRows((list) => [...list, { key, id: '' }]);
    window.setTimeout(() => document.getElementById(`${id}-${key}`)?.focus(), 0);
  }

  return (
    <fieldset className="fieldset concept-list">
      <legend className="field__label">{legend}</legend>
      {rows.length === 0 ? <p className="muted">{t('profile.noneYet')}</p> : null}
      <ul className="concept-list__items">
        {rows.map((row, index) => (
          <li key={row.key} className="concept-list__item">
            <ConceptCombobox
              id={`${id}-${row.key}`}
              kind={kind}
              name={`${name}.${index}`}
              label={`${itemLabel} ${index + 1}`}
              description={
                kind === 'skill' ? t('profile.skillDescription') : t('profile.occupationDescription')
              }
              value={row.id || null}
              onChange={(option) => {
                errors.dismiss(`${name}.${index}`);
                setRows((list) => list.map((r) => (r.key === row.key ? { ...r, id: option?.id ?? '' } : r)));
              }}
              errorMessage={errors.errorFor(`${name}.${index}`)}
              isRequired
            />
            {canWrite ? (
              <Button
                variant="quiet"
                onPress={() => setRows((list) => list.filter((r) => r.key !== row.key))}
              >
                {t('profile.removeItem', { item: `${itemLabel.toLowerCase()} ${index + 1}` })}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite ? (
        <Button variant="secondary" onPress={add}>
          {kind === 'skill' ? t('profile.addSkill') : t('profile.addWishedOccupation')}
        </Button>
      ) : null}
    </fieldset>
  );
}

interface ConceptErrors {
  errorFor: (name: string) => string | undefined;
  dismiss: (name: string) => void;
}

/**
 * The form's field errors for the concept comboboxes. ConceptCombobox shows only the message it is
 * given (its `isInvalid` overrides <Form validationErrors>), so the error is passed per field; and,
 * as react-aria does for its own fields, a field's error goes away once the person picks again.
 */
function useConceptErrors(fieldErrors: Record<string, string>): ConceptErrors {
  const [dismissed, setDismissed] = useState(() => ({
    fieldErrors,
    names: new Set<string>() as ReadonlySet<string>,
  }));
  // New errors from the form (a new submit) start with nothing dismissed.
  const names = dismissed.fieldErrors === fieldErrors ? dismissed.names : new Set<string>();
  return {
    errorFor: (name) => (names.has(name) ? undefined : fieldErrors[name]),
    dismiss: (name) => {
      if (fieldErrors[name] === undefined || names.has(name)) return;
      setDismissed({ fieldErrors, names: new Set(names).add(name) });
    },
  };
}
