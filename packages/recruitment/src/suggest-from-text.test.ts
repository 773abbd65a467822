import { createTaxonomySearch, defaultTaxonomy } from '@arbetsbro/taxonomy';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNI_2007, sniLabel } from './sni-2007.ts';
import { suggestFromText } from './suggest-from-text.ts';

const search = createTaxonomySearch(defaultTaxonomy());

describe('suggestions from an employer’s own words', () => {
  it('"två lagerarbetare med truckkort A och B": the occupation, two positions, truck certificates A and B', () => {
    const s = suggestFromText(
      'Vi behöver två lagerarbetare med truckkort A och B till vårt lager i Trollhättan.',
      search,
    );
    expect(s.occupation?.label).toBe('Lagerarbetare');
    expect(s.positions).toBe(2);
    // A bare class letter is the class's first certificate (B1 is the counterbalance truck).
    expect(s.credentials.map((c) => c.id)).toEqual(['TRUCK-A1', 'TRUCK-B1']);
    // Single letters joined by "och" are not words: no AKK, no "Barns utveckling och lärande".
    const labels = s.skills.map((h) => h.label).join(' | ');
    expect(labels).not.toMatch(/AKK|Barns utveckling|Basala hygienrutiner|kyl och frys/);
  });

  it('single letters and filler words never suggest a skill or an occupation', () => {
    const filler = ['och', 'med', 'en', 'som', 'till', 'eller'];
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom(...filler), fc.constantFrom(...'abcdefghijklmnopqrsuvxyzåäö'.split(''))),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (ws) => {
          const s = suggestFromText(ws.join(' '), search);
          expect(s.skills).toEqual([]);
          expect(s.occupation).toBeNull();
        },
      ),
    );
  });

  it('keeps a real phrase with a filler word inside it', () => {
    const s = suggestFromText('Lagerarbetare till kyl och frys', search);
    expect(s.skills.map((h) => h.label)).toContain('Arbete i kyl och frys');
  });

  it('driving licences as people write them', () => {
    expect(suggestFromText('B-körkort krävs', search).credentials.map((c) => c.id)).toEqual(['B']);
    expect(suggestFromText('körkort C och CE', search).credentials.map((c) => c.id)).toEqual(['C', 'CE']);
  });

  it('suggests nothing for text without a profession', () => {
    const s = suggestFromText('Vi är ett trevligt företag med fina lokaler.', search);
    expect(s.occupation).toBeNull();
    expect(s.credentials).toEqual([]);
  });
});

describe('SNI 2007', () => {
  it('has the 21 sections and 88 divisions, each division under a section', () => {
    expect(SNI_2007.filter((e) => !e.section)).toHaveLength(21);
    expect(SNI_2007.filter((e) => e.section)).toHaveLength(88);
    expect(sniLabel('52')).toBe('Magasinering och stödtjänster till transport');
    expect(sniLabel('h')).toBe('Transport och magasinering');
    expect(sniLabel('00')).toBeUndefined();
  });
});
