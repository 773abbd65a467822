import { defaultTaxonomy } from '@arbetsbro/taxonomy';
import { describe, expect, it } from 'vitest';
import { alternativeOccupations } from './alternatives.ts';
import { MatchingEngine } from './engine.ts';
import { fixtureTaxonomy, OCC, SKILL } from './test/fixture-taxonomy.ts';

describe('alternative occupations', () => {
  const engine = new MatchingEngine({ taxonomy: fixtureTaxonomy });

  it('puts a 75 % substitutable occupation first and says what is missing', () => {
    const alts = alternativeOccupations(engine, {
      id: 'p',
      occupations: [{ id: OCC.vardbitrade, years: 2 }],
      skills: [SKILL.omvardnad],
    });
    expect(alts[0]!.occupationId).toBe(OCC.uskHem);
    expect(alts[0]!.substitutability).toBe(75);
    expect(alts[0]!.missingSkills.map((s) => s.skillId)).toContain(SKILL.dokumentation);
    expect(alts.map((a) => a.occupationId)).not.toContain(OCC.vardbitrade);
  });

  it('without substitutability edges still finds occupations through shared skills', () => {
    const alts = alternativeOccupations(
      engine,
      { id: 'p', occupations: [{ id: OCC.lastbil, years: 5 }], skills: [SKILL.lastsakring, SKILL.plock] },
      { useSubstitutability: false },
    );
    expect(alts[0]!.occupationId).toBe(OCC.truck);
    expect(alts.every((a) => a.substitutability === 0)).toBe(true);
  });
});

describe('with the built-in default taxonomy', () => {
  const engine = new MatchingEngine({ taxonomy: defaultTaxonomy() });
  const occupation = defaultTaxonomy().occupations[0]!.id;

  it('lets a CE licence satisfy a need for B, and a missing C licence becomes a training gap', () => {
    const need = { id: 'n', occupation, licences: ['B'] };
    expect(engine.match({ id: 'p', occupations: [], skills: [], licences: ['CE'] }, need).gaps).toEqual([]);
    const gap = engine.match(
      { id: 'p', occupations: [], skills: [], licences: ['B'] },
      { ...need, licences: ['C'] },
    );
    expect(gap.gaps[0]!.closedBy?.trainingId).toBe('korkort-c-ykb');
  });

  it('ranks SFI D below SAS grund (half-step language levels)', () => {
    const need = { id: 'n', occupation, languages: [{ code: 'sv', level: 'SAS-GRUND' }] };
    const sfiD = engine.match(
      { id: 'p', occupations: [], skills: [], languages: [{ code: 'sv', level: 'SFI-D' }] },
      need,
    );
    const sas = engine.match(
      { id: 'p', occupations: [], skills: [], languages: [{ code: 'sv', level: 'SAS-GY' }] },
      need,
    );
    expect(sfiD.gaps.map((g) => g.requirement.kind)).toEqual(['language']);
    expect(sas.gaps).toEqual([]);
    expect(sas.score).toBeGreaterThan(sfiD.score);
  });
});
