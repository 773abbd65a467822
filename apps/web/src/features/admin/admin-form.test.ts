import { describe, expect, it } from 'vitest';
import { linkUrl, parseAge, parseCorrectionDays, readAccountForm, readUnitForm } from './admin-form.ts';

const messages = {
  usernameRequired: 'username required',
  usernameInvalid: 'username invalid',
  nameRequired: 'name required',
  roleRequired: 'role required',
  unitsRequired: 'units required',
};

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe('readAccountForm', () => {
  it('reads a coach with units, the username trimmed and lower-cased', () => {
    const { value, errors } = readAccountForm(
      form([
        ['username', ' Anna.Berg '],
        ['displayName', ' Anna Berg '],
        ['role', 'coach'],
        ['unitIds', 'u1'],
        ['unitIds', 'u2'],
      ]),
      messages,
      { withUsername: true },
    );
    expect(errors).toEqual({});
    expect(value).toEqual({
      username: 'anna.berg',
      displayName: 'Anna Berg',
      role: 'coach',
      unitIds: ['u1', 'u2'],
    });
  });

  it('names every missing or wrong field, in the order of the form', () => {
    const { errors } = readAccountForm(
      form([
        ['username', 'å ä'],
        ['role', 'manager'],
      ]),
      messages,
      {
        withUsername: true,
      },
    );
    expect(Object.entries(errors)).toEqual([
      ['username', 'username invalid'],
      ['displayName', 'name required'],
      ['unitIds', 'units required'],
    ]);
  });

  it('a liaison or an admin needs no unit; an unknown role is refused; editing skips the username', () => {
    expect(
      readAccountForm(
        form([
          ['displayName', 'X'],
          ['role', 'liaison'],
        ]),
        messages,
        { withUsername: false },
      ).errors,
    ).toEqual({});
    expect(
      readAccountForm(
        form([
          ['displayName', 'X'],
          ['role', 'admin'],
        ]),
        messages,
        { withUsername: false },
      ).errors,
    ).toEqual({});
    expect(
      readAccountForm(
        form([
          ['displayName', 'X'],
          ['role', 'boss'],
        ]),
        messages,
        { withUsername: false },
      ).errors,
    ).toEqual({
      role: 'role required',
    });
  });
});

describe('ages and days', () => {
  it('an empty age is no limit; only whole years 16–67 are ages', () => {
    expect(parseAge('')).toBeNull();
    expect(parseAge(' 24 ')).toBe(24);
    expect(parseAge('16')).toBe(16);
    expect(parseAge('67')).toBe(67);
    for (const bad of ['15', '68', '24.5', '-20', 'tjugo', '2e1']) expect(parseAge(bad), bad).toBe('invalid');
  });

  it('a unit form: name required, min ≤ max', () => {
    const m = { nameRequired: 'n', ageInvalid: 'a', maxBelowMin: 'm' };
    expect(
      readUnitForm(
        form([
          ['name', 'FC'],
          ['minAge', '16'],
          ['maxAge', '24'],
        ]),
        m,
      ),
    ).toEqual({
      value: { name: 'FC', minAge: 16, maxAge: 24 },
      errors: {},
    });
    expect(
      readUnitForm(
        form([
          ['name', ' '],
          ['minAge', '30'],
          ['maxAge', '20'],
        ]),
        m,
      ).errors,
    ).toEqual({
      name: 'n',
      maxAge: 'm',
    });
    expect(
      readUnitForm(
        form([
          ['name', 'JC'],
          ['minAge', '25'],
          ['maxAge', ''],
        ]),
        m,
      ).value,
    ).toEqual({
      name: 'JC',
      minAge: 25,
      maxAge: null,
    });
  });

  it('correction days are 0–365', () => {
    expect(parseCorrectionDays('0')).toBe(0);
    expect(parseCorrectionDays('365')).toBe(365);
    expect(parseCorrectionDays('366')).toBeNull();
    expect(parseCorrectionDays('')).toBeNull();
    expect(parseCorrectionDays('3,5')).toBeNull();
  });
});

it('a link is the origin and the path with its fragment', () => {
  expect(linkUrl('http://127.0.0.1:3000/', '/valj-losenord#abc')).toBe(
    'http://127.0.0.1:3000/valj-losenord#abc',
  );
});
