import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../default/default-taxonomy.ts';
import { loadTaxonomyFromDir } from '../load-taxonomy.ts';
import { createTaxonomySearch, type SearchHit, type TaxonomySearch } from './taxonomy-search.ts';

const top = (hits: SearchHit[], n = 3) => hits.slice(0, n).map((h) => h.label);

describe('createTaxonomySearch on the default vocabulary', () => {
  const taxonomy = defaultTaxonomy();
  const search = createTaxonomySearch(taxonomy);
  const occupations = (q: string) => search.search(q, { kinds: ['occupation'] });

  it('finds the issue examples in the top 3', () => {
    expect(top(occupations('underskot'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Undersköterska/)]),
    );
    expect(top(search.search('truck'))).toContain('Truckförare');
    expect(top(search.search('truck', { kinds: ['skill'] }))[0]).toMatch(/^Truck/);
    expect(top(occupations('5321'))).toContain('Undersköterska, hemtjänst och äldreboende');
  });

  it('is diacritics-insensitive and prefers what was typed', () => {
    expect(top(occupations('koksbitrade'), 1)).toEqual(['Köksbiträde']);
    expect(top(occupations('STÄDARE'), 1)).toEqual(['Städare']);
    expect(top(occupations('vardbitr'), 1)).toEqual(['Vårdbiträde']);
  });

  it('finds synonyms and says which one matched', () => {
    expect(
      occupations('usk')
        .slice(0, 2)
        .map((h) => h.matchedName),
    ).toEqual(['USK', 'USK']);
    expect(occupations('lokalvårdare')[0]).toMatchObject({ label: 'Städare', matchedName: 'Lokalvårdare' });
    expect(occupations('busschauff')[0]?.label).toBe('Bussförare');
  });

  it('tolerates typos, scaled by word length', () => {
    expect(top(occupations('lagerarbetrae'), 1)).toEqual(['Lagerarbetare']);
    expect(top(occupations('undersköterksa'), 2)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Undersköterska/)]),
    );
    expect(top(occupations('personlig asistent'), 1)).toEqual(['Personlig assistent']);
    expect(top(occupations('kpck'), 1)).toEqual(['Kock']); // 4 letters: one typo allowed …
    expect(occupations('xock')).toEqual([]); // … but not in the first letter
    expect(occupations('kck')).toEqual([]); // 3 letters: none
  });

  it('ranks exact before prefix before word prefix before compound before typo', () => {
    const scores = (q: string, label: string) =>
      search.search(q, { limit: 100 }).find((h) => h.label === label)?.score;
    const exact = scores('kock', 'Kock')!;
    const prefix = scores('kock', 'Kockar och kallskänkor')!;
    const wordPrefix = scores('hemtjänst', 'Undersköterska, hemtjänst och äldreboende')!;
    const compound = scores('städare', 'Hemstädare')!;
    const typo = scores('städrae', 'Städare')!;
    expect(exact).toBeLessThan(prefix);
    expect(prefix).toBeLessThan(wordPrefix);
    expect(wordPrefix).toBeLessThan(compound);
    expect(compound).toBeLessThan(typo);
  });

  it('finds SSYK groups by code prefix and filters by kind', () => {
    const hits = search.search('53', { limit: 50 });
    expect(hits[0]).toMatchObject({ kind: 'ssyk', ssykCode: '53' });
    expect(hits.every((h) => h.ssykCode?.startsWith('53'))).toBe(true);
    expect(search.search('kassa', { kinds: ['skill'] }).every((h) => h.kind === 'skill')).toBe(true);
    expect(search.search('körkort ce', { kinds: ['credential'] })[0]?.id).toBe('CE');
    expect(search.search('   ')).toEqual([]);
    expect(search.search('kock', { limit: 2 })).toHaveLength(2);
  });

  it('finds every occupation from any prefix of its label of 3+ letters, typed without diacritics (property)', () => {
    const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
    fc.assert(
      fc.property(fc.constantFrom(...taxonomy.occupations), fc.nat(), (o, cut) => {
        const prefix = strip(o.label).slice(0, 3 + (cut % Math.max(1, o.label.length - 2)));
        expect(search.search(prefix, { kinds: ['occupation'], limit: 30 }).map((h) => h.id)).toContain(o.id);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks a concept typed exactly (any case, any diacritics) first among its kind (property)', () => {
    const concepts = [
      ...taxonomy.occupations.map((o) => ({ kind: 'occupation' as const, id: o.id, label: o.label })),
      ...taxonomy.skills.map((s) => ({ kind: 'skill' as const, id: s.id, label: s.label })),
    ];
    const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
    fc.assert(
      fc.property(fc.constantFrom(...concepts), fc.boolean(), fc.boolean(), (c, upper, plain) => {
        const typed = (plain ? strip(c.label) : c.label)[upper ? 'toUpperCase' : 'toLowerCase']();
        const hits = search.search(typed, { kinds: [c.kind], limit: 5 });
        // 0 = exact; -1 = exact with the same diacritics as typed.
        expect(hits[0]!.score).toBeLessThanOrEqual(0);
        expect(hits.filter((h) => h.score <= 0).map((h) => h.id)).toContain(c.id);
      }),
      { numRuns: 300 },
    );
  });

  it('returns each concept at most once, sorted by score (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abdeklmnorstuåäö 5'), maxLength: 8 }), (q) => {
        const hits = search.search(q, { limit: 50 });
        expect(new Set(hits.map((h) => `${h.kind}:${h.id}`)).size).toBe(hits.length);
        for (let i = 1; i < hits.length; i++)
          expect(hits[i]!.score).toBeGreaterThanOrEqual(hits[i - 1]!.score);
      }),
    );
  });
});

const realDir =
  process.env.ARBETSBRO_TAXONOMY_DIR ?? resolve(import.meta.dirname, '../../../../../shared/data/taxonomy');

describe.skipIf(!existsSync(realDir))('createTaxonomySearch on the real JobTech taxonomy', () => {
  let search: TaxonomySearch;
  beforeAll(async () => {
    search = createTaxonomySearch(await loadTaxonomyFromDir(realDir));
  });

  it('finds the issue examples in the top 3', () => {
    expect(top(search.search('lakare'))).toContain('Läkare');
    expect(top(search.search('underskot'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Undersköterska/)]),
    );
    const truck = search.search('truck');
    expect(top(truck)).toContain('Truckförare');
    expect(truck.slice(0, 3).some((h) => h.kind === 'skill' && /truck/i.test(h.label))).toBe(true);
    expect(top(search.search('5321'))).toContain('Undersköterska, hemtjänst, äldreboende och habilitering');
  });

  it('carries the default vocabulary synonyms over to JobTech occupations and groups', () => {
    expect(search.search('usk', { kinds: ['occupation'] })[0]?.label).toMatch(/^Undersköterska/);
    expect(search.search('lokalvårdare', { kinds: ['occupation'] })[0]?.label).toBe('Städare');
    const trucker = search.search('lastbilschaufför', { kinds: ['occupation'] });
    expect(trucker.length).toBeGreaterThan(3);
    expect(trucker.every((h) => h.ssykCode === '8332')).toBe(true);
  });

  it('tolerates typos on the full taxonomy', () => {
    expect(top(search.search('undersköterksa'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Undersköterska/)]),
    );
    expect(top(search.search('truckförrare'))).toContain('Truckförare');
  });

  it('finds names with symbols by what people type: C++, C#, .NET (field case, issue 9)', () => {
    expect(top(search.search('C++'))).toContain('C++, programmeringsspråk');
    expect(top(search.search('c#'))).toContain('C#, programmeringsspråk');
    expect(
      search
        .search('.net')
        .slice(0, 5)
        .every((h) => /\.NET/.test(h.label)),
    ).toBe(true);
    expect(top(search.search('asp.net'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ASP\.NET/)]),
    );
    // The plain letter still finds the driving licence first.
    expect(search.search('körkort c')[0]?.label).toMatch(/C\b/);
  });
});
