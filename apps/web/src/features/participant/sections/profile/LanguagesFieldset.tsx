import { useId } from 'react';
import { Button } from '../../../../components/Button.tsx';
import { useLanguageLevels } from '../../api/reference.ts';
import { SelectField } from '../../components/fields.tsx';
import { useParticipantT } from '../../i18n/index.ts';
import type { ConceptErrors } from './ConceptList.tsx';
import { LanguageCombobox } from './LanguageCombobox.tsx';
import { type LanguageRow, newRowKey } from './profile-form.ts';

interface LanguagesFieldsetProps {
  rows: LanguageRow[];
  setRows: (update: (rows: LanguageRow[]) => LanguageRow[]) => void;
  canWrite: boolean;
  errors: ConceptErrors;
}

/** Languages: picked by name (stored as the vocabulary's code) and a level (SFI, SAS or CEFR), per row. */
export function LanguagesFieldset({ rows, setRows, canWrite, errors }: LanguagesFieldsetProps) {
  const { t } = useParticipantT();
  const id = useId();
  const languageLevels = useLanguageLevels();
  const levelOptions = (languageLevels.data?.languageLevels ?? []).map((level) => ({
    value: level.code,
    label: level.label,
  }));

  function add() {
    const key = newRowKey();
    setRows((list) => [...list, { key, code: '', level: '', text: '' }]);
    window.setTimeout(() => document.getElementById(`${id}-${key}-language`)?.focus(), 0);
  }

  return (
    <div className="profile-section__body">
      {rows.length === 0 ? <p className="muted">{t('profile.noLanguages')}</p> : null}
      <ol className="step-list">
        {rows.map((row, index) => (
          <li key={row.key} className="language-row">
            <LanguageCombobox
              id={`${id}-${row.key}-language`}
              name={`languages.${index}.code`}
              label={t('profile.language')}
              description={t('profile.languageDescription')}
              value={row.code}
              onChange={(code) => {
                errors.dismiss(`languages.${index}.code`);
                setRows((list) => list.map((r) => (r.key === row.key ? { ...r, code } : r)));
              }}
              onTextChange={(text) =>
                setRows((list) => list.map((r) => (r.key === row.key ? { ...r, text } : r)))
              }
              errorMessage={errors.errorFor(`languages.${index}.code`)}
              isDisabled={!canWrite}
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
                setRows((list) => list.map((r) => (r.key === row.key ? { ...r, level } : r)));
              }}
              isRequired
            />
            {canWrite ? (
              <Button
                variant="quiet"
                onPress={() => setRows((list) => list.filter((r) => r.key !== row.key))}
              >
                {t('profile.removeLanguage', { index: index + 1 })}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      {canWrite ? (
        <Button variant="secondary" onPress={add}>
          {t('profile.addLanguage')}
        </Button>
      ) : null}
    </div>
  );
}
