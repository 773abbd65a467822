import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldForPath, pathSegments, placeErrors } from './field-paths.ts';

// The field names of the app's forms, as they render them.
const intake = new Set([
  'personnummer',
  'firstName',
  'lastName',
  'unitId',
  'enrolledAt',
  'referralSource',
  'educationLevel',
  'monthsWithoutWork',
  'afRegisteredSince',
  'incomeSupport',
  'phone',
  'email',
  'address',
  'preferredLanguage',
]);
const plan = new Set([
  'goal',
  'goalDescription',
  'steps.0.title',
  'steps.0.status',
  'steps.0.dueDate',
  'steps.0.description',
  'steps.1.title',
  'steps.1.status',
  'steps.1.dueDate',
  'steps.1.description',
  'steps.2.title',
  'steps.2.status',
  'steps.2.dueDate',
  'steps.2.description',
  'agreedWithParticipant',
  'agreedAt',
]);
const exit = new Set([
  'category',
  'date',
  'employment.kind',
  'employment.subsidy',
  'employment.startDate',
  'employment.employerId',
  'studies.kind',
  'studies.provider',
  'studies.studentFinanceEligible',
  'note',
]);
const profile = new Set([
  'occupations.0.id',
  'occupations.0.years',
  'wishedOccupations.0',
  'skills.0',
  'skills.1',
  'interestsNote',
  'educations',
  'licence.B',
  'licence.CE',
  'languages.0.code',
  'languages.0.level',
  'languages.1.code',
  'languages.1.level',
  'municipality',
  'postcode',
  'maxCommuteKm',
  'hasCar',
  'availableFrom',
  'extentPercent',
  'shift.day',
  'shift.evening',
  'shift.night',
  'weekends',
  'adaptation.physical.seated_work',
  'adaptationsNote',
]);

describe('fieldForPath', () => {
  it('puts every path the intake can be refused on at its field, with or without the contact wrapper', () => {
    for (const name of intake) expect(fieldForPath(name, intake)).toBe(name);
    expect(fieldForPath('contact.email', intake)).toBe('email');
    expect(fieldForPath('contact.preferredLanguage', intake)).toBe('preferredLanguage');
  });

  it('puts nested and array paths at the field of that row', () => {
    expect(fieldForPath('steps.2.dueDate', plan)).toBe('steps.2.dueDate');
    expect(fieldForPath('steps.0.title', plan)).toBe('steps.0.title');
    expect(fieldForPath('employment.startDate', exit)).toBe('employment.startDate');
    expect(fieldForPath('studies.provider', exit)).toBe('studies.provider');
    expect(fieldForPath('profile.languages.0.code', profile)).toBe('languages.0.code');
    expect(fieldForPath('profile.languages.1.level', profile)).toBe('languages.1.level');
    expect(fieldForPath('profile.occupations.0.years', profile)).toBe('occupations.0.years');
    expect(fieldForPath('profile.wishedOccupations.0', profile)).toBe('wishedOccupations.0');
    expect(fieldForPath('profile.skills.1', profile)).toBe('skills.1');
    expect(fieldForPath('profile.availableFrom', profile)).toBe('availableFrom');
    expect(fieldForPath('/profile/adaptationsNote', profile)).toBe('adaptationsNote');
  });

  it('never puts a row’s error on another row', () => {
    expect(fieldForPath('steps.7.dueDate', plan)).toBeNull();
    expect(fieldForPath('profile.languages.4.code', profile)).toBeNull();
  });

  it('falls back to the field for the whole value (one text area for a list)', () => {
    expect(fieldForPath('profile.educations.0.title', profile)).toBe('educations');
    expect(fieldForPath('profile.educations', profile)).toBe('educations');
  });

  it('uses the form’s own mapping first, for values shown as other fields', () => {
    const sent = { licences: ['CE', 'B'] };
    const resolve = (path: string) => {
      const licence = /^licences\.(\d+)$/.exec(path);
      if (licence) return `licence.${sent.licences[Number(licence[1])]}`;
      if (path === 'shifts' || path.startsWith('shifts.')) return 'shift.day';
      return null;
    };
    expect(fieldForPath('profile.licences.1', profile, resolve)).toBe('licence.B');
    expect(fieldForPath('profile.licences.0', profile, resolve)).toBe('licence.CE');
    expect(fieldForPath('profile.shifts', profile, resolve)).toBe('shift.day');
    // A mapping to a field the form does not have is no mapping.
    expect(fieldForPath('profile.licences.5', profile, resolve)).toBeNull();
  });

  it('finds no field for the body, the version, or values the form does not show', () => {
    for (const path of ['(body)', '', 'version', 'expectedVersion', 'profile.interests.0', 'profile']) {
      expect(fieldForPath(path, profile), path).toBeNull();
    }
    expect(fieldForPath('steps.0.interventionId', plan)).toBeNull();
    expect(fieldForPath('goalOccupationId', plan)).toBeNull();
  });

  it('any wrapper in front of a field name still finds the field; the field is always one the form has', () => {
    const names = [...profile];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.constantFrom('profile', 'body', 'data', 'x'), { maxLength: 3 }),
        (name, wrappers) => {
          expect(fieldForPath([...wrappers, name].join('.'), profile)).toBe(name);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string(), (path) => {
        const field = fieldForPath(path, profile);
        expect(field === null || profile.has(field)).toBe(true);
      }),
    );
  });
});

describe('placeErrors', () => {
  it('keeps the first message per field and lists the errors no field shows', () => {
    const placed = placeErrors(
      [
        { path: 'profile.languages.0.code', message: 'Okänt språk.' },
        { path: 'profile.languages.0.code', message: 'Högst 60 tecken.' },
        {
          path: 'profile.interests.0',
          message: 'Intresset ska vara ett yrke eller en yrkesgrupp ur taxonomin.',
        },
        {
          path: 'profile.interestsNote',
          message: 'Texten innehåller ett osynligt styrtecken (U+0007) som inte kan sparas.',
        },
      ],
      profile,
    );
    expect(placed.fields).toEqual({
      'languages.0.code': 'Okänt språk.',
      interestsNote: 'Texten innehåller ett osynligt styrtecken (U+0007) som inte kan sparas.',
    });
    expect(placed.unplaced).toEqual([
      {
        path: 'profile.interests.0',
        message: 'Intresset ska vara ett yrke eller en yrkesgrupp ur taxonomin.',
      },
    ]);
  });

  it('reads paths with dots and slashes alike', () => {
    expect(pathSegments('/steps/2/dueDate')).toEqual(['steps', '2', 'dueDate']);
    expect(pathSegments('steps.2.dueDate')).toEqual(['steps', '2', 'dueDate']);
  });
});
