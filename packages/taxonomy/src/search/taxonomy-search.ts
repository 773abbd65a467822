import type { ConceptId, Taxonomy } from '../model.ts';
import { allowedEdits, normalizeText, prefixEditDistance, tokenize } from './normalize.ts';
import { defaultSearchHints, type TaxonomySearchHints } from './search-hints.ts';

export type SearchKind = 'occupation' | 'skill' | 'ssyk' | 'credential';

export interface SearchHit {
  kind: SearchKind;
  /** Concept id; for a credential its code. */
  id: ConceptId;
  label: string;
  /**
   * The name that matched when it was not the label: a synonym, or for an occupation found
   * through its SSYK group, the group's label or synonym.
   */
  matchedName?: string;
  /** SSYK 2012 code: of the group itself, or of an occupation's group. */
  ssykCode?: string;
  /** Lower is better; comparable within one result list only. */
  score: number;
}

export interface SearchOptions {
  /** Default 10. */
  limit?: number;
  /** Default: every kind. */
  kinds?: readonly SearchKind[];
}

export interface TaxonomySearch {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Number of searchable names (labels and synonyms), for benchmarks. */
  readonly size: number;
}

interface Entry {
  kind: SearchKind;
  id: ConceptId;
  label: string;
  ssykCode?: string;
  /** Higher first among equal scores. */
  popularity: number;
  /** For an SSYK-4 group: its occupations' entry indexes. */
  members?: number[];
  /** Position in Swedish alphabetical order of labels (set after building), for cheap ties. */
  alphabetical: number;
}

interface Name {
  entry: number;
  /** Normalised text. */
  text: string;
  /** Lower-cased original, to prefer matches with the diacritics the person typed. */
  raw: string;
  words: number[];
  synonym?: string;
}

// Scores, lower is better. Tiers are 10 apart so that adjustments within a tier (word position,
// synonym, typo count, diacritics) never cross into the next one.
const EXACT = 0;
const PREFIX = 10;
const WORD_PREFIX = 20;
const INFIX = 40;
const FUZZY = 60;
const SYNONYM = 3;
/** An occupation found through its group's name ranks below the group itself. */
const VIA_GROUP = 15;
const SAME_DIACRITICS = -1;
const CODE_EXACT = 0;
const CODE_MEMBER = 5;
const CODE_PREFIX = 10;
const ALL_KINDS: readonly SearchKind[] = ['occupation', 'skill', 'ssyk', 'credential'];

interface Ranked {
  entry: Entry;
  score: number;
  name?: string;
}

/** Per query word: word id → cost (0 exact word, 1 prefix, 2 inside a compound, 2 + typos). */
type WordMatches = Map<number, number>;

/**
 * An in-memory index for search-as-you-type over occupations (labels and synonyms), skills,
 * SSYK groups (labels and codes) and credentials. Diacritics-insensitive, prefix and
 * compound-word aware, typo tolerant (1–2 edits by word length, first letter assumed right).
 * Build once per taxonomy (≈ 0.1–0.3 s for the full JobTech taxonomy); searches are synchronous.
 */
export function createTaxonomySearch(taxonomy: Taxonomy, hints?: TaxonomySearchHints): TaxonomySearch {
  const { synonyms, common } = hints ?? defaultSearchHints(taxonomy);
  const entries: Entry[] = [];
  const names: Name[] = [];
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const postings: number[][] = [];

  const wordId = (w: string): number => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = words.length;
      wordIds.set(w, id);
      words.push(w);
      postings.push([]);
    }
    return id;
  };
  const addNames = (entry: number, label: string, extra: Iterable<string> = []) => {
    const seen = new Set<string>();
    for (const [text, synonym] of [[label, undefined] as const, ...[...extra].map((s) => [s, s] as const)]) {
      const normalized = normalizeText(text);
      if (!normalized || seen.has(normalized)) continue;
      seen.add(normalized);
      const ids = normalized.split(' ').map(wordId);
      names.push({
        entry,
        text: normalized,
        raw: text.toLowerCase(),
        words: ids,
        ...(synonym ? { synonym } : {}),
      });
      for (const w of new Set(ids)) postings[w]!.push(names.length - 1);
    }
  };
  const addEntry = (entry: Omit<Entry, 'alphabetical'>) => entries.push({ ...entry, alphabetical: 0 }) - 1;

  const substitutionDegree = new Map<ConceptId, number>();
  for (const e of taxonomy.substitutability) {
    substitutionDegree.set(e.occupationId, (substitutionDegree.get(e.occupationId) ?? 0) + 1);
    substitutionDegree.set(e.substituteId, (substitutionDegree.get(e.substituteId) ?? 0) + 1);
  }
  const groupEntry = new Map<ConceptId, number>();
  const codeEntries: Array<{ entry: number; code: string }> = [];
  for (const g of taxonomy.ssykGroups) {
    const entry = addEntry({
      kind: 'ssyk',
      id: g.id,
      label: g.label,
      ssykCode: g.code,
      popularity: -g.level,
      members: [],
    });
    addNames(entry, g.label, synonyms?.get(g.id));
    groupEntry.set(g.id, entry);
    codeEntries.push({ entry, code: g.code });
  }
  for (const o of taxonomy.occupations) {
    if (o.deprecated) continue;
    const group = groupEntry.get(o.ssyk4Id);
    const code = group === undefined ? undefined : entries[group]!.ssykCode;
    // Common occupations first, then those needing no education (typical for the unit's
    // participants), then well-connected ones (a rough stand-in for how often they occur).
    const popularity =
      (common?.has(o.id) ? 1000 : 0) +
      (o.noEducationRequired ? 100 : 0) +
      Math.min(substitutionDegree.get(o.id) ?? 0, 99);
    const entry = addEntry({
      kind: 'occupation',
      id: o.id,
      label: o.label,
      ...(code ? { ssykCode: code } : {}),
      popularity,
    });
    addNames(entry, o.label, [...(o.synonyms ?? []), ...(synonyms?.get(o.id) ?? [])]);
    if (group !== undefined) entries[group]!.members!.push(entry);
  }
  for (const s of taxonomy.skills) {
    if (!s.deprecated)
      addNames(addEntry({ kind: 'skill', id: s.id, label: s.label, popularity: 0 }), s.label);
  }
  for (const c of taxonomy.credentials) {
    addNames(addEntry({ kind: 'credential', id: c.code, label: c.label, popularity: 0 }), c.label, [c.code]);
  }

  // Ties are broken alphabetically; comparing precomputed positions keeps ICU collation
  // (slow) out of the per-search ranking.
  const collator = new Intl.Collator('sv');
  entries
    .map((e, i) => ({ label: e.label, i }))
    .sort((a, b) => collator.compare(a.label, b.label))
    .forEach(({ i }, position) => {
      entries[i]!.alphabetical = position;
    });

  // Sorted words for prefix lookup by binary search; words by first letter for typo search
  // (people rarely mistype the first letter, and it cuts the work by an order of magnitude).
  const sortedWords = words
    .map((_, i) => i)
    .sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0));
  const byFirstLetter = new Map<string, number[]>();
  for (let w = 0; w < words.length; w++) {
    const list = byFirstLetter.get(words[w]![0]!);
    if (list) list.push(w);
    else byFirstLetter.set(words[w]![0]!, [w]);
  }

  // Trigram → words containing it, so that compound (infix) matching checks a few hundred words
  // instead of all of them.
  const trigrams = new Map<string, number[]>();
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const seen = new Set<string>();
    for (let i = 0; i + 3 <= word.length; i++) {
      const tri = word.slice(i, i + 3);
      if (seen.has(tri)) continue;
      seen.add(tri);
      const list = trigrams.get(tri);
      if (list) list.push(w);
      else trigrams.set(tri, [w]);
    }
  }

  /** Calls `visit` for every word starting with `prefix` (binary search in sortedWords). */
  const forPrefix = (prefix: string, visit: (word: number) => void) => {
    let lo = 0;
    let hi = sortedWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[sortedWords[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sortedWords.length && words[sortedWords[i]!]!.startsWith(prefix); i++)
      visit(sortedWords[i]!);
  };

  /** Exact, prefix, inflected and compound matches of one query word. */
  const matchWord = (token: string): WordMatches => {
    const matches: WordMatches = new Map();
    forPrefix(token, (w) => matches.set(w, words[w]!.length === token.length ? 0 : 1));
    // Inflection: "undersköterska" should meet "undersköterskor" (SSYK group labels are plural).
    if (token.length >= 6 && /[aeo]$/.test(token)) {
      forPrefix(token.slice(0, -1), (w) => {
        if (!matches.has(w)) matches.set(w, 2);
      });
    }
    // Swedish compounds: "truck" inside "gaffeltruck", "kock" inside "grillkock". Candidates are
    // the words sharing the query's rarest trigram.
    if (token.length >= 3) {
      let rarest: number[] | undefined;
      for (let i = 0; i + 3 <= token.length; i++) {
        const list = trigrams.get(token.slice(i, i + 3)) ?? [];
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      for (const w of rarest ?? []) {
        const word = words[w]!;
        if (word.length > token.length && !matches.has(w) && word.includes(token)) matches.set(w, 2);
      }
    }
    return matches;
  };

  /** `base` plus words within the allowed number of typos (a new map). */
  const withTypos = (token: string, base: WordMatches): WordMatches => {
    const matches: WordMatches = new Map(base);
    const maxEdits = allowedEdits(token.length);
    if (maxEdits === 0) return matches;
    for (const w of byFirstLetter.get(token[0]!) ?? []) {
      if (matches.has(w)) continue;
      const d = prefixEditDistance(token, words[w]!, maxEdits);
      if (d <= maxEdits) matches.set(w, 2 + d);
    }
    return matches;
  };

  const scoreName = (name: Name, queryText: string, perToken: WordMatches[]): number | undefined => {
    if (name.text === queryText) return EXACT;
    if (name.text.startsWith(queryText)) return PREFIX;
    let worst = 0;
    let typos = 0;
    let partial = 0;
    let firstPosition = 9;
    for (const matches of perToken) {
      let best = Number.POSITIVE_INFINITY;
      let position = 0;
      for (let p = 0; p < name.words.length; p++) {
        const cost = matches.get(name.words[p]!);
        if (cost !== undefined && cost < best) {
          best = cost;
          position = p;
        }
      }
      if (best === Number.POSITIVE_INFINITY) return undefined;
      worst = Math.max(worst, best);
      if (best > 0) partial++;
      typos += Math.max(0, best - 2);
      firstPosition = Math.min(firstPosition, position);
    }
    // Within a tier: earlier words, then fewer query words that are only prefixes ("b körkort":
    // "Körkort B" before "Körkort D (buss)").
    const within = Math.min(firstPosition, 5) + 2 * Math.min(partial, 4);
    if (worst <= 1) return WORD_PREFIX + within;
    if (worst === 2) return INFIX + within;
    return FUZZY + 5 * typos + within;
  };

  return {
    size: names.length,
    search(query, options = {}) {
      const limit = options.limit ?? 10;
      const kinds = new Set(options.kinds ?? ALL_KINDS);
      const tokens = tokenize(query);
      if (tokens.length === 0 || limit <= 0) return [];
      const isCode = (t: string) => /^\d{1,4}$/.test(t);
      const codeTokens = tokens.filter(isCode);
      const textTokens = tokens.filter((t) => !isCode(t));
      const rawQuery = query.trim().toLowerCase();
      const typedDiacritics = /[^\u0020-\u007f]/.test(rawQuery);

      const best = new Map<number, { score: number; name?: string }>();
      const offer = (entry: number, score: number, name?: string) => {
        const seen = best.get(entry);
        if (!seen || score < seen.score) best.set(entry, name ? { score, name } : { score });
      };
      const found = () => {
        let n = 0;
        for (const entry of best.keys()) if (kinds.has(entries[entry]!.kind)) n++;
        return n;
      };

      // SSYK codes: "5321" finds the group and the occupations under it; "53" the subgroups.
      const codeScore = new Map<number, number>();
      const byCode = (entry: number, score: number) =>
        codeScore.set(entry, Math.min(codeScore.get(entry) ?? score, score));
      for (const code of codeTokens) {
        for (const g of codeEntries) {
          if (!g.code.startsWith(code)) continue;
          const exact = g.code === code;
          byCode(g.entry, exact ? CODE_EXACT : CODE_PREFIX + g.code.length);
          for (const o of entries[g.entry]!.members!) byCode(o, exact ? CODE_MEMBER : CODE_PREFIX + 5);
        }
      }

      if (textTokens.length === 0) {
        for (const [entry, score] of codeScore) offer(entry, score);
      } else {
        const queryText = textTokens.join(' ');
        const collect = (perToken: WordMatches[]) => {
          // Start from the rarest query word's names; every other word must match too.
          const rarest = perToken.reduce((a, b) => (a.size <= b.size ? a : b));
          const candidates = new Set<number>();
          for (const w of rarest.keys()) for (const n of postings[w]!) candidates.add(n);
          for (const n of candidates) {
            const name = names[n]!;
            if (codeTokens.length > 0 && !codeScore.has(name.entry)) continue;
            const base = scoreName(name, queryText, perToken);
            if (base === undefined) continue;
            const score =
              base +
              (name.synonym ? SYNONYM : 0) +
              (typedDiacritics && name.raw.includes(rawQuery) ? SAME_DIACRITICS : 0);
            offer(name.entry, score, name.synonym);
            // A well-matching SSYK-4 group name suggests the group's occupations too
            // ("lastbilsförare" → Distributionsförare, Fjärrbilsförare …).
            const members = entries[name.entry]!.members;
            if (members && base < INFIX) {
              for (const m of members)
                offer(m, score + VIA_GROUP, name.synonym ?? entries[name.entry]!.label);
            }
          }
        };
        const exact = textTokens.map(matchWord);
        collect(exact);
        // Typo matches always rank below exact, prefix and compound matches, so the slower
        // typo-tolerant pass is needed only when those leave the list short.
        if (found() < limit) collect(textTokens.map((t, i) => withTypos(t, exact[i]!)));
      }

      // Top `limit` by insertion: limit is small and candidates can be thousands.
      const before = (a: Ranked, b: Ranked) =>
        a.score - b.score ||
        b.entry.popularity - a.entry.popularity ||
        a.entry.label.length - b.entry.label.length ||
        a.entry.alphabetical - b.entry.alphabetical;
      const ranked: Ranked[] = [];
      for (const [index, match] of best) {
        const entry = entries[index]!;
        if (!kinds.has(entry.kind)) continue;
        const item: Ranked = { entry, ...match };
        if (ranked.length === limit && before(item, ranked[limit - 1]!) >= 0) continue;
        let at = ranked.length;
        while (at > 0 && before(item, ranked[at - 1]!) < 0) at--;
        ranked.splice(at, 0, item);
        if (ranked.length > limit) ranked.pop();
      }
      return ranked.slice(0, limit).map(({ entry, score, name }) => ({
        kind: entry.kind,
        id: entry.id,
        label: entry.label,
        ...(name ? { matchedName: name } : {}),
        ...(entry.ssykCode ? { ssykCode: entry.ssykCode } : {}),
        score,
      }));
    },
  };
}
