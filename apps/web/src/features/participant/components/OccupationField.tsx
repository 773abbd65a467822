import { useEffect, useState } from 'react';
import {
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { useConceptLabel, useConceptSearch } from '../api.ts';
import { useParticipantT } from '../i18n/index.ts';

interface OccupationItem {
  id: string;
  label: string;
  detail: string;
}

interface OccupationFieldProps {
  id: string;
  name: string;
  label: string;
  /** The chosen occupation's taxonomy id ('' when none). */
  value: string;
  onChange: (value: string) => void;
  /** What to search: occupations (default) or skills. */
  kind?: 'occupation' | 'skill';
}

/**
 * Occupation (or skill) combobox over the server's taxonomy search (`GET /api/taxonomy/search`):
 * type part of a name or a synonym, pick with the arrow keys and Enter. The form value is the
 * concept id.
 */
export function OccupationField({
  id,
  name,
  label,
  value,
  onChange,
  kind = 'occupation',
}: OccupationFieldProps) {
  const { t } = useParticipantT();
  const stored = useConceptLabel(value);
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const search = useConceptSearch(kind, touched ? text : '');
  const results = search.data?.results ?? [];

  // An occupation already in the profile: show its name once it is known.
  useEffect(() => {
    if (!touched && stored.data) setText(stored.data.label);
  }, [stored.data, touched]);

  const items: OccupationItem[] = results.map((hit) => ({
    id: hit.id,
    label: hit.label,
    detail: hit.matchedSynonym ?? (hit.ssykCode ? `SSYK ${hit.ssykCode}` : ''),
  }));
  // Keep the chosen one selectable while the list shows other hits.
  if (value && !items.some((item) => item.id === value) && stored.data)
    items.unshift({ id: value, label: stored.data.label, detail: '' });

  return (
    <ComboBox
      id={id}
      name={name}
      formValue="key"
      className="field combobox"
      items={items}
      inputValue={text}
      onInputChange={(next) => {
        setTouched(true);
        setText(next);
      }}
      selectedKey={value || null}
      onSelectionChange={(key) => {
        const next = key === null ? '' : String(key);
        onChange(next);
        const hit = items.find((item) => item.id === next);
        if (hit) setText(hit.label);
      }}
      menuTrigger="input"
      allowsEmptyCollection
      isRequired
    >
      <Label className="field__label">{label}</Label>
      <Text slot="description" className="field__description">
        {kind === 'skill' ? t('profile.skillDescription') : t('profile.occupationDescription')}
      </Text>
      <FieldError className="field__error" />
      <Input className="field__input" />
      <Popover className="combobox__popover" placement="bottom start">
        <ListBox<OccupationItem>
          className="combobox__list"
          renderEmptyState={() => (
            <p className="combobox__empty">
              {search.isFetching
                ? t('common.loading')
                : kind === 'skill'
                  ? t('profile.skillNoHits')
                  : t('profile.occupationNoHits')}
            </p>
          )}
        >
          {(item) => (
            <ListBoxItem id={item.id} textValue={item.label} className="combobox__option">
              <span className="combobox__label">{item.label}</span>
              {item.detail ? <span className="combobox__detail">{item.detail}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
