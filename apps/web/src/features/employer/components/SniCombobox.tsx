import { useMemo, useState } from 'react';
import {
  Button,
  ComboBox,
  FieldError,
  I18nProvider,
  Input,
  type Key,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import '../../../components/ConceptCombobox.css';
import { useEmployerT } from '../i18n/index.ts';
import { SNI_2007, type SniEntry, searchSni, sniEntry, sniText } from '../sni.ts';

interface SniComboboxProps {
  /** The form field: a hidden input carries the chosen code ('' for none). */
  name: string;
  label: string;
  description?: string;
  defaultCode?: string | null;
  errorMessage?: string | undefined;
  isDisabled?: boolean;
}

/**
 * The industry (SNI 2007), searched in the built-in list as the person types: a code ("47", "C")
 * or words of the name ("livsmedel"). Arrows and Enter choose; emptying the field clears it.
 */
export function SniCombobox({
  name,
  label,
  description,
  defaultCode,
  errorMessage,
  isDisabled,
}: SniComboboxProps) {
  const { t, language } = useEmployerT();
  const [selected, setSelected] = useState<SniEntry | null>(() => sniEntry(defaultCode) ?? null);
  const [text, setText] = useState(() => (selected ? sniText(selected) : ''));
  const showingChoice = selected !== null && text === sniText(selected);
  const items = useMemo(() => (showingChoice ? [...SNI_2007] : searchSni(text)), [showingChoice, text]);

  function choose(key: Key | null) {
    const entry = key === null ? null : (sniEntry(String(key)) ?? null);
    setSelected(entry);
    setText(entry ? sniText(entry) : '');
  }

  return (
    <I18nProvider locale={language === 'en' ? 'en-GB' : 'sv-SE'}>
      <ComboBox
        className="field concept-combobox"
        name={name}
        formValue="key"
        items={items}
        selectedKey={selected?.code ?? null}
        onSelectionChange={choose}
        inputValue={text}
        onInputChange={(next) => {
          setText(next);
          if (next === '') setSelected(null);
        }}
        menuTrigger="input"
        allowsEmptyCollection
        isDisabled={isDisabled ?? false}
        isInvalid={errorMessage !== undefined}
      >
        <Label className="field__label">{label}</Label>
        {description ? (
          <Text slot="description" className="field__description">
            {description}
          </Text>
        ) : null}
        <FieldError className="field__error">{errorMessage}</FieldError>
        <div className="concept-combobox__row">
          <Input className="field__input" autoComplete="off" spellCheck="false" />
          <Button className="concept-combobox__toggle" aria-label={t('sni.showAll')}>
            <span aria-hidden="true">▾</span>
          </Button>
        </div>
        <Popover className="concept-combobox__popover" placement="bottom start">
          <ListBox<SniEntry>
            className="concept-combobox__list"
            renderEmptyState={() => <div className="concept-combobox__status">{t('sni.noResults')}</div>}
          >
            {(item) => (
              <ListBoxItem id={item.code} textValue={sniText(item)} className="concept-combobox__option">
                <span className="concept-combobox__label">{sniText(item)}</span>
                <span className="concept-combobox__meta">
                  {item.section
                    ? t('sni.division', {
                        section: sniText(sniEntry(item.section) ?? { code: item.section, label: '' }).trim(),
                      })
                    : t('sni.section')}
                </span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
    </I18nProvider>
  );
}
