import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNI_2007, sniCodesWithin } from './sni-2007.ts';

describe('sniCodesWithin', () => {
  it('a section covers itself and exactly its divisions', () => {
    const c = sniCodesWithin('c');
    expect(c[0]).toBe('C');
    expect(c.slice(1)).toEqual(Array.from({ length: 24 }, (_, i) => String(10 + i)));
  });

  it('every code covers itself; a division nothing else; unknown codes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SNI_2007), (e) => {
        const within = sniCodesWithin(e.code);
        expect(within[0]).toBe(e.code);
        if (e.section) expect(within).toEqual([e.code]);
        else
          expect(within.slice(1).every((d) => SNI_2007.find((x) => x.code === d)?.section === e.code)).toBe(
            true,
          );
      }),
    );
    expect(sniCodesWithin('00')).toEqual([]);
  });
});
