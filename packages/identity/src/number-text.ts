// Identity numbers as people paste them: from Word, web pages and old systems they arrive with
// typographic dashes, no-break spaces, zero-width characters, full-width digits. Read them as the
// plain characters they stand for, before the number's own rules apply.

/** Hyphen, non-breaking hyphen, figure/en/em dash, minus sign, small and full-width hyphen-minus. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Superscript, subscript and full-width plus. */
const PLUSES = /[\u207A\u208A\uFF0B]/g;
/** Zero-width space/joiners, word joiner, byte-order mark, soft hyphen: invisible, never meant. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * The identity number as plain ASCII where the person typed something equivalent: NFKC (full-width
 * digits), dash and plus variants, every kind of space, invisible characters removed, spaces around
 * the separator dropped. What is left that is not a digit, `-`, `+` or a single space is kept, so
 * that the parser can name it.
 */
export function plainNumberText(input: string): string {
  return input
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(PLUSES, '+')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/ ?([-+]) ?/, '$1');
}

/** The first character that has no place in an identity number, for a message that names it. */
export function oddCharacter(text: string): string | null {
  const m = /[^\d\-+ ]/u.exec(text);
  return m ? m[0] : null;
}

/** How an odd character is named in a message: the character and its code point. */
export function describeCharacter(ch: string): string {
  const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return /\p{L}|\p{N}|\p{P}|\p{S}/u.test(ch) ? `«${ch}» (U+${code})` : `U+${code}`;
}
