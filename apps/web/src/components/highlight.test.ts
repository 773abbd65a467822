import { describe, expect, it } from 'vitest';
import { excerptAround } from './highlight.ts';

describe('excerptAround', () => {
  const text =
    'Vi söker två lagerarbetare med truckkort. Du är ung och pigg och gillar fart i arbetet varje dag.';
  const start = text.indexOf('ung och pigg');
  const warning = { phrase: 'ung och pigg', start, end: start + 'ung och pigg'.length };

  it('cuts a short excerpt at word boundaries around the phrase', () => {
    const excerpt = excerptAround(text, warning, 15);
    expect(excerpt?.phrase).toBe('ung och pigg');
    expect(excerpt?.before).toBe('…Du är ');
    expect(excerpt?.after).toBe(' och gillar…');
  });

  it('shows the whole text when it is short', () => {
    expect(excerptAround('ung och pigg', { phrase: 'ung och pigg', start: 0, end: 12 })).toEqual({
      before: '',
      phrase: 'ung och pigg',
      after: '',
    });
  });

  it('finds the phrase again when the text changed after the check', () => {
    const edited = `Hej! ${text}`;
    expect(excerptAround(edited, warning, 10)?.phrase).toBe('ung och pigg');
    const other = excerptAround('Du är UNG OCH PIGG.', warning);
    expect(other).toEqual({ before: 'Du är ', phrase: 'UNG OCH PIGG', after: '.' });
  });

  it('gives nothing when the phrase is gone', () => {
    expect(excerptAround('Du är noggrann.', warning)).toBeNull();
  });
});
