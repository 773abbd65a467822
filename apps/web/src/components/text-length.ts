// How long a text is as the server counts it against a field's limit: the server stores text in
// NFC, with invisible characters (zero-width spaces, soft hyphens, byte-order marks) removed and
// the ends trimmed, and counts UTF-16 code units (Zod's `.max`). The counter under a long text
// uses the same count, so "0 tecken kvar" here is never "Högst 10 000 tecken." from the server.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/g;

export function textLength(text: string): number {
  return text.normalize('NFC').replace(INVISIBLE, '').trim().length;
}
