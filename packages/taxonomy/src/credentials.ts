import type { Credential, LanguageLevel } from './model.ts';

/**
 * Every credential code the holder of `held` counts as having: the codes themselves plus
 * everything they imply, transitively (CE → C → C1 → B → AM).
 */
export function expandCredentials(credentials: readonly Credential[], held: Iterable<string>): Set<string> {
  const byCode = new Map(credentials.map((c) => [c.code, c]));
  const result = new Set<string>();
  const stack = [...held];
  while (stack.length > 0) {
    const code = stack.pop()!;
    if (result.has(code)) continue;
    result.add(code);
    for (const implied of byCode.get(code)?.implies ?? []) stack.push(implied);
  }
  return result;
}

/** Whether credentials `held` satisfy the requirement `required` (B is met by CE, …). */
export function credentialSatisfies(
  credentials: readonly Credential[],
  held: Iterable<string>,
  required: string,
): boolean {
  return expandCredentials(credentials, held).has(required);
}

/**
 * Whether a person at level `held` meets `required` (codes from Taxonomy.languageLevels), by
 * comparable rank across SFI, SAS and CEFR. Unknown codes never satisfy.
 */
export function languageLevelSatisfies(
  levels: readonly LanguageLevel[],
  held: string,
  required: string,
): boolean {
  const rankOf = (code: string) => levels.find((l) => l.code === code)?.rank;
  const h = rankOf(held);
  const r = rankOf(required);
  return h !== undefined && r !== undefined && h >= r;
}
