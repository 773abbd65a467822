import type { ConceptId, OccupationName, Taxonomy } from '../model.ts';
import { normalizeText } from '../search/normalize.ts';

const STOP_WORDS = new Set(['och', 'm', 'fl', 'inom', 'med', 'av', 'for', 'i', 'pa']);
const wordsOf = (text: string) =>
  normalizeText(text)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w));

/**
 * Pairs each occupation of the default vocabulary with the JobTech occupation name it stands
 * for: same SSYK-4 code, and the same name or the most shared words (label and synonyms).
 * Computed at run time from whatever export is loaded. Used to carry the default synonyms over
 * to search, and by an importer to move data recorded with `local:` ids to JobTech ids.
 */
export function mapDefaultToJobtech(defaults: Taxonomy, jobtech: Taxonomy): Map<ConceptId, ConceptId> {
  const codeOf = (t: Taxonomy) => new Map(t.ssykGroups.map((g) => [g.id, g.code]));
  const defaultCodes = codeOf(defaults);
  const jobtechCodes = codeOf(jobtech);
  const jobtechByCode = new Map<string, OccupationName[]>();
  for (const o of jobtech.occupations) {
    const code = jobtechCodes.get(o.ssyk4Id);
    if (!code || o.deprecated) continue;
    const list = jobtechByCode.get(code);
    if (list) list.push(o);
    else jobtechByCode.set(code, [o]);
  }

  const result = new Map<ConceptId, ConceptId>();
  for (const o of defaults.occupations) {
    const candidates = jobtechByCode.get(defaultCodes.get(o.ssyk4Id) ?? '') ?? [];
    const names = [o.label, ...(o.synonyms ?? [])];
    const synonyms = new Set((o.synonyms ?? []).map(normalizeText));
    let best: { id: ConceptId; score: number; length: number } | undefined;
    for (const c of candidates) {
      const theirLabel = normalizeText(c.label);
      // The same label beats the same synonym beats shared words; among shared words the best
      // share (0…1) counts, and the number of our names sharing any word breaks ties.
      let score: number;
      if (theirLabel === normalizeText(o.label)) {
        score = 4;
      } else if (synonyms.has(theirLabel)) {
        score = 3;
      } else {
        const theirs = new Set(wordsOf(c.label));
        let share = 0;
        let sharing = 0;
        for (const name of names) {
          const ours = wordsOf(name);
          const shared = ours.filter((w) => theirs.has(w)).length;
          share = Math.max(share, shared / Math.max(ours.length, theirs.size));
          if (shared > 0) sharing++;
        }
        score = share + sharing / 100;
      }
      if (
        score > 0 &&
        (!best || score > best.score || (score === best.score && c.label.length < best.length))
      ) {
        best = { id: c.id, score, length: c.label.length };
      }
    }
    if (best) result.set(o.id, best.id);
  }
  return result;
}
