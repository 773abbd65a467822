import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADAPTATION_CODES,
  ADAPTATION_GROUPS,
  CREDENTIAL_KINDS,
  EMPLOYMENT_FORMS,
  maxLengths,
  NEED_SHIFTS,
  type NeedCreateBody,
  type NeedView,
  TARGET_GROUPS,
} from '../../../api/types.ts';
import { ConceptCombobox } from '../../../components/ConceptCombobox.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useDebouncedValue } from '../../../components/use-debounced-value.ts';
import { useEmployer, useEmployerList } from '../../employer/api/employers.ts';
import { useCredentials, useMunicipalities } from '../../participant/api/reference.ts';
import { FormWithFeedback } from '../../participant/components/FormWithFeedback.tsx';
import { CheckboxField, SelectField, TextAreaField } from '../../participant/components/fields.tsx';
import type { useFormErrors } from '../../participant/components/form-errors.tsx';
import { useParticipantT } from '../../participant/i18n/index.ts';
import { useConceptErrors } from '../../participant/sections/profile/ConceptList.tsx';
import { LanguagesFieldset } from '../../participant/sections/profile/LanguagesFieldset.tsx';
import { useNeedTextCheck } from '../api/needs.ts';
import { useNeedT } from '../i18n/index.ts';
import { readNeedForm, rowsFromNeed } from '../need-form.ts';
import { SkillList } from './SkillList.tsx';
import { WarningList } from './WarningList.tsx';

/** Wait this long after the last keystroke before checking the text. */
export const CHECK_DEBOUNCE_MS = 600;

interface NeedFormProps {
  form: ReturnType<typeof useFormErrors>;
  /** The need being changed; absent for a new one. */
  need?: NeedView | undefined;
  /** A new need's employer (from the employer's page). */
  defaultEmployerId?: string | undefined;
  onSave: (body: NeedCreateBody) => void;
  /** Offered after a 409 (editing only). */
  onReload?: () => void;
  isReloading?: boolean;
  /** Save and cancel buttons. */
  actions: ReactNode;
}

/**
 * A recruitment need in the taxonomy's terms, the way the matching engine reads it: occupation and
 * skills from the taxonomy, licences and certificates, languages, where and when, and what the
 * employer is open to. The title and description are checked for discriminatory requirements as
 * they are written (a warning, never a block).
 */
export function NeedForm({
  form,
  need,
  defaultEmployerId,
  onSave,
  onReload,
  isReloading,
  actions,
}: NeedFormProps) {
  const { t, language } = useNeedT();
  const { t: tParticipant } = useParticipantT();
  const { t: tShared } = useTranslation();
  const conceptErrors = useConceptErrors(form.fieldErrors);
  const [initial] = useState(() => rowsFromNeed(need));
  const [occupationId, setOccupationId] = useState(initial.occupationId);
  const [requiredSkills, setRequiredSkills] = useState(initial.requiredSkills);
  const [meritSkills, setMeritSkills] = useState(initial.meritSkills);
  const [languages, setLanguages] = useState(initial.languages);
  const [title, setTitle] = useState(need?.title ?? '');
  const [description, setDescription] = useState(need?.description ?? '');
  const [employerId, setEmployerId] = useState(need?.employer?.id ?? defaultEmployerId ?? '');
  const credentials = useCredentials();
  const credentialList = credentials.data?.credentials;
  const municipalities = useMunicipalities();
  const employers = useEmployerList({ limit: 500 });
  const employer = useEmployer(employerId);

  const checkedTitle = useDebouncedValue(title, CHECK_DEBOUNCE_MS);
  const checkedDescription = useDebouncedValue(description, CHECK_DEBOUNCE_MS);
  const check = useNeedTextCheck(checkedTitle, checkedDescription);
  const warnings = title.trim() === '' && description.trim() === '' ? [] : (check.data?.warnings ?? []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors, body } = readNeedForm(
      new FormData(event.currentTarget),
      { occupationId, requiredSkills, meritSkills, languages },
      {
        credentialList,
        previousLicences: need?.licences.map((l) => l.id) ?? [],
        t,
        tShared,
        language,
      },
    );
    if (form.show(errors)) return;
    onSave(body);
  }

  const employerOptions = (employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }));
  if (need?.employer && !employerOptions.some((o) => o.value === need.employer?.id))
    employerOptions.unshift({ value: need.employer.id, label: need.employer.name });
  const workplaces = employer.data?.workplaces ?? [];
  const openTo = need?.openTo;

  return (
    <FormWithFeedback
      form={form}
      onSubmit={onSubmit}
      className="form need-form"
      {...(onReload ? { onReload, isReloading: isReloading ?? false } : {})}
    >
      <fieldset className="form-section">
        <legend className="form-section__legend">{t('form.needHeading')}</legend>
        <TextField
          name="title"
          label={t('form.title')}
          description={t('form.titleDescription')}
          value={title}
          onChange={setTitle}
          isRequired
        />
        <TextAreaField
          name="description"
          label={`${t('form.description')} ${tParticipant('common.optional')}`}
          description={t('form.descriptionDescription')}
          value={description}
          onChange={setDescription}
          rows={6}
          maxLength={maxLengths.RecruitmentNeedCreateBody.description}
        />
        <div className="live-check" aria-live="polite">
          {warnings.length > 0 ? (
            <div className="warning-panel">
              <p className="warning-panel__heading">
                {t('warnings.liveHeading', { count: warnings.length })}
              </p>
              <p>{t('warnings.liveIntro')}</p>
              <WarningList
                warnings={warnings}
                texts={{ title: checkedTitle, description: checkedDescription }}
              />
            </div>
          ) : check.data && (title.trim() !== '' || description.trim() !== '') ? (
            <p className="check-ok">{t('warnings.liveNone')}</p>
          ) : null}
        </div>
        <div className="form-grid">
          <TextField
            name="positions"
            label={t('form.positions')}
            defaultValue={String(need?.positions ?? 1)}
            inputMode="numeric"
            inputClassName="field__input--short"
            isRequired
          />
          <SelectField
            name="employerId"
            label={t('form.employer')}
            placeholder={t('form.noEmployer')}
            options={employerOptions}
            value={employerId}
            onChange={(event) => setEmployerId(event.currentTarget.value)}
          />
          {employerId && workplaces.length > 0 ? (
            <SelectField
              key={employerId}
              name="workplaceId"
              label={`${t('form.workplace')} ${tParticipant('common.optional')}`}
              placeholder={t('form.noWorkplace')}
              options={workplaces.map((w) => ({ value: w.id, label: w.name }))}
              defaultValue={need?.employer?.id === employerId ? (need?.workplaceId ?? '') : ''}
            />
          ) : null}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__legend">{t('form.occupationHeading')}</legend>
        <ConceptCombobox
          kind="occupation"
          name="occupationId"
          label={t('form.occupation')}
          description={t('form.occupationDescription')}
          value={occupationId || null}
          onChange={(option) => {
            conceptErrors.dismiss('occupationId');
            setOccupationId(option?.id ?? '');
          }}
          errorMessage={conceptErrors.errorFor('occupationId')}
        />
        <SkillList
          name="requiredSkills"
          rows={requiredSkills}
          setRows={setRequiredSkills}
          errors={conceptErrors}
        />
        <SkillList name="meritSkills" rows={meritSkills} setRows={setMeritSkills} errors={conceptErrors} />
        <TextField
          name="minExperienceYears"
          label={`${t('form.minExperience')} ${tParticipant('common.optional')}`}
          description={t('form.minExperienceDescription')}
          defaultValue={need?.minExperienceYears?.toString() ?? ''}
          inputMode="decimal"
          inputClassName="field__input--short"
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__legend">{t('form.licences')}</legend>
        {credentialList ? (
          <div className="form-grid">
            {CREDENTIAL_KINDS.map((kind) => (
              <fieldset key={kind} className="fieldset checkbox-group">
                <legend className="field__label">{tParticipant(`profile.credentialKind.${kind}`)}</legend>
                {credentialList
                  .filter((c) => c.kind === kind)
                  .map((c) => (
                    <CheckboxField
                      key={c.code}
                      name={`licence.${c.code}`}
                      label={c.label}
                      defaultChecked={need?.licences.some((l) => l.id === c.code) ?? false}
                    />
                  ))}
              </fieldset>
            ))}
          </div>
        ) : (
          <p className="muted">{tParticipant('common.loading')}</p>
        )}
      </fieldset>

      <LanguagesFieldset rows={languages} setRows={setLanguages} canWrite errors={conceptErrors} />

      <fieldset className="form-section">
        <legend className="form-section__legend">{t('form.workHeading')}</legend>
        <div className="form-grid">
          {municipalities.data ? (
            <SelectField
              name="municipality"
              label={`${t('form.municipality')} ${tParticipant('common.optional')}`}
              description={t('form.municipalityDescription')}
              placeholder={tParticipant('common.choose')}
              options={municipalities.data.municipalities.map((m) => ({ value: m.code, label: m.name }))}
              defaultValue={need?.municipality ?? ''}
            />
          ) : null}
          <TextField
            name="extentPercent"
            label={`${t('form.extent')} ${tParticipant('common.optional')}`}
            defaultValue={need?.extentPercent?.toString() ?? ''}
            inputMode="numeric"
            inputClassName="field__input--short"
          />
          <DateField
            name="startDate"
            label={`${t('form.startDate')} ${tParticipant('common.optional')}`}
            defaultValue={need?.startDate ?? ''}
          />
          <SelectField
            name="employmentForm"
            label={`${t('form.employmentForm')} ${tParticipant('common.optional')}`}
            placeholder={tParticipant('common.choose')}
            options={EMPLOYMENT_FORMS.map((value) => ({ value, label: t(`labels.employmentForm.${value}`) }))}
            defaultValue={need?.employmentForm ?? ''}
          />
        </div>
        <TextField
          name="hours"
          label={`${t('form.hours')} ${tParticipant('common.optional')}`}
          description={t('form.hoursDescription')}
          defaultValue={need?.hours ?? ''}
        />
        <fieldset className="fieldset checkbox-group">
          <legend className="field__label">{t('form.shifts')}</legend>
          {NEED_SHIFTS.map((shift) => (
            <CheckboxField
              key={shift}
              name={`shift.${shift}`}
              label={t(`labels.shift.${shift}`)}
              defaultChecked={need?.shifts?.includes(shift) ?? false}
            />
          ))}
        </fieldset>
        <CheckboxField name="weekends" label={t('form.weekends')} defaultChecked={need?.weekends ?? false} />
        <CheckboxField
          name="requiresCar"
          label={t('form.requiresCar')}
          defaultChecked={need?.requiresCar ?? false}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__legend">{t('form.openToHeading')}</legend>
        <p className="muted">{t('form.openToIntro')}</p>
        <CheckboxField
          name="openTo.internshipFirst"
          label={t('labels.openTo.internshipFirst')}
          defaultChecked={openTo?.internshipFirst ?? false}
        />
        <CheckboxField
          name="openTo.jobbspar"
          label={t('labels.openTo.jobbspar')}
          defaultChecked={openTo?.jobbspar ?? false}
        />
        <CheckboxField
          name="openTo.subsidisedEmployment"
          label={t('labels.openTo.subsidisedEmployment')}
          defaultChecked={openTo?.subsidisedEmployment ?? false}
        />
        <div className="form-grid">
          {ADAPTATION_GROUPS.map((group) => (
            <fieldset key={group} className="fieldset checkbox-group">
              <legend className="field__label">
                {t('form.adaptationGroup', {
                  group: tParticipant(`labels.adaptationGroup.${group}`).toLowerCase(),
                })}
              </legend>
              {ADAPTATION_CODES.filter((code) => code.startsWith(`${group}.`)).map((code) => (
                <CheckboxField
                  key={code}
                  name={`adaptation.${code}`}
                  label={tParticipant(
                    `labels.adaptation.${code}` as 'labels.adaptation.working_time.part_time',
                  )}
                  defaultChecked={openTo?.adaptations?.includes(code) ?? false}
                />
              ))}
            </fieldset>
          ))}
        </div>
        <fieldset className="fieldset checkbox-group">
          <legend className="field__label">{t('form.targetGroups')}</legend>
          {TARGET_GROUPS.map((group) => (
            <CheckboxField
              key={group}
              name={`targetGroup.${group}`}
              label={t(`labels.targetGroup.${group}`)}
              defaultChecked={openTo?.targetGroups?.includes(group) ?? false}
            />
          ))}
        </fieldset>
      </fieldset>
      {actions}
    </FormWithFeedback>
  );
}
