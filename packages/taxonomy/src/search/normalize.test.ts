import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEdits, normalizeText, prefixEditDistance, tokenize } from './normalize.ts';

/** Reference: optimal string alignment distance to every prefix of `word`, the slow obvious way. */
function referencePrefixDistance(query: string, word: string): number {
  const osa = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        let v = Math.min(
          d[i - 1]![j]! + 1,
          d[i]![j - 1]! + 1,
          d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          v = Math.min(v, d[i - 2]![j - 2]! + 1);
        d[i]![j] = v;
      }
    }
    return d[a.length]![b.length]!;
  };
  let best = Number.POSITIVE_INFINITY;
  for (let n = 0; n <= word.length; n++) best = Math.min(best, osa(query, word.slice(0, n)));
  return best;
}

describe('normalizeText', () => {
  it('folds case, Swedish and other diacritics and punctuation', () => {
    expect(normalizeText('  Undersköterska, hemtjänst ')).toBe('underskoterska hemtjanst');
    expect(normalizeText('Läkare')).toBe('lakare');
    expect(normalizeText('Kock à la carte')).toBe('kock a la carte');
    expect(normalizeText('Lagerarbetare/Terminalarbetare')).toBe('lagerarbetare terminalarbetare');
    expect(normalizeText('A-truckar')).toBe('a truckar');
    expect(normalizeText('Smørrebrød Straße')).toBe('smorrebrod strasse');
    expect(tokenize(' ,. ')).toEqual([]);
  });

  it('is idempotent and yields only a–z, 0–9 and single spaces (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const n = normalizeText(s);
        expect(normalizeText(n)).toBe(n);
        expect(n).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
      }),
    );
  });

  it('treats å/ä/ö as a/a/o whatever is typed (property)', () => {
    const swedish = fc.string({ unit: fc.constantFrom(...'aåäoöeéAÅÄOÖ kl') });
    fc.assert(
      fc.property(swedish, (s) => {
        const plain = s
          .replace(/[åäÅÄ]/g, 'a')
          .replace(/[öÖ]/g, 'o')
          .replace(/é/g, 'e');
        expect(normalizeText(s)).toBe(normalizeText(plain));
      }),
    );
  });
});

describe('prefixEditDistance', () => {
  it('counts typos against the closest prefix', () => {
    expect(prefixEditDistance('underskot', 'underskoterska', 2)).toBe(0);
    expect(
      prefixEditDistance('undersköterksa'.normalize('NFD').replace(/\p{M}/gu, ''), 'underskoterska', 2),
    ).toBe(1);
    expect(prefixEditDistance('lagerarbetrae', 'lagerarbetare', 2)).toBe(1);
    expect(prefixEditDistance('truckfrare', 'truckforare', 1)).toBe(1);
    expect(prefixEditDistance('kack', 'kock', 1)).toBe(1);
    expect(prefixEditDistance('xyzzy', 'kock', 2)).toBe(3);
  });

  it('agrees with the reference up to the cut-off (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'abcde'), maxLength: 9 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 3 }), (query, word, max) => {
        expect(prefixEditDistance(query, word, max)).toBe(
          Math.min(referencePrefixDistance(query, word), max + 1),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('allows more typos in longer words', () => {
    expect([3, 4, 7, 8, 14].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('names with symbols', () => {
  it('C++, C#, F# and .NET keep what makes them different from C, F and net', () => {
    expect(normalizeText('C++, programmeringsspråk')).toBe('cpp programmeringssprak');
    expect(normalizeText('C#')).toBe('csharp');
    expect(normalizeText('f#')).toBe('fsharp');
    expect(normalizeText('ASP.NET Core')).toBe('asp dotnet core');
    expect(normalizeText('.NET')).toBe('dotnet');
    expect(normalizeText('Körkort C')).toBe('korkort c');
    expect(normalizeText('Truckkort A+B')).toBe('truckkort a b');
  });
});
