import { describe, expect, it } from 'vitest';
import type { ProfilePatch } from '../../../../api/types.ts';
import { fieldForPath } from '../../../../components/field-paths.ts';
import { profileField } from './profile-form.ts';

const sent = {
  licences: ['CE', 'TRUCK-A2'],
  adaptations: ['physical.seated_work'],
  shifts: ['evening'],
} as unknown as ProfilePatch;

const fields = new Set([
  'licences',
  'adaptation.physical.seated_work',
  'shift.day',
  'shift.evening',
  'languages.0.code',
]);

describe('profileField', () => {
  it('puts a server error on a listed value at the field that shows it', () => {
    const resolve = (path: string) => profileField(path, sent);
    // Licences are one picker: any licence's error is shown on it.
    expect(fieldForPath('profile.licences.1', fields, resolve)).toBe('licences');
    expect(fieldForPath('profile.licences.0', fields, resolve)).toBe('licences');
    expect(fieldForPath('profile.adaptations.0', fields, resolve)).toBe('adaptation.physical.seated_work');
    expect(fieldForPath('profile.shifts.0', fields, resolve)).toBe('shift.evening');
    expect(fieldForPath('profile.shifts', fields, resolve)).toBe('shift.evening');
    expect(fieldForPath('profile.languages.0.code', fields, resolve)).toBe('languages.0.code');
  });

  it('finds nothing when nothing was sent or the index is beyond what was', () => {
    expect(profileField('adaptations.0', null)).toBeNull();
    expect(profileField('adaptations.5', sent)).toBeNull();
  });

  it('puts an error on the whole list (too many) at its first value sent', () => {
    expect(fieldForPath('profile.licences', fields, (path) => profileField(path, sent))).toBe('licences');
    expect(fieldForPath('profile.adaptations', fields, (path) => profileField(path, sent))).toBe(
      'adaptation.physical.seated_work',
    );
  });
});
