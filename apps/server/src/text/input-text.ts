// Text as it enters Arbetsbro (API bodies and queries, CLI JSON, import files): pasted from e-mail,
// Word, web pages and other systems it carries decomposed letters (macOS), control characters and
// invisible ones. One set of rules everywhere: NFC, no control characters, and a required text is
// not "filled in" by whitespace or invisible characters alone.

/** C0 (except tab, line feed, carriage return), DEL and C1: never meant, PostgreSQL refuses NUL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Line breaks: allowed in free texts (notes), not in names and other one-line fields. */
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
/** Zero-width space/joiners, word joiner, byte-order mark, soft hyphen, Mongolian vowel separator. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/gu;

/** NFC: "å" typed on macOS (a + ring) and on Windows (å) become the same text. */
export function normalizeInputText(text: string): string {
  return text.normalize('NFC');
}

/** The first control character in the text, or null. */
export function controlCharacterIn(text: string): string | null {
  return CONTROL.exec(text)?.[0] ?? null;
}

export function hasLineBreak(text: string): boolean {
  return LINE_BREAK.test(text);
}

/** Leading and trailing whitespace and invisible characters removed (invisible ones everywhere). */
export function trimInputText(text: string): string {
  return text.replace(INVISIBLE, '').trim();
}

/** A character named for a message: its code point, never the text around it. */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The message for a control character (Swedish, names the code point, not the text). */
export function controlCharacterMessage(ch: string): string {
  return `Texten innehåller ett osynligt styrtecken (${codePoint(ch)}) som inte kan sparas. Ta bort det och försök igen.`;
}

export type TextProblem = { path: string; message: string };

/**
 * Normalises every string in a parsed JSON value to NFC, in place where it can, and lists the
 * strings that hold a control character (by path, `a.b.0.c`). Keys are checked too.
 */
export function normalizeJsonStrings(value: unknown, path: string[] = [], problems: TextProblem[] = []) {
  const at = (key: string | number) => [...path, String(key)];
  const check = (s: string, p: string[]) => {
    const ch = controlCharacterIn(s);
    if (ch) problems.push({ path: p.join('.') || '(body)', message: controlCharacterMessage(ch) });
    return normalizeInputText(s);
  };
  let result: unknown = value;
  if (typeof value === 'string') result = check(value, path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normalizeJsonStrings(value[i], at(i), problems).value;
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const normalizedKey = check(key, at(key));
      const v = normalizeJsonStrings(obj[key], at(key), problems).value;
      if (normalizedKey !== key) delete obj[key];
      obj[normalizedKey] = v;
    }
  }
  return { value: result, problems };
}
