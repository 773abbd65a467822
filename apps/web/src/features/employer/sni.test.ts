import { describe, expect, it } from 'vitest';
import { foldText, SNI_2007, searchSni, sniEntry, sniSections, sniText } from './sni.ts';

describe('SNI 2007 search', () => {
  it('finds a division by its code first', () => {
    expect(searchSni('47')[0]?.code).toBe('47');
    expect(searchSni('4').every((entry) => entry.code.startsWith('4'))).toBe(true);
  });

  it('finds a section by its letter, in either case', () => {
    expect(searchSni('c')[0]?.code).toBe('C');
    expect(sniEntry('g')?.code).toBe('G');
    expect(sniEntry('04')).toBeUndefined(); // not a division of SNI 2007
    expect(sniEntry(null)).toBeUndefined();
  });

  it('finds names by the start of a word, ignoring case and accents', () => {
    const codes = searchSni('livsmedel').map((entry) => entry.code);
    expect(codes).toContain('10');
    expect(searchSni('LIVSMEDEL').map((entry) => entry.code)).toEqual(codes);
    // "halso" finds "Hälso- och sjukvård".
    expect(searchSni('halso').map((entry) => entry.code)).toEqual(searchSni('hälso').map((e) => e.code));
    expect(searchSni('hälso').length).toBeGreaterThan(0);
  });

  it('needs every word to match, and keeps names starting with the text first', () => {
    const results = searchSni('tillverkning av');
    expect(results.length).toBeGreaterThan(1);
    expect(results.every((entry) => foldText(entry.label).includes('tillverkning'))).toBe(true);
    expect(foldText(results[0]!.label).startsWith('tillverkning av')).toBe(true);
    expect(searchSni('xyzzy')).toEqual([]);
  });

  it('gives the whole list for empty text', () => {
    expect(searchSni('  ')).toHaveLength(SNI_2007.length);
  });

  it('groups divisions under their sections', () => {
    const sections = sniSections();
    expect(sections).toHaveLength(21);
    expect(sections.reduce((n, s) => n + 1 + s.divisions.length, 0)).toBe(SNI_2007.length);
    expect(sections.find((s) => s.section.code === 'C')?.divisions.map((d) => d.code)).toContain('10');
    expect(sniText({ code: '47', label: 'Detaljhandel' })).toBe('47 Detaljhandel');
  });
});
