import { useId } from 'react';
import { Button } from '../../../components/Button.tsx';
import { ConceptCombobox } from '../../../components/ConceptCombobox.tsx';
import type { ConceptErrors } from '../../participant/sections/profile/ConceptList.tsx';
import { type ConceptRow, newRowKey } from '../../participant/sections/profile/profile-form.ts';
import { useNeedT } from '../i18n/index.ts';

interface SkillListProps {
  /** `requiredSkills` or `meritSkills`: rows are named `requiredSkills.0` … as the server names them. */
  name: 'requiredSkills' | 'meritSkills';
  rows: ConceptRow[];
  setRows: (update: (rows: ConceptRow[]) => ConceptRow[]) => void;
  errors: ConceptErrors;
}

/** Required or merit skills, each picked from the taxonomy; added and removed with buttons. */
export function SkillList({ name, rows, setRows, errors }: SkillListProps) {
  const { t } = useNeedT();
  const id = useId();
  const item = t(`form.skillItem.${name}`);

  function add() {
    const key = newRowKey();
    setRows((list) => [...list, { key, id: '' }]);
    window.setTimeout(() => document.getElementById(`${id}-${key}`)?.focus(), 0);
  }

  return (
    <fieldset className="fieldset concept-list">
      <legend className="field__label">{t(`form.${name}`)}</legend>
      {rows.length === 0 ? <p className="muted">{t('form.noSkills')}</p> : null}
      <ul className="concept-list__items">
        {rows.map((row, index) => (
          <li key={row.key} className="concept-list__item">
            <ConceptCombobox
              id={`${id}-${row.key}`}
              kind="skill"
              name={`${name}.${index}`}
              label={`${item} ${index + 1}`}
              description={t('form.skillDescription')}
              value={row.id || null}
              onChange={(option) => {
                errors.dismiss(`${name}.${index}`);
                setRows((list) => list.map((r) => (r.key === row.key ? { ...r, id: option?.id ?? '' } : r)));
              }}
              errorMessage={errors.errorFor(`${name}.${index}`)}
              isRequired
            />
            <Button variant="quiet" onPress={() => setRows((list) => list.filter((r) => r.key !== row.key))}>
              {t('form.removeSkill', { item: `${item.toLowerCase()} ${index + 1}` })}
            </Button>
          </li>
        ))}
      </ul>
      <Button variant="secondary" onPress={add}>
        {t(`form.addSkill.${name}`)}
      </Button>
    </fieldset>
  );
}
