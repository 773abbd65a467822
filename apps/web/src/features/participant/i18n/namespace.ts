import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../../i18n/index.ts';

/** Every dotted path to a string in a translation file, with i18next plural suffixes folded. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type Translate<Key extends string> = (key: Key, options?: Record<string, unknown>) => string;

/**
 * A feature's own translation namespace, registered on the app's i18next instance so that the
 * shared `sv.json` stays small.
 */
export function registerNamespace(ns: string, sv: object, en: object): void {
  i18n.addResourceBundle('sv', ns, sv, true, true);
  i18n.addResourceBundle('en', ns, en, true, true);
}

/**
 * `t` for one namespace. The shared typed `t` knows only the shared keys, so each namespace is
 * typed by its own Swedish file (`Sv`): a misspelt key is still a type error.
 */
export function useNamespaceT<Sv>(ns: string): { t: Translate<Leaves<Sv>>; language: string } {
  // Subscribes to language changes; the fixed t below is rebuilt for the new language.
  const { i18n: instance } = useTranslation();
  const language = instance.language;
  const t = useMemo(() => {
    // The shared typing knows only the default namespace; this one is typed by Leaves<Sv>.
    const getFixedT = instance.getFixedT as unknown as (
      lng: string,
      namespace: string,
    ) => (key: string, options?: Record<string, unknown>) => string;
    const fixed = getFixedT.call(instance, language, ns);
    return ((key, options) => fixed(key, options)) as Translate<Leaves<Sv>>;
  }, [instance, language, ns]);
  return { t, language };
}
