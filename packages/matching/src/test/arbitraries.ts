// fast-check generators for profiles and needs over the fixture taxonomy.
import fc from 'fast-check';
import type { ParticipantProfile, RecruitmentNeed, ShiftKind } from '../types.ts';
import { OCC, PLACES, SKILL } from './fixture-taxonomy.ts';

const occ = fc.constantFrom(...Object.values(OCC));
const skill = fc.constantFrom(...Object.values(SKILL));
const muni = fc.option(fc.constantFrom(...PLACES.keys()), { nil: undefined });
const licence = fc.constantFrom('B', 'C', 'CE', 'truck-a', 'dykcert');
const lang = fc.record({
  code: fc.constantFrom('sv', 'en', 'so'),
  level: fc.constantFrom('A1', 'A2', 'B1', 'B2', 'C1', 'sfi-d'),
});
const shift = fc.constantFrom<ShiftKind>('day', 'evening', 'night');
const date = fc.option(
  fc.integer({ min: 0, max: 120 }).map((d) => new Date(Date.UTC(2027, 0, 1 + d)).toISOString().slice(0, 10)),
  { nil: undefined },
);
const adaptation = fc.constantFrom('hörselslinga', 'anpassad-arbetstid', 'rullstolsanpassat');

export const participantArb: fc.Arbitrary<ParticipantProfile> = fc.record(
  {
    id: fc.constant('p'),
    occupations: fc.array(fc.record({ id: occ, years: fc.integer({ min: 0, max: 12 }) }), { maxLength: 3 }),
    wishedOccupations: fc.array(occ, { maxLength: 2 }),
    interests: fc.array(fc.constantFrom('g53', 'g8', 'g5321', 'g932'), { maxLength: 2 }),
    skills: fc.uniqueArray(skill, { maxLength: 6 }),
    licences: fc.uniqueArray(licence, { maxLength: 2 }),
    languages: fc.array(lang, { maxLength: 2 }),
    municipality: muni,
    maxCommuteKm: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
    carAccess: fc.boolean(),
    availableFrom: date,
    extentPercent: fc.option(fc.integer({ min: 25, max: 100 }), { nil: undefined }),
    shifts: fc.option(fc.uniqueArray(shift, { minLength: 1 }), { nil: undefined }),
    weekends: fc.option(fc.boolean(), { nil: undefined }),
    adaptationsNeeded: fc.uniqueArray(adaptation, { maxLength: 1 }),
  },
  { requiredKeys: ['id', 'occupations', 'skills'] },
);

export const needArb: fc.Arbitrary<RecruitmentNeed> = fc.record(
  {
    id: fc.constant('n'),
    occupation: occ,
    requiredSkills: fc.uniqueArray(skill, { maxLength: 4 }),
    meritSkills: fc.uniqueArray(skill, { maxLength: 2 }),
    licences: fc.uniqueArray(licence, { maxLength: 2 }),
    languages: fc.array(lang, { maxLength: 1 }),
    municipality: muni,
    positions: fc.integer({ min: 1, max: 3 }),
    startDate: date,
    extentPercent: fc.option(fc.integer({ min: 25, max: 100 }), { nil: undefined }),
    shifts: fc.option(fc.uniqueArray(shift, { maxLength: 2 }), { nil: undefined }),
    weekends: fc.option(fc.boolean(), { nil: undefined }),
    requiresCar: fc.option(fc.boolean(), { nil: undefined }),
    adaptationsAccepted: fc.uniqueArray(adaptation, { maxLength: 2 }),
    minExperienceYears: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  },
  { requiredKeys: ['id', 'occupation'] },
);

/** Fields the law forbids as grounds (diskrimineringslagen), as a caller might send them along. */
export const protectedArb = fc.record({
  gender: fc.constantFrom('kvinna', 'man', 'annan', undefined),
  birthYear: fc.integer({ min: 1950, max: 2008 }),
  age: fc.integer({ min: 16, max: 70 }),
  countryOfBirth: fc.constantFrom('SE', 'SO', 'SY', 'AF', 'PL'),
  ethnicity: fc.string(),
  religion: fc.constantFrom('kristendom', 'islam', 'ingen', 'judendom'),
  disability: fc.boolean(),
  sexualOrientation: fc.string(),
});
