import type { SearchHit, TaxonomySearch } from '@arbetsbro/taxonomy';

// Suggestions while an employer writes a need in their own words ("två lagerarbetare med
// truckkort A och B"): the occupation, skills and licences/certificates in taxonomy terms, and the
// number of positions. The employer confirms or removes each; nothing is applied silently. Pure:
// the taxonomy search is passed in.

export interface NeedSuggestions {
  occupation: SearchHit | null;
  skills: SearchHit[];
  credentials: SearchHit[];
  positions: number | null;
}

const NUMBER_WORDS: Record<string, number> = {
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
};

/** Words too common to search by on their own. */
const STOP = new Set(
  'och med som för att till den det de vi ni du är har ska kan vill söker behöver eller på i av om en ett två tre fyra fem sex sju åtta nio tio gärna helst bra god goda erfarenhet krav jobb arbete tjänst tjänster personal medarbetare medarbetarna person personer'.split(
    ' ',
  ),
);

/** Search tiers (see taxonomy-search.ts): exact, prefix and word-prefix matches are below 30. */
const CONFIDENT = 30;
/** A long single word may carry one inflection away from the label ("undersköterskor"). */
const INFLECTED = 65;

function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}+#.]+/gu) ?? []
  );
}

/**
 * Suggestions for a need's free text. At most `limit` skills and credentials each; the occupation
 * is the best confident occupation match, preferring longer phrases.
 */
export function suggestFromText(text: string, search: TaxonomySearch, limit = 5): NeedSuggestions {
  const ws = words(text).slice(0, 120);
  let occupation: { hit: SearchHit; length: number } | null = null;
  const skills = new Map<string, SearchHit>();
  const credentials = new Map<string, SearchHit>();
  let positions: number | null = null;

  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    if (positions === null && next && !STOP.has(next)) {
      const n = NUMBER_WORDS[w] ?? (/^\d{1,3}$/.test(w) ? Number(w) : undefined);
      if (n !== undefined && n > 0 && n <= 500) {
        const after = search.search(next, { kinds: ['occupation'], limit: 1 })[0];
        if (after && after.score < INFLECTED) positions = n;
      }
    }
    for (let len = 3; len >= 1; len--) {
      const phrase = ws.slice(i, i + len);
      if (phrase.length < len || phrase.every((p) => STOP.has(p))) continue;
      // A phrase starting or ending in a filler word is its shorter self, and a one- or two-letter
      // word ("truckkort A och B") prefix-matches anything: "a och b" found "Alternativ och
      // kompletterande kommunikation". Short technical words (C#, C++) keep their signs.
      if (len > 1 && (STOP.has(phrase[0]!) || STOP.has(phrase[len - 1]!))) continue;
      if (phrase.some((p) => !STOP.has(p) && p.replace(/[^\p{L}\p{N}]/gu, '').length < 3 && !/[+#]/.test(p)))
        continue;
      const query = phrase.join(' ');
      if (query.replace(/[^\p{L}\p{N}]/gu, '').length < 4) continue;
      for (const hit of search.search(query, { limit: 3 })) {
        const confident = hit.score < CONFIDENT || (len === 1 && query.length >= 8 && hit.score < INFLECTED);
        if (!confident) continue;
        if (
          hit.kind === 'occupation' &&
          (!occupation ||
            len > occupation.length ||
            (len === occupation.length && hit.score < occupation.hit.score))
        )
          occupation = { hit, length: len };
        else if (hit.kind === 'skill' && !skills.has(hit.id)) skills.set(hit.id, hit);
      }
    }
  }
  for (const hit of licencesIn(text, search)) credentials.set(hit.id, hit);
  return {
    occupation: occupation?.hit ?? null,
    skills: [...skills.values()].slice(0, limit),
    credentials: [...credentials.values()].slice(0, limit),
    positions,
  };
}

/**
 * Driving licences and truck certificates as people write them: "truckkort A och B", "B-körkort",
 * "körkort C/CE". Each class letter is looked up as the taxonomy names it.
 */
function licencesIn(text: string, search: TaxonomySearch): SearchHit[] {
  const hits: SearchHit[] = [];
  const lower = text.normalize('NFC');
  const classes = (list: string) =>
    list.split(/\s*(?:\+|och|&|,|\/|eller)\s*/i).filter((c) => /^[A-Da-d]\d?[Ee]?$/.test(c));
  for (const m of lower.matchAll(
    /truckkort\s+((?:[A-Da-d]\d?)(?:\s*(?:\+|och|&|,|\/|eller)\s*[A-Da-d]\d?)*)/giu,
  ))
    for (const c of classes(m[1]!)) {
      // A bare class letter is the class's first certificate: "truckkort B" is B1 (motviktstruck).
      const code = /^[A-Da-d]$/.test(c) ? `${c}1` : c;
      const hit = search.search(`truckkort ${code}`, { kinds: ['credential'], limit: 1 })[0];
      if (hit) hits.push(hit);
    }
  const licence = (c: string) => search.search(`körkort ${c}`, { kinds: ['credential'], limit: 1 })[0];
  for (const m of lower.matchAll(/(?<![\p{L}\p{N}])([A-Da-d][1E]?E?)-körkort/giu)) {
    const hit = licence(m[1]!.toUpperCase());
    if (hit) hits.push(hit);
  }
  for (const m of lower.matchAll(
    /körkort\s+(?:klass\s+)?((?:[A-Da-d][1E]?E?)(?:\s*(?:\+|och|&|,|\/|eller)\s*[A-Da-d][1E]?E?)*)(?![\p{L}])/giu,
  ))
    for (const c of m[1]!.split(/\s*(?:\+|och|&|,|\/|eller)\s*/i)) {
      const hit = licence(c.toUpperCase());
      if (hit) hits.push(hit);
    }
  return hits;
}
