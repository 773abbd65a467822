import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchingEngine } from './engine.ts';
import { centroidDistance } from './geography.ts';
import { needArb, participantArb, protectedArb } from './test/arbitraries.ts';
import { fixtureTaxonomy, OCC, PLACES, SKILL } from './test/fixture-taxonomy.ts';
import type { ParticipantProfile, RecruitmentNeed } from './types.ts';
import { resolveWeights } from './weights.ts';

const engine = new MatchingEngine({ taxonomy: fixtureTaxonomy, distance: centroidDistance(PLACES) });

const need: RecruitmentNeed = {
  id: 'n1',
  occupation: OCC.uskHem,
  requiredSkills: [SKILL.omvardnad, SKILL.dokumentation],
  meritSkills: [SKILL.forflyttning],
  licences: ['B'],
  languages: [{ code: 'sv', level: 'B1' }],
  municipality: '1488',
  positions: 2,
  startDate: '2027-02-01',
  extentPercent: 100,
};

const person = (over: Partial<ParticipantProfile> = {}): ParticipantProfile => ({
  id: 'p1',
  occupations: [{ id: OCC.uskHem, years: 4 }],
  skills: [SKILL.omvardnad, SKILL.dokumentation, SKILL.forflyttning],
  licences: ['B'],
  languages: [{ code: 'sv', level: 'B2' }],
  municipality: '1488',
  maxCommuteKm: 30,
  availableFrom: '2027-01-15',
  extentPercent: 100,
  ...over,
});

describe('scoring and explanation', () => {
  it('ranks occupation fit: same name > same SSYK-4 > substitutable 75 > 25 > same SSYK-3 > same SSYK-2 > none', () => {
    const order = [
      OCC.uskHem,
      OCC.uskSjukhus,
      OCC.vardbitrade,
      OCC.kock,
      OCC.skotare,
      OCC.persAss,
      OCC.truck,
    ];
    const scores = order.map((o) => engine.match(person({ occupations: [{ id: o, years: 4 }] }), need));
    const occ = scores.map((r) => r.factors.find((f) => f.factor === 'occupation')!.contribution);
    for (let i = 1; i < occ.length; i++) expect(occ[i - 1]).toBeGreaterThan(occ[i]!);
    for (let i = 1; i < scores.length; i++) expect(scores[i - 1]!.score).toBeGreaterThan(scores[i]!.score);
    expect(scores[2]!.factors[0]!.explanation).toContain('75 %');
  });

  it('a perfect candidate scores 100 with no blockers or gaps', () => {
    const r = engine.match(person({ wishedOccupations: [OCC.uskHem] }), need);
    expect(r.score).toBe(100);
    expect(r.blockers).toEqual([]);
    expect(r.gaps).toEqual([]);
    expect(r.readyInWeeks).toBe(0);
  });

  it('turns a near miss into gaps with trainings and "ready in N weeks"', () => {
    const r = engine.match(person({ licences: [], skills: [SKILL.omvardnad] }), need);
    expect(r.blockers).toEqual([]);
    const closedBy = r.gaps.map((g) => g.closedBy?.trainingId).sort();
    expect(closedBy).toEqual(['jobbspar', 'korkort-b']);
    expect(r.readyInWeeks).toBe(8 + 10);
  });

  it('licence implications: CE satisfies a need for B', () => {
    const r = engine.match(person({ licences: ['CE'] }), need);
    expect(r.gaps).toEqual([]);
  });

  it('reports hard blockers: unclosable certificate, commute, shifts, car, adaptations, start, extent', () => {
    const hard: RecruitmentNeed = {
      ...need,
      licences: ['dykcert'],
      municipality: '2584',
      shifts: ['night'],
      weekends: true,
      requiresCar: true,
      startDate: '2026-10-01',
      extentPercent: 100,
    };
    const r = engine.match(
      person({
        shifts: ['day'],
        weekends: false,
        carAccess: false,
        adaptationsNeeded: ['hörselslinga'],
        extentPercent: 25,
      }),
      hard,
    );
    expect(r.blockers.map((b) => b.code).sort()).toEqual(
      [
        'adaptation_not_offered',
        'car_required',
        'commute_too_far',
        'extent_too_low',
        'licence_missing',
        'not_available_in_time',
        'shift_not_possible',
        'weekend_not_possible',
      ].sort(),
    );
  });

  it('treats a missing distance as unknown, not as a blocker', () => {
    const r = engine.match(person({ municipality: undefined }), need);
    expect(r.blockers).toEqual([]);
    expect(r.factors.find((f) => f.factor === 'commute')!.explanation).toContain('okänt');
  });

  it('weighs rarer required skills more', () => {
    const n = { ...need, requiredSkills: [SKILL.omvardnad, SKILL.rare] };
    const common = engine.rawScore(person({ skills: [SKILL.omvardnad] }), n);
    const rare = engine.rawScore(person({ skills: [SKILL.rare] }), n);
    expect(rare).toBeGreaterThan(common);
  });

  it('validates unit weight overrides', () => {
    expect(() => resolveWeights({ factors: { occupation: -1 } })).toThrow();
    const custom = new MatchingEngine({
      taxonomy: fixtureTaxonomy,
      distance: centroidDistance(PLACES),
      weights: { factors: { wishes: 0 } },
    });
    expect(custom.match(person({ wishedOccupations: [OCC.uskHem] }), need).score).toBe(93);
  });
});

describe('properties', () => {
  it('protected characteristics never change the result', () => {
    fc.assert(
      fc.property(participantArb, needArb, protectedArb, protectedArb, (p, n, a, b) => {
        const withA = engine.match({ ...p, ...a } as ParticipantProfile, n);
        const withB = engine.match({ ...p, ...b } as ParticipantProfile, n);
        expect(withB).toEqual(withA);
      }),
      { numRuns: 300 },
    );
  });

  it('adding a required skill the person has never lowers their score nor adds a blocker', () => {
    fc.assert(
      fc.property(participantArb, needArb, fc.nat(), (p, n, pick) => {
        fc.pre(p.skills.length > 0);
        const skill = p.skills[pick % p.skills.length]!;
        fc.pre(!(n.requiredSkills ?? []).includes(skill));
        const more = { ...n, requiredSkills: [...(n.requiredSkills ?? []), skill] };
        expect(engine.rawScore(p, more)).toBeGreaterThanOrEqual(engine.rawScore(p, n) - 1e-9);
        expect(engine.match(p, more).blockers).toEqual(engine.match(p, n).blockers);
      }),
      { numRuns: 500 },
    );
  });

  it('the contributions add up to the score, each within 0 … its weight', () => {
    fc.assert(
      fc.property(participantArb, needArb, (p, n) => {
        const r = engine.match(p, n);
        const sum = r.factors.reduce((s, f) => s + f.contribution, 0);
        expect(Math.abs(sum - r.score)).toBeLessThan(0.06);
        for (const f of r.factors) {
          expect(f.contribution).toBeGreaterThanOrEqual(0);
          expect(f.contribution).toBeLessThanOrEqual(f.max + 1e-9);
        }
      }),
    );
  });
});
