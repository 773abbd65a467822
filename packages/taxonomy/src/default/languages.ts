import type { Language, LanguageLevel } from '../model.ts';

// Swedish for immigrants (SFI A–D), Svenska som andraspråk (grund, gymnasial) and CEFR levels on
// one comparable scale. Ranks follow CEFR (A1 = 1 … C2 = 6); SFI courses sit between the CEFR
// steps they lead to, so ranks may be fractional: SFI D (≈ A2+) is above A2 but below B1.
export const LANGUAGE_LEVELS: readonly LanguageLevel[] = [
  { code: 'SFI-A', label: 'SFI kurs A', scale: 'sfi', rank: 1 },
  { code: 'SFI-B', label: 'SFI kurs B', scale: 'sfi', rank: 1.5 },
  { code: 'SFI-C', label: 'SFI kurs C', scale: 'sfi', rank: 2 },
  { code: 'SFI-D', label: 'SFI kurs D', scale: 'sfi', rank: 2.5 },
  { code: 'SAS-GRUND', label: 'Svenska som andraspråk, grundläggande nivå', scale: 'sas', rank: 3 },
  { code: 'SAS-GY', label: 'Svenska som andraspråk, gymnasial nivå', scale: 'sas', rank: 4 },
  { code: 'CEFR-A1', label: 'A1 – nybörjare', scale: 'cefr', rank: 1 },
  { code: 'CEFR-A2', label: 'A2 – grundläggande', scale: 'cefr', rank: 2 },
  { code: 'CEFR-B1', label: 'B1 – mellannivå', scale: 'cefr', rank: 3 },
  { code: 'CEFR-B2', label: 'B2 – övre mellannivå', scale: 'cefr', rank: 4 },
  { code: 'CEFR-C1', label: 'C1 – avancerad', scale: 'cefr', rank: 5 },
  { code: 'CEFR-C2', label: 'C2 – mycket avancerad, modersmålsnivå', scale: 'cefr', rank: 6 },
];

/** Languages common among the unit's participants (ISO 639-1/-2 codes). */
export const LANGUAGES: readonly Language[] = (
  [
    ['sv', 'swe', 'Svenska'],
    ['en', 'eng', 'Engelska'],
    ['ar', 'ara', 'Arabiska'],
    ['so', 'som', 'Somaliska'],
    ['ti', 'tir', 'Tigrinska'],
    ['am', 'amh', 'Amhariska'],
    ['fa', 'per', 'Persiska'],
    [undefined, undefined, 'Dari'],
    ['ps', 'pus', 'Pashto'],
    ['ku', 'kur', 'Kurdiska'],
    ['tr', 'tur', 'Turkiska'],
    ['pl', 'pol', 'Polska'],
    ['bs', 'bos', 'Bosniska'],
    ['hr', 'hrv', 'Kroatiska'],
    ['sr', 'srp', 'Serbiska'],
    ['uk', 'ukr', 'Ukrainska'],
    ['ru', 'rus', 'Ryska'],
    ['ro', 'rum', 'Rumänska'],
    ['es', 'spa', 'Spanska'],
    ['fr', 'fre', 'Franska'],
    ['de', 'ger', 'Tyska'],
    ['fi', 'fin', 'Finska'],
    ['th', 'tha', 'Thai'],
    ['zh', 'chi', 'Kinesiska'],
    ['ur', 'urd', 'Urdu'],
  ] as const
).map(([iso6391, iso6392, label]) => ({
  // Dari has no ISO 639-1/-2 code of its own (639-3: prs).
  id: `local:language:${iso6392 ?? 'prs'}`,
  label,
  ...(iso6391 ? { iso6391 } : {}),
  ...(iso6392 ? { iso6392 } : {}),
}));
