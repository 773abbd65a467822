import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textLength } from './text-length.ts';

describe('textLength', () => {
  it('counts as the server does: NFC, invisible characters and the ends left out', () => {
    expect(textLength('')).toBe(0);
    expect(textLength('  Möte med arbetsgivaren \n')).toBe('Möte med arbetsgivaren'.length);
    // "ö" typed on macOS (o + combining diaeresis) is one character once stored.
    expect(textLength('mo\u0308te')).toBe(4);
    expect(textLength('\u200Bhej\uFEFF')).toBe(3);
    // Line breaks inside the text count.
    expect(textLength('rad 1\nrad 2')).toBe(11);
  });

  it('is never more than the text’s own length, and a trimmed NFC text counts as its length', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(textLength(text)).toBeLessThanOrEqual(text.normalize('NFC').length);
        const stored = text
          .normalize('NFC')
          .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/g, '')
          .trim();
        expect(textLength(stored)).toBe(stored.length);
      }),
    );
  });
});
