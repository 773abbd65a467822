import { SNI_2007, type SniEntry } from '@arbetsbro/recruitment';

// The industry (SNI 2007) of an employer, picked from the built-in list of sections and divisions:
// searched by code or by words of the name, as people type them (case and accents ignored).

export type { SniEntry };
export { SNI_2007 };

/** Lower case without accents: "Tillverkning" and "tillverkning", "Hälsa" and "halsa" alike. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
}

/** "C Tillverkning", "47 Detaljhandel utom med motorfordon". */
export function sniText(entry: Pick<SniEntry, 'code' | 'label'>): string {
  return `${entry.code} ${entry.label}`;
}

/** The entry for a code (a section letter in either case, or a two-digit division). */
export function sniEntry(code: string | null | undefined, list: readonly SniEntry[] = SNI_2007) {
  if (!code) return undefined;
  const wanted = code.trim().toUpperCase();
  return list.find((entry) => entry.code === wanted);
}

/**
 * Entries matching what was typed, best first: the code itself, then names starting with the
 * text, then names with a word starting with it, then names containing it; within each, in the
 * list's own order (sections before their divisions). Several words must all match. Empty text
 * gives the whole list.
 */
export function searchSni(query: string, list: readonly SniEntry[] = SNI_2007): SniEntry[] {
  const q = foldText(query);
  if (q === '') return [...list];
  const words = q.split(' ');
  const ranked: Array<{ entry: SniEntry; rank: number; index: number }> = [];
  list.forEach((entry, index) => {
    const code = entry.code.toLowerCase();
    const label = foldText(entry.label);
    let rank: number;
    if (code === q) rank = 0;
    else if (/^\d+$/.test(q) && code.startsWith(q)) rank = 1;
    else if (label.startsWith(q)) rank = 2;
    else if (words.every((word) => label.split(/[\s,;.()-]+/).some((part) => part.startsWith(word))))
      rank = 3;
    else if (words.every((word) => label.includes(word))) rank = 4;
    else return;
    ranked.push({ entry, rank, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map((r) => r.entry);
}

/** Sections with their divisions, for a grouped list (a select's optgroups). */
export function sniSections(list: readonly SniEntry[] = SNI_2007) {
  return list
    .filter((entry) => entry.section === undefined)
    .map((section) => ({
      section,
      divisions: list.filter((entry) => entry.section === section.code),
    }));
}
