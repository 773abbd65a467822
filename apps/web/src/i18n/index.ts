import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import sv from './sv.json';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'arbetsbro.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

// Swedish is the language of the service; English is the fallback for any key that a
// Swedish text is still missing for, and an opt-in choice for staff who prefer it.
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'en',
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(storageKey, lng);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for this page only.
  }
});
