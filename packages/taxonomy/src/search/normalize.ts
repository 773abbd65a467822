// Text normalisation for search: what a person types on a phone without å/ä/ö, with any
// capitalisation and punctuation, must meet the labels as JobTech spells them.

const EXTRA: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd', ı: 'i', œ: 'oe' };

/**
 * Symbols that carry meaning in names people search for: C++, C#, F#, .NET (ASP.NET). Spelled out
 * before punctuation is dropped, so that `c++` does not become `c` (and find "Körkort C").
 */
function spellSymbols(text: string): string {
  return text
    .replace(/([a-z0-9])\+\+/g, '$1pp')
    .replace(/([a-z])#/g, '$1sharp')
    .replace(/\.net\b/g, ' dotnet');
}

/**
 * Lower case, NFC, symbols that matter spelled out (C++ → cpp, C# → csharp, .NET → dotnet),
 * diacritics removed (ä → a, é → e), anything else but letters and digits → one space.
 */
export function normalizeText(text: string): string {
  return spellSymbols(text.normalize('NFC').toLowerCase())
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæßłđıœ]/g, (c) => EXTRA[c] ?? c)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized ? normalized.split(' ') : [];
}

/** How many typos a query word of this length may contain. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

// Reused DP rows: search runs synchronously, one distance at a time.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Smallest optimal-string-alignment distance (edits incl. transposition) between `query` and
 * any prefix of `word`, or `max + 1` as soon as it must exceed `max`. A prefix distance because
 * people search while they type ("undersköt").
 */
export function prefixEditDistance(query: string, word: string, max: number): number {
  const m = query.length;
  // Prefixes longer than m + max cannot be closer than the one of length m + max.
  const n = Math.min(word.length, m + max);
  if (n < m - max) return max + 1;
  if (rows[0].length <= n) rows = [new Int32Array(n * 2), new Int32Array(n * 2), new Int32Array(n * 2)];
  let before = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const qc = query.charCodeAt(i - 1);
    const qPrev = i > 1 ? query.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const wc = word.charCodeAt(j - 1);
      let d = prev[j - 1]! + (qc === wc ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < d) d = del;
      const ins = cur[j - 1]! + 1;
      if (ins < d) d = ins;
      if (j > 1 && qc === word.charCodeAt(j - 2) && qPrev === wc && before[j - 2]! + 1 < d)
        d = before[j - 2]! + 1;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  let best = max + 1;
  for (let j = 0; j <= n; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}
