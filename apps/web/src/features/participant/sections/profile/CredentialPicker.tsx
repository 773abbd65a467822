import { type ContextType, type RefObject, useContext, useMemo, useRef, useState } from 'react';
import {
  Button,
  ComboBox,
  ComboBoxStateContext,
  FieldError,
  I18nProvider,
  Input,
  type Key,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
  Text,
} from 'react-aria-components';
import type { Credential } from '../../../../api/types.ts';
import '../../../../components/ConceptCombobox.css';
import { useParticipantT } from '../../i18n/index.ts';
import { fold } from './languages.ts';

interface CredentialPickerProps {
  /** The vocabulary's driving licences and certificates (useCredentials). */
  credentials: readonly Credential[];
  /** The chosen codes, in the order they were picked. */
  value: readonly string[];
  onChange: (codes: string[]) => void;
  /** On the search input: a form's error for this name lands here, and focus with it. */
  name: string;
  errorMessage?: string | undefined;
  isDisabled?: boolean;
}

/** Matches a credential on its label or code, case and diacritics ignored, every word typed. */
export function filterCredentials(list: readonly Credential[], text: string): Credential[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...list];
  return list.filter((c) => {
    const haystack = `${fold(c.label)} ${fold(c.code)}`;
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * Licences and certificates as a searchable multi-select: a react-aria ComboBox to find one by
 * typing part of its name or code (arrow keys and Enter to pick), and the chosen ones as a
 * react-aria TagGroup of removable tags ("Ta bort Körkort B (personbil)"; Delete or Backspace on a
 * focused tag removes it too). Codes the vocabulary no longer offers stay chosen, shown by code.
 */
export function CredentialPicker({
  credentials,
  value,
  onChange,
  name,
  errorMessage,
  isDisabled,
}: CredentialPickerProps) {
  const { t, language } = useParticipantT();
  const [text, setText] = useState('');
  const byCode = useMemo(() => new Map(credentials.map((c) => [c.code, c])), [credentials]);
  const chosen = new Set(value);
  const items = filterCredentials(
    credentials.filter((c) => !chosen.has(c.code)),
    text,
  );

  // The combobox's state, to close its list once a choice is made: its selected key stays null
  // (the choices are the tags), so react-aria would keep the list open over them.
  const state = useRef<ComboBoxState | null>(null);
  function add(key: Key | null) {
    if (key === null) return;
    const code = String(key);
    if (!chosen.has(code)) onChange([...value, code]);
    setText('');
    window.setTimeout(() => state.current?.close(), 0);
  }

  return (
    <I18nProvider locale={language === 'en' ? 'en-GB' : 'sv-SE'}>
      <div className="credential-picker">
        <ComboBox
          className="field concept-combobox"
          name={name}
          items={items}
          selectedKey={null}
          onSelectionChange={add}
          inputValue={text}
          onInputChange={setText}
          menuTrigger="input"
          allowsEmptyCollection
          isDisabled={isDisabled ?? false}
          isInvalid={errorMessage !== undefined}
        >
          <KeepState into={state} />
          <Label className="field__label">{t('profile.licencesAdd')}</Label>
          <Text slot="description" className="field__description">
            {t('profile.licencesAddDescription')}
          </Text>
          <FieldError className="field__error">{errorMessage}</FieldError>
          <div className="concept-combobox__row">
            <Input className="field__input" autoComplete="off" spellCheck="false" />
            <Button className="concept-combobox__toggle" aria-label={t('profile.licencesShowAll')}>
              <span aria-hidden="true">▾</span>
            </Button>
          </div>
          <Popover className="concept-combobox__popover" placement="bottom start">
            <ListBox<Credential>
              className="concept-combobox__list"
              renderEmptyState={() => (
                <div className="concept-combobox__status">{t('profile.licencesNoResults')}</div>
              )}
            >
              {(item) => (
                <ListBoxItem id={item.code} textValue={item.label} className="concept-combobox__option">
                  <span className="concept-combobox__label">{item.label}</span>
                  <span className="concept-combobox__meta">{t(`profile.credentialKind.${item.kind}`)}</span>
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
        <TagGroup
          className="credential-picker__chosen"
          {...(isDisabled
            ? {}
            : { onRemove: (keys: Set<Key>) => onChange(value.filter((code) => !keys.has(code))) })}
        >
          <Label className="field__label">{t('profile.licencesChosen', { count: value.length })}</Label>
          <TagList
            className="credential-picker__tags"
            renderEmptyState={() => <span className="muted">{t('profile.licencesNone')}</span>}
          >
            {value.map((code) => {
              const label = byCode.get(code)?.label ?? code;
              return (
                <Tag key={code} id={code} textValue={label} className="credential-picker__tag">
                  <span>{label}</span>
                  {isDisabled ? null : (
                    <Button slot="remove" className="credential-picker__remove">
                      <span aria-hidden="true">×</span>
                    </Button>
                  )}
                </Tag>
              );
            })}
          </TagList>
        </TagGroup>
      </div>
    </I18nProvider>
  );
}

type ComboBoxState = NonNullable<ContextType<typeof ComboBoxStateContext>>;

/** Puts the surrounding ComboBox's state into a ref (react-aria gives it to children by context). */
function KeepState({ into }: { into: RefObject<ComboBoxState | null> }) {
  into.current = useContext(ComboBoxStateContext);
  return null;
}
