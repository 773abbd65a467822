import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { credentialSatisfies, expandCredentials, languageLevelSatisfies } from '../credentials.ts';
import { loadTaxonomyFromDir } from '../load-taxonomy.ts';
import type { Taxonomy } from '../model.ts';
import { indexTaxonomy } from '../taxonomy-index.ts';
import { defaultTaxonomy } from './default-taxonomy.ts';
import { mapDefaultToJobtech } from './map-to-jobtech.ts';

const t = defaultTaxonomy();
const index = indexTaxonomy(t);
const codes = t.credentials.map((c) => c.code);

describe('defaultTaxonomy', () => {
  it('is a consistent vocabulary: unique ids, a complete SSYK tree, links to concepts that exist', () => {
    const ids = [...t.ssykGroups, ...t.occupations, ...t.skills, ...t.languages].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(codes).size).toBe(codes.length);
    for (const g of t.ssykGroups) {
      expect(g.code).toMatch(/^\d{1,4}$/);
      expect(g.level).toBe(g.code.length);
      if (g.level > 1) expect(index.ssykGroup(g.parentId!)?.code).toBe(g.code.slice(0, -1));
    }
    for (const o of t.occupations) expect(index.ssykGroup(o.ssyk4Id)?.level).toBe(4);
    for (const link of t.ssyk4Skills) {
      expect(index.ssykGroup(link.ssyk4Id)?.level).toBe(4);
      expect(index.skill(link.skillId), link.skillId).toBeDefined();
    }
    for (const e of t.substitutability) {
      expect(index.occupation(e.occupationId)).toBeDefined();
      expect(index.occupation(e.substituteId)).toBeDefined();
      expect(e.occupationId).not.toBe(e.substituteId);
    }
  });

  it('gives every occupation group core skills and every skill a group', () => {
    const groupsWithOccupations = new Set(t.occupations.map((o) => o.ssyk4Id));
    for (const g of groupsWithOccupations) expect(index.skillsOfSsyk4(g).length, g).toBeGreaterThanOrEqual(2);
    const linked = new Set(t.ssyk4Skills.map((l) => l.skillId));
    for (const s of t.skills) expect(linked.has(s.id), s.id).toBe(true);
  });

  it('covers the occupations common for the unit', () => {
    const byCode = (code: string) => index.occupationsOfSsyk4(index.ssykByCode(code)!.id).map((o) => o.label);
    expect(byCode('4322')).toContain('Lagerarbetare');
    expect(byCode('8344')).toContain('Truckförare');
    expect(byCode('9111')).toContain('Städare');
    expect(byCode('5330')).toContain('Vårdbiträde');
    expect(byCode('5343')).toContain('Personlig assistent');
    expect(byCode('9412')).toEqual(expect.arrayContaining(['Köksbiträde', 'Diskare']));
    expect(byCode('5120')).toContain('Kock');
    expect(byCode('8332')).toContain('Lastbilsförare');
    expect(byCode('8331')).toContain('Bussförare');
    expect(byCode('5152')).toContain('Fastighetsskötare');
    expect(byCode('5311')).toContain('Barnskötare');
    expect(t.occupations.filter((o) => o.synonyms?.includes('Undersköterska')).length).toBe(2);
  });

  it('lists driving licences, TLP 10 truck classes and the common certificates', () => {
    for (const c of ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE']) {
      expect(t.credentials.find((x) => x.code === c)?.kind).toBe('driving_licence');
    }
    for (const c of [
      'TRUCK-A1',
      'TRUCK-A4',
      'TRUCK-B1',
      'TRUCK-B6',
      'TRUCK-D1',
      'HJULLASTARE',
      'ID06',
      'HYGIENBEVIS',
      'HETA-ARBETEN',
      'ADR',
      'YKB',
      'LIFTKORT',
      'ARBETE-PA-VAG',
      'HLR',
    ]) {
      expect(t.credentials.find((x) => x.code === c)?.kind).toBe('certificate');
    }
  });

  it('has the 18 truck types of TLP 10', () => {
    expect(t.credentials.filter((c) => c.code.startsWith('TRUCK-'))).toHaveLength(18);
  });

  it('has implications that point to known codes and are already transitively closed', () => {
    for (const c of t.credentials) {
      for (const i of c.implies ?? []) expect(codes).toContain(i);
      expect(c.implies ?? []).not.toContain(c.code);
      expect(expandCredentials(t.credentials, [c.code])).toEqual(new Set([c.code, ...(c.implies ?? [])]));
    }
  });

  it('lets a CE licence meet a B requirement but not the reverse, and keeps truck classes apart', () => {
    expect(credentialSatisfies(t.credentials, ['CE'], 'B')).toBe(true);
    expect(credentialSatisfies(t.credentials, ['CE'], 'BE')).toBe(true);
    expect(credentialSatisfies(t.credentials, ['B'], 'CE')).toBe(false);
    expect(credentialSatisfies(t.credentials, ['B'], 'A1')).toBe(false);
    expect(credentialSatisfies(t.credentials, ['TRUCK-B1'], 'TRUCK-A1')).toBe(false);
  });

  it('never loses a satisfied requirement when a person gains another credential (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray(codes),
        fc.constantFrom(...codes),
        fc.constantFrom(...codes),
        (held, extra, required) => {
          if (credentialSatisfies(t.credentials, held, required)) {
            expect(credentialSatisfies(t.credentials, [...held, extra], required)).toBe(true);
          }
        },
      ),
    );
  });

  it('orders language levels across SFI, SAS and CEFR', () => {
    const ok = (held: string, required: string) => languageLevelSatisfies(t.languageLevels, held, required);
    expect(ok('SFI-D', 'SFI-C')).toBe(true);
    expect(ok('SFI-C', 'SFI-D')).toBe(false);
    expect(ok('SAS-GRUND', 'SFI-D')).toBe(true);
    expect(ok('SAS-GY', 'CEFR-B2')).toBe(true);
    expect(ok('SFI-D', 'CEFR-B1')).toBe(false);
    expect(ok('CEFR-C2', 'nope')).toBe(false);
    const sfi = t.languageLevels.filter((l) => l.scale === 'sfi').map((l) => l.rank);
    expect(sfi).toEqual([...sfi].sort((a, b) => a - b));
    expect(new Set(sfi).size).toBe(4);
    const level = fc.constantFrom(...t.languageLevels.map((l) => l.code));
    fc.assert(
      fc.property(level, level, level, (a, b, c) => {
        if (ok(a, b) && ok(b, c)) expect(ok(a, c)).toBe(true);
        expect(ok(a, b) || ok(b, a)).toBe(true);
      }),
    );
  });
});

const realDir =
  process.env.ARBETSBRO_TAXONOMY_DIR ?? resolve(import.meta.dirname, '../../../../../shared/data/taxonomy');

describe.skipIf(!existsSync(realDir))('defaultTaxonomy against the real SSYK 2012 in ../shared', () => {
  let real: Taxonomy;
  beforeAll(async () => {
    real = await loadTaxonomyFromDir(realDir);
  });

  it('uses SSYK codes that exist, with the official labels', () => {
    const realByCode = new Map(real.ssykGroups.map((g) => [g.code, g]));
    for (const g of t.ssykGroups) {
      expect(realByCode.get(g.code)?.label, g.code).toBe(g.label);
    }
  });

  it('maps default occupations to JobTech occupations of the same SSYK group, same names first', () => {
    const mapping = mapDefaultToJobtech(t, real);
    const realIndex = indexTaxonomy(real);
    const codeOf = (taxonomy: Taxonomy, ssyk4Id: string) =>
      taxonomy.ssykGroups.find((g) => g.id === ssyk4Id)?.code;
    expect(mapping.size).toBeGreaterThan(t.occupations.length / 2);
    for (const [localId, jobtechId] of mapping) {
      const local = index.occupation(localId)!;
      const target = realIndex.occupation(jobtechId)!;
      expect(codeOf(real, target.ssyk4Id)).toBe(codeOf(t, local.ssyk4Id));
    }
    const labelOf = (label: string) =>
      realIndex.occupation(mapping.get(t.occupations.find((o) => o.label === label)!.id)!)?.label;
    expect(labelOf('Personlig assistent')).toBe('Personlig assistent');
    expect(labelOf('Städare')).toBe('Städare');
    expect(labelOf('Lagerarbetare')).toBe('Lagerarbetare/Terminalarbetare');
  });
});
