import { i18n } from '../i18n/index.ts';

// The combobox's own texts, registered as namespace `conceptCombobox` so the shared sv.json stays
// small. The listbox, count and selection announcements come from react-aria in the same language.
const sv = {
  typeMore: 'Skriv minst två tecken för att söka.',
  searching: 'Söker …',
  noResults: 'Inga träffar. Pröva ett annat ord eller en SSYK-kod.',
  error: 'Sökningen fungerar inte just nu. Försök igen om en stund.',
  ssyk: 'SSYK {{code}}',
  synonym: 'även {{name}}',
  showSuggestions: 'Visa förslag',
  kind: {
    occupation: 'Yrke',
    skill: 'Kompetens',
    ssyk: 'Yrkesgrupp',
    credential: 'Behörighet',
    language: 'Språk',
  },
};

const en: typeof sv = {
  typeMore: 'Type at least two characters to search.',
  searching: 'Searching …',
  noResults: 'No matches. Try another word or an SSYK code.',
  error: 'Search is not working right now. Please try again shortly.',
  ssyk: 'SSYK {{code}}',
  synonym: 'also {{name}}',
  showSuggestions: 'Show suggestions',
  kind: {
    occupation: 'Occupation',
    skill: 'Skill',
    ssyk: 'Occupation group',
    credential: 'Credential',
    language: 'Language',
  },
};

export const CONCEPT_COMBOBOX_NS = 'conceptCombobox';
i18n.addResourceBundle('sv', CONCEPT_COMBOBOX_NS, sv, true, true);
i18n.addResourceBundle('en', CONCEPT_COMBOBOX_NS, en, true, true);

export type ConceptComboboxText = Exclude<keyof typeof sv, 'kind'> | `kind.${keyof typeof sv.kind}`;
