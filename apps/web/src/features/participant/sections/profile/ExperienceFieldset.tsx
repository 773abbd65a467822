import { useId } from 'react';
import { Button } from '../../../../components/Button.tsx';
import { ConceptCombobox } from '../../../../components/ConceptCombobox.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { useParticipantT } from '../../i18n/index.ts';
import type { ConceptErrors } from './ConceptList.tsx';
import { type ExperienceRow, newRowKey } from './profile-form.ts';

interface ExperienceFieldsetProps {
  rows: ExperienceRow[];
  setRows: (update: (rows: ExperienceRow[]) => ExperienceRow[]) => void;
  canWrite: boolean;
  errors: ConceptErrors;
}

/** Work experience: an occupation from the taxonomy and years in it, per row. */
export function ExperienceFieldset({ rows, setRows, canWrite, errors }: ExperienceFieldsetProps) {
  const { t } = useParticipantT();
  const id = useId();

  function add() {
    const key = newRowKey();
    setRows((list) => [...list, { key, id: '', years: '' }]);
    window.setTimeout(() => document.getElementById(`${id}-${key}-occupation`)?.focus(), 0);
  }

  return (
    <fieldset className="fieldset">
      <legend className="field__label">{t('profile.experienceHeading')}</legend>
      {rows.length === 0 ? <p className="muted">{t('profile.noExperience')}</p> : null}
      <ol className="step-list">
        {rows.map((row, index) => (
          <li key={row.key} className="step">
            <fieldset className="step__fieldset">
              <legend className="step__legend">{t('profile.experienceLegend', { index: index + 1 })}</legend>
              <div className="form-grid form-grid--experience">
                <ConceptCombobox
                  id={`${id}-${row.key}-occupation`}
                  name={`occupations.${index}.id`}
                  label={t('profile.occupation')}
                  description={t('profile.occupationDescription')}
                  value={row.id || null}
                  onChange={(option) => {
                    errors.dismiss(`occupations.${index}.id`);
                    setRows((list) =>
                      list.map((r) => (r.key === row.key ? { ...r, id: option?.id ?? '' } : r)),
                    );
                  }}
                  errorMessage={errors.errorFor(`occupations.${index}.id`)}
                  isRequired
                />
                <TextField
                  name={`occupations.${index}.years`}
                  label={t('profile.years')}
                  inputMode="decimal"
                  inputClassName="field__input--short"
                  value={row.years}
                  onChange={(years) =>
                    setRows((list) => list.map((r) => (r.key === row.key ? { ...r, years } : r)))
                  }
                  isRequired
                />
              </div>
              {canWrite ? (
                <Button
                  variant="quiet"
                  onPress={() => setRows((list) => list.filter((r) => r.key !== row.key))}
                >
                  {t('profile.removeExperience', { index: index + 1 })}
                </Button>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      {canWrite ? (
        <Button variant="secondary" onPress={add}>
          {t('profile.addExperience')}
        </Button>
      ) : null}
    </fieldset>
  );
}
