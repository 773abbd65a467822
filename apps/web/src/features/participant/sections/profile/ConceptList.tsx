import { useId, useState } from 'react';
import { Button } from '../../../../components/Button.tsx';
import { ConceptCombobox } from '../../../../components/ConceptCombobox.tsx';
import { useParticipantT } from '../../i18n/index.ts';
import { type ConceptRow, newRowKey } from './profile-form.ts';

export interface ConceptErrors {
  errorFor: (name: string) => string | undefined;
  dismiss: (name: string) => void;
}

/**
 * The form's field errors for the concept comboboxes. ConceptCombobox shows only the message it is
 * given (its `isInvalid` overrides <Form validationErrors>), so the error is passed per field; and,
 * as react-aria does for its own fields, a field's error goes away once the person picks again.
 */
export function useConceptErrors(fieldErrors: Record<string, string>): ConceptErrors {
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

interface ConceptListProps {
  kind: 'occupation' | 'skill';
  name: string;
  legend: string;
  rows: ConceptRow[];
  setRows: (update: (rows: ConceptRow[]) => ConceptRow[]) => void;
  canWrite: boolean;
  errors: ConceptErrors;
}

/** A list of occupations or skills, each picked in a combobox; add and remove with buttons. */
export function ConceptList({ kind, name, legend, rows, setRows, canWrite, errors }: ConceptListProps) {
  const { t } = useParticipantT();
  const id = useId();
  const itemLabel = kind === 'skill' ? t('profile.skill') : t('profile.occupation');

  function add() {
    const key = newRowKey();
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
