import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  ComboBox,
  FieldError,
  I18nProvider,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import '../../../../components/ConceptCombobox.css';
import { useReferenceVersion } from '../../api/reference.ts';
import { useParticipantT } from '../../i18n/index.ts';
import {
  exactLanguage,
  filterLanguages,
  type LanguageOption,
  languageOptions,
  optionForCode,
} from './languages.ts';

interface LanguageComboboxProps {
  id?: string;
  /** On the text input: a form's error for this name lands here, and focus with it. */
  name: string;
  label: string;
  description?: string;
  /** The chosen language's code, '' for none. */
  value: string;
  onChange: (code: string) => void;
  /** What is typed, also when it names no language (for the form's message). */
  onTextChange?: (text: string) => void;
  errorMessage?: string | undefined;
  isRequired?: boolean;
  isDisabled?: boolean;
}

/**
 * A language picked by its name from the languages the server accepts (languages.ts), in a
 * searchable react-aria ComboBox: type part of the name (case and diacritics do not matter) or the
 * code, choose with the arrow keys and Enter. Text that names no language stays as typed — the
 * form refuses it on the field — and a name or code typed in full counts as chosen.
 */
export function LanguageCombobox({
  id,
  name,
  label,
  description,
  value,
  onChange,
  onTextChange,
  errorMessage,
  isRequired,
  isDisabled,
}: LanguageComboboxProps) {
  const { t, language } = useParticipantT();
  const version = useReferenceVersion();
  const source = version.data?.taxonomy.source ?? 'default';
  const options = useMemo(() => languageOptions(source, language), [source, language]);
  const selected = optionForCode(options, value, language);
  const all = useMemo(
    () => (selected && !options.includes(selected) ? [selected, ...options] : options),
    [options, selected],
  );

  const [text, setText] = useState(selected?.label ?? '');
  // The label last put in the field for the chosen value: replaced when the value changes from
  // outside (a reload) or its name arrives (the vocabulary's list), never over what was typed.
  const shown = useRef(selected?.label ?? '');
  const selectedLabel = selected?.label ?? '';
  useEffect(() => {
    if (shown.current === selectedLabel) return;
    setText((current) => (current === shown.current || current === '' ? selectedLabel : current));
    shown.current = selectedLabel;
  }, [selectedLabel]);

  const showingChoice = selected !== null && text === selected.label;
  const items = showingChoice ? all : filterLanguages(all, text);

  function choose(option: LanguageOption | null) {
    shown.current = option?.label ?? '';
    setText(option?.label ?? '');
    onTextChange?.(option?.label ?? '');
    if ((option?.code ?? '') !== value) onChange(option?.code ?? '');
  }

  return (
    <I18nProvider locale={language === 'en' ? 'en-GB' : 'sv-SE'}>
      <ComboBox
        className="field concept-combobox language-combobox"
        {...(id ? { id } : {})}
        name={name}
        items={items}
        selectedKey={selected?.code ?? null}
        onSelectionChange={(key) => {
          if (key === null) {
            // Text that is no longer the chosen name: the choice is gone, the text stays.
            if (value !== '') onChange('');
            return;
          }
          choose(all.find((option) => option.code === key) ?? null);
        }}
        inputValue={text}
        onInputChange={(next) => {
          setText(next);
          onTextChange?.(next);
          if (next === '' && value !== '') onChange('');
        }}
        onBlur={() => {
          if (value !== '' && selected && text === selected.label) return;
          const exact = exactLanguage(all, text);
          if (exact) choose(exact);
        }}
        allowsCustomValue
        allowsEmptyCollection
        menuTrigger="input"
        isRequired={isRequired ?? false}
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
          <Button className="concept-combobox__toggle" aria-label={t('profile.showLanguages')}>
            <span aria-hidden="true">▾</span>
          </Button>
        </div>
        <Popover className="concept-combobox__popover" placement="bottom start">
          <ListBox<LanguageOption>
            className="concept-combobox__list"
            renderEmptyState={() => (
              <div className="concept-combobox__status">{t('profile.languageNoResults')}</div>
            )}
          >
            {(item) => (
              <ListBoxItem id={item.code} textValue={item.label} className="concept-combobox__option">
                <span className="concept-combobox__label">{item.label}</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
    </I18nProvider>
  );
}
