import 'i18next';
import type sv from './sv.json';

// Typed keys: a misspelt or missing translation key is a type error, not a blank label.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}
