// The languages a coach picks from in the profile, by name. The profile stores a language code,
// and the server takes only codes of the vocabulary in force (apps/server/src/modules/reference/
// vocabulary-check.ts: a language's id, ISO 639-1 or ISO 639-2 code, any case). There is no list
// of language names in the API, so the list is built here for each vocabulary:
// - the built-in one (`source: 'default'`, packages/taxonomy/src/default/languages.ts): its 25
//   languages, with its own Swedish names;
// - a JobTech import (`source: 'jobtech'`): every language the export gives an ISO 639-1 code,
//   named by the browser (Intl.DisplayNames), the built-in names kept where they exist.
// Both lists are checked against their sources by languages.test.ts.

export type VocabularySource = 'default' | 'jobtech';

export interface LanguageOption {
  code: string;
  label: string;
}

/** The built-in vocabulary's languages: ISO 639-1 code and Swedish name. */
export const BUILT_IN_LANGUAGES: ReadonlyArray<readonly [code: string, label: string]> = [
  ['sv', 'Svenska'],
  ['en', 'Engelska'],
  ['ar', 'Arabiska'],
  ['so', 'Somaliska'],
  ['ti', 'Tigrinska'],
  ['am', 'Amhariska'],
  ['fa', 'Persiska'],
  ['ps', 'Pashto'],
  ['ku', 'Kurdiska'],
  ['tr', 'Turkiska'],
  ['pl', 'Polska'],
  ['bs', 'Bosniska'],
  ['hr', 'Kroatiska'],
  ['sr', 'Serbiska'],
  ['uk', 'Ukrainska'],
  ['ru', 'Ryska'],
  ['ro', 'Rumänska'],
  ['es', 'Spanska'],
  ['fr', 'Franska'],
  ['de', 'Tyska'],
  ['fi', 'Finska'],
  ['th', 'Thai'],
  ['zh', 'Kinesiska'],
  ['ur', 'Urdu'],
];

/** Dari has no ISO 639-1 code: the built-in vocabulary knows it by its id, JobTech by `prs`. */
export const DARI: Readonly<Record<VocabularySource, string>> = {
  default: 'local:language:prs',
  jobtech: 'prs',
};
const DARI_LABEL = 'Dari';

/** The ISO 639-1 codes of the languages in the JobTech taxonomy export (languages.json). */
export const JOBTECH_ISO_639_1 = (
  'aa ab ae af ak am ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ' +
  'ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr hu hy hz id ie ig ik is it ' +
  'iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg ln lo lt lu lv mg mh mi mk ml mn mo mr ' +
  'ms mt my na nb nd ne ng nl no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd sg si ' +
  'sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wo ' +
  'xh yi yo za zh zu'
).split(' ');

/** A language name for a list: "Svenska", not "svenska" (names are lower case in running text). */
function capitalised(name: string, locale: string): string {
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Names from the browser (CLDR) for codes the built-in vocabulary does not name. */
export function displayName(code: string, uiLanguage: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'none' }).of(code);
    return name ? capitalised(name, uiLanguage) : undefined;
  } catch {
    return undefined;
  }
}

/** Folded for search: case and diacritics ignored ("tigrinska" finds "Tigrinska", "o" finds "ö"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * The languages to choose from, by name in the interface's language, sorted as that language
 * sorts. In Swedish the built-in vocabulary's names win over the browser's.
 */
export function languageOptions(source: VocabularySource, uiLanguage: string): LanguageOption[] {
  const swedish = uiLanguage === 'sv';
  const builtIn = new Map(BUILT_IN_LANGUAGES.map(([code, label]) => [code, label]));
  const codes = source === 'jobtech' ? JOBTECH_ISO_639_1 : BUILT_IN_LANGUAGES.map(([code]) => code);
  const options: LanguageOption[] = codes.map((code) => ({
    code,
    label:
      (swedish ? builtIn.get(code) : undefined) ?? displayName(code, uiLanguage) ?? builtIn.get(code) ?? code,
  }));
  options.push({
    code: DARI[source],
    label: swedish ? DARI_LABEL : (displayName('prs', uiLanguage) ?? DARI_LABEL),
  });
  const collator = new Intl.Collator(uiLanguage === 'en' ? 'en-GB' : 'sv-SE');
  return options.sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * The option for a stored code (any case, as the server compares). A code the list does not
 * have (saved under another vocabulary) gets an option of its own, so it is shown and kept.
 */
export function optionForCode(
  options: readonly LanguageOption[],
  code: string,
  uiLanguage: string,
): LanguageOption | null {
  if (code === '') return null;
  const folded = code.toLowerCase();
  const known = options.find((option) => option.code.toLowerCase() === folded);
  if (known) return known;
  const dari = Object.values(DARI).includes(folded) ? DARI_LABEL : undefined;
  return { code, label: dari ?? displayName(code, uiLanguage) ?? code };
}

/** The options whose name contains the text, or whose code is the text ("sv"). */
export function filterLanguages(options: readonly LanguageOption[], text: string): LanguageOption[] {
  const query = fold(text);
  if (query === '') return [...options];
  return options.filter(
    (option) => fold(option.label).includes(query) || option.code.toLowerCase() === query,
  );
}

/** The one option the text names exactly (its name or its code), if any. */
export function exactLanguage(options: readonly LanguageOption[], text: string): LanguageOption | null {
  const query = fold(text);
  if (query === '') return null;
  return (
    options.find((option) => fold(option.label) === query || option.code.toLowerCase() === query) ?? null
  );
}
