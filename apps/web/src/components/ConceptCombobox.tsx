import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
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
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import type { ConceptOption, ConceptSearchKind } from '../api/types.ts';
import { CONCEPT_COMBOBOX_NS, type ConceptComboboxText } from './ConceptCombobox.i18n.ts';
import './ConceptCombobox.css';

export type { ConceptKind, ConceptOption, ConceptSearchKind } from '../api/types.ts';

export interface ConceptComboboxProps {
  /** Visible label; also the accessible name. */
  label: string;
  /** What to search: occupations (default), skills, or everything. */
  kind?: ConceptSearchKind;
  /** The chosen concept id (JobTech concept id), or null. */
  value: string | null;
  /** Called with the chosen concept, or null when the field is cleared. */
  onChange: (concept: ConceptOption | null) => void;
  description?: string;
  /** A validation message from the form or the server; marks the field invalid. */
  errorMessage?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** Form field name: a hidden input carries the concept id. */
  name?: string;
  id?: string;
  /** Maximum number of suggestions (1–50, default 10). */
  limit?: number;
  autoFocus?: boolean;
}

/** Wait this long after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 200;
const MIN_QUERY_LENGTH = 2;

/**
 * A combobox over the occupation and skill taxonomy that searches as the person types (debounced,
 * server-side ranking: diacritics-insensitive, typo tolerant, synonyms and SSYK codes). Built on
 * react-aria's ComboBox: labelled, keyboard operable (arrows, Enter, Escape, Alt+↓), and the
 * number of suggestions, focus and selection are announced to screen readers, in Swedish.
 */
export function ConceptCombobox({
  label,
  kind = 'occupation',
  value,
  onChange,
  description,
  errorMessage,
  isRequired,
  isDisabled,
  name,
  id,
  limit = 10,
  autoFocus,
}: ConceptComboboxProps) {
  const { i18n } = useTranslation();
  // The shared typed `t` knows only the shared keys; this namespace is typed by ConceptComboboxText.
  const fixedT = useMemo(() => {
    const getFixedT = i18n.getFixedT as unknown as (
      lng: string,
      namespace: string,
    ) => (key: string, options?: Record<string, unknown>) => string;
    return getFixedT.call(i18n, i18n.language, CONCEPT_COMBOBOX_NS);
  }, [i18n, i18n.language]);
  const t = (key: ConceptComboboxText, options?: Record<string, unknown>) => fixedT(key, options);

  const [selected, setSelected] = useState<ConceptOption | null>(null);
  const [inputValue, setInputValue] = useState('');
  const query = useDebouncedValue(inputValue, SEARCH_DEBOUNCE_MS);

  // A value set from outside (a saved profile): look up its label once.
  const known = selected !== null && selected.id === value;
  const concept = useQuery({
    queryKey: ['taxonomy', 'concept', value],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/taxonomy/concepts/{id}', { params: { path: { id: value! } }, signal })),
    enabled: value !== null && !known,
    staleTime: Number.POSITIVE_INFINITY,
  });
  useEffect(() => {
    if (value === null) {
      if (selected !== null) {
        setSelected(null);
        setInputValue('');
      }
      return;
    }
    if (known || !concept.data) return;
    const option: ConceptOption = {
      id: value,
      label: concept.data.label,
      kind: concept.data.kind,
      ssykCode: concept.data.ssyk?.code ?? null,
      matchedSynonym: null,
    };
    setSelected(option);
    setInputValue(option.label);
  }, [value, known, concept.data, selected]);

  const searchText = query.trim();
  const shouldSearch = searchText.length >= MIN_QUERY_LENGTH && searchText !== selected?.label;
  const search = useQuery({
    queryKey: ['taxonomy', 'search', kind, limit, searchText],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/taxonomy/search', { params: { query: { q: searchText, kind, limit } }, signal })),
    enabled: shouldSearch,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

  // The chosen option stays in the list: react-aria shows the selected item's text when the field
  // loses focus, and would empty the field if the item were missing.
  const items = useMemo(() => {
    const results = shouldSearch ? (search.data?.results ?? []) : [];
    if (!selected || results.some((r) => r.id === selected.id)) return results;
    return [selected, ...results];
  }, [shouldSearch, search.data, selected]);

  const byId = useRef(new Map<string, ConceptOption>());
  for (const item of items) byId.current.set(item.id, item);

  const emptyState = () => {
    if (searchText.length < MIN_QUERY_LENGTH) return t('typeMore');
    if (search.isError) return t('error');
    if (search.isFetching || inputValue.trim() !== searchText) return t('searching');
    return t('noResults');
  };

  // Also called with the current key on Escape and blur: in controlled mode react-aria expects the
  // text to be reset to the chosen label (or emptied), otherwise the list opens again at once.
  const onSelectionChange = (key: Key | null) => {
    const option = key === null ? null : (byId.current.get(String(key)) ?? null);
    setSelected(option);
    setInputValue(option?.label ?? '');
    if ((option?.id ?? null) !== value) onChange(option);
  };

  const onInputChange = (text: string) => {
    setInputValue(text);
    // Emptying the field clears the choice.
    if (text === '' && selected) {
      setSelected(null);
      onChange(null);
    }
  };

  const isOpen = useRef(false);
  const navigatedAt = useRef(Number.NEGATIVE_INFINITY);
  useKeepOpenOnProgrammaticScroll(isOpen, navigatedAt);

  return (
    <I18nProvider locale={i18n.language === 'en' ? 'en-GB' : 'sv-SE'}>
      <ComboBox
        className="field concept-combobox"
        {...(id ? { id } : {})}
        {...(name ? { name } : {})}
        formValue="key"
        items={items}
        selectedKey={selected?.id ?? null}
        onSelectionChange={onSelectionChange}
        inputValue={inputValue}
        onInputChange={onInputChange}
        menuTrigger="input"
        // Open with "Söker …" / "Inga träffar" once there is something to search for, not before.
        allowsEmptyCollection={inputValue.trim().length >= MIN_QUERY_LENGTH}
        isRequired={isRequired ?? false}
        isDisabled={isDisabled ?? false}
        isInvalid={errorMessage !== undefined}
        autoFocus={autoFocus ?? false}
        onOpenChange={(open) => {
          isOpen.current = open;
        }}
      >
        <Label className="field__label">{label}</Label>
        {description ? (
          <Text slot="description" className="field__description">
            {description}
          </Text>
        ) : null}
        <FieldError className="field__error">{errorMessage}</FieldError>
        <div
          className="concept-combobox__row"
          onKeyDownCapture={(e) => {
            if (NAVIGATION_KEYS.has(e.key)) navigatedAt.current = performance.now();
          }}
        >
          <Input className="field__input" />
          <Button className="concept-combobox__toggle" aria-label={t('showSuggestions')}>
            <span aria-hidden="true">▾</span>
          </Button>
        </div>
        <Popover className="concept-combobox__popover" placement="bottom start">
          <ListBox<ConceptOption>
            className="concept-combobox__list"
            renderEmptyState={() => <div className="concept-combobox__status">{emptyState()}</div>}
          >
            {(item) => (
              <ListBoxItem id={item.id} textValue={item.label} className="concept-combobox__option">
                <span className="concept-combobox__label">{item.label}</span>
                <span className="concept-combobox__meta">
                  {[
                    kind === 'all' ? t(`kind.${item.kind}`) : null,
                    item.ssykCode ? t('ssyk', { code: item.ssykCode }) : null,
                    item.matchedSynonym ? t('synonym', { name: item.matchedSynonym }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
    </I18nProvider>
  );
}

const NAVIGATION_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

/**
 * react-aria closes a combobox's list on any scroll of the page, and moving through the list with
 * the arrow keys calls scrollIntoView, which makes Chromium fire a scroll event even when nothing
 * moves: the list closed under the person's fingers (react-spectrum issues #8434, #9467). While the
 * list is open, page scroll events that did not move the page, or that follow a navigation key, are
 * kept from react-aria; a real scroll by the person still closes the list.
 */
function useKeepOpenOnProgrammaticScroll(
  isOpen: { current: boolean },
  navigatedAt: { current: number },
): void {
  useEffect(() => {
    // Registered on mount, before react-aria's own listener (added when the list opens), so it
    // runs first on the window's capture phase.
    let x = window.scrollX;
    let y = window.scrollY;
    const onScroll = (event: Event) => {
      const moved = window.scrollX !== x || window.scrollY !== y;
      x = window.scrollX;
      y = window.scrollY;
      if (!isOpen.current || (event.target !== document && event.target !== document.documentElement)) return;
      if (!moved || performance.now() - navigatedAt.current < 500) event.stopImmediatePropagation();
    };
    window.addEventListener('scroll', onScroll, true);
    return () => window.removeEventListener('scroll', onScroll, true);
  }, [isOpen, navigatedAt]);
}

function useDebouncedValue<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
