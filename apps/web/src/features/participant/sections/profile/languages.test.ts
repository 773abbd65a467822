import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultTaxonomy } from '@arbetsbro/taxonomy';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_LANGUAGES,
  DARI,
  exactLanguage,
  filterLanguages,
  JOBTECH_ISO_639_1,
  languageOptions,
  optionForCode,
} from './languages.ts';

/** The codes the server's vocabulary check takes for a vocabulary's languages (vocabulary-check.ts). */
function acceptedCodes(languages: ReadonlyArray<{ id: string; iso6391?: string; iso6392?: string }>) {
  return new Set(
    languages.flatMap((l) => [l.id, l.iso6391, l.iso6392].filter(Boolean).map((c) => c!.toLowerCase())),
  );
}

const jobtechFile =
  process.env.ARBETSBRO_TAXONOMY_DIR !== undefined
    ? resolve(process.env.ARBETSBRO_TAXONOMY_DIR, 'languages.json')
    : resolve(import.meta.dirname, '../../../../../../../../shared/data/taxonomy/languages.json');

describe('the languages offered', () => {
  it('are every language of the built-in vocabulary, by its own Swedish names, each accepted by the server', () => {
    const builtIn = defaultTaxonomy().languages;
    const accepted = acceptedCodes(builtIn);
    const options = languageOptions('default', 'sv');
    expect(options).toHaveLength(builtIn.length);
    for (const option of options) expect(accepted.has(option.code.toLowerCase()), option.code).toBe(true);
    expect(new Set(options.map((o) => o.label))).toEqual(new Set(builtIn.map((l) => l.label)));
    expect(BUILT_IN_LANGUAGES.map(([code]) => code)).toEqual(
      builtIn.flatMap((l) => (l.iso6391 ? [l.iso6391] : [])),
    );
    expect(DARI.default).toBe(builtIn.find((l) => l.label === 'Dari')?.id);
  });

  it.skipIf(!existsSync(jobtechFile))('after a JobTech import: every code is one the export has', () => {
    const file = JSON.parse(readFileSync(jobtechFile, 'utf8')) as {
      data: { concepts: Array<{ id: string; iso_639_1_2002: string | null; iso_639_2_1998: string | null }> };
    };
    const accepted = acceptedCodes(
      file.data.concepts.map((c) => ({
        id: c.id,
        ...(c.iso_639_1_2002 ? { iso6391: c.iso_639_1_2002 } : {}),
        ...(c.iso_639_2_1998 ? { iso6392: c.iso_639_2_1998 } : {}),
      })),
    );
    const options = languageOptions('jobtech', 'sv');
    for (const option of options) expect(accepted.has(option.code.toLowerCase()), option.code).toBe(true);
    const iso6391 = new Set(
      file.data.concepts.flatMap((c) => (c.iso_639_1_2002 ? [c.iso_639_1_2002.toLowerCase()] : [])),
    );
    expect(new Set(JOBTECH_ISO_639_1)).toEqual(iso6391);
  });

  it('are named in Swedish and sorted the Swedish way (Å, Ä, Ö last)', () => {
    const options = languageOptions('jobtech', 'sv');
    const labels = options.map((o) => o.label);
    expect(labels).toContain('Svenska');
    expect(labels).toContain('Vietnamesiska');
    expect(labels).toContain('Tigrinska'); // the vocabulary's name, not the browser's "Tigrinja"
    expect(new Set(options.map((o) => o.code)).size).toBe(options.length);
    expect(labels.indexOf('Arabiska')).toBeLessThan(labels.indexOf('Ungerska'));
    for (const label of labels) expect(label.charAt(0)).toBe(label.charAt(0).toLocaleUpperCase('sv'));
  });

  it('are named in English in the English interface', () => {
    expect(languageOptions('default', 'en').find((o) => o.code === 'sv')?.label).toBe('Swedish');
  });
});

describe('finding a language', () => {
  const options = languageOptions('default', 'sv');

  it('by part of its name, ignoring case and diacritics, or by its code', () => {
    expect(filterLanguages(options, 'SVEN').map((o) => o.code)).toEqual(['sv']);
    expect(filterLanguages(options, 'rumanska').map((o) => o.code)).toEqual(['ro']);
    expect(filterLanguages(options, 'ar').map((o) => o.code)).toContain('ar');
    expect(filterLanguages(options, 'sv').map((o) => o.code)).toContain('sv');
    expect(filterLanguages(options, 'klingonska')).toEqual([]);
    expect(filterLanguages(options, '')).toHaveLength(options.length);
  });

  it('exactly, by name or code, for what was typed and not picked', () => {
    expect(exactLanguage(options, 'svenska')?.code).toBe('sv');
    expect(exactLanguage(options, ' SV ')?.code).toBe('sv');
    expect(exactLanguage(options, 'sven')).toBeNull();
    expect(exactLanguage(options, '')).toBeNull();
  });

  it('for a stored code in any case, and keeps a code the list does not have', () => {
    expect(optionForCode(options, 'SV', 'sv')).toEqual({ code: 'sv', label: 'Svenska' });
    expect(optionForCode(options, 'vi', 'sv')).toEqual({ code: 'vi', label: 'Vietnamesiska' });
    expect(optionForCode(options, 'prs', 'sv')).toEqual({ code: 'prs', label: 'Dari' });
    expect(optionForCode(options, 'Lozg_qhA_r3y', 'sv')).toEqual({
      code: 'Lozg_qhA_r3y',
      label: 'Lozg_qhA_r3y',
    });
    expect(optionForCode(options, '', 'sv')).toBeNull();
  });
});
