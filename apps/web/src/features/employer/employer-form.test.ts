import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import {
  daysBetween,
  isDuplicateOrgnr,
  readContactLogForm,
  readContactPersonForm,
  readEmployerForm,
  readWorkplaceForm,
} from './employer-form.ts';
import { hasFilters, queryFor } from './employer-list.ts';
import type { EmployerT } from './i18n/index.ts';

const t = ((key: string) => key) as unknown as EmployerT;
const tShared = t as unknown as TFunction;

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe('the employer register forms', () => {
  it('reads the register fields; empty ones are null', () => {
    const { errors, body } = readEmployerForm(
      form({
        name: ' Lager AB ',
        organisationsnummer: '556677-8899',
        sniCode: '52',
        postcode: '461 30',
        industry: '',
      }),
      t,
      tShared,
      'sv',
    );
    expect(errors).toEqual({});
    expect(body).toEqual({
      name: 'Lager AB',
      organisationsnummer: '556677-8899',
      sniCode: '52',
      industry: null,
      municipality: null,
      address: null,
      postcode: '461 30',
      liaisonId: null,
    });
  });

  it('refuses a missing name, a short organisationsnummer and a bad postcode on their fields', () => {
    const { errors } = readEmployerForm(
      form({ name: '', organisationsnummer: '5566', postcode: '46' }),
      t,
      tShared,
      'sv',
    );
    expect(errors).toEqual({
      name: 'form.nameRequired',
      organisationsnummer: 'form.orgnrShort',
      postcode: 'form.postcodeInvalid',
    });
  });

  it('tells a duplicate organisationsnummer from a stale version', () => {
    const duplicate = new ApiError(409, {
      detail: 'Det finns redan en arbetsgivare med det organisationsnumret.',
    });
    const stale = new ApiError(409, {
      detail: 'Någon annan har ändrat arbetsgivaren. Ladda om och försök igen.',
    });
    expect(isDuplicateOrgnr(duplicate)).toBe(true);
    expect(isDuplicateOrgnr(stale)).toBe(false);
    expect(isDuplicateOrgnr(new Error('organisationsnumret'))).toBe(false);
  });

  it('reads workplaces and contact persons', () => {
    expect(readWorkplaceForm(form({ name: 'Lagret', postcode: '46130', municipality: '1488' }), t)).toEqual({
      errors: {},
      body: { name: 'Lagret', address: null, postcode: '46130', municipality: '1488' },
    });
    expect(readContactPersonForm(form({ name: '', email: 'inte-en-adress' }), t).errors).toEqual({
      name: 'contacts.nameRequired',
      email: 'contacts.emailInvalid',
    });
  });

  it('reads a contact with its next step, checked as the server checks it', () => {
    const today = '2026-11-30';
    const ok = readContactLogForm(
      form({
        kind: 'meeting',
        occurredOn: '2026-11-30',
        nextStep: ' Skicka avtal ',
        nextStepDue: '2026.12.02',
      }),
      today,
      t,
      tShared,
      'sv',
    );
    expect(ok.errors).toEqual({});
    expect(ok.body).toEqual({
      kind: 'meeting',
      occurredOn: '2026-11-30',
      contactId: null,
      note: null,
      nextStep: 'Skicka avtal',
      nextStepDue: '2026-12-02',
    });
    const bad = readContactLogForm(
      form({ kind: 'call', occurredOn: '2026-12-01', nextStepDue: '2026-12-05' }),
      today,
      t,
      tShared,
      'sv',
    );
    expect(bad.body).toBeNull();
    expect(bad.errors).toEqual({ occurredOn: 'log.dateInFuture', nextStep: 'log.nextStepRequired' });
    expect(
      readContactLogForm(form({ kind: 'call', occurredOn: '' }), today, t, tShared, 'sv').errors,
    ).toEqual({
      occurredOn: 'log.dateRequired',
    });
    expect(daysBetween('2026-11-28', '2026-12-02')).toBe(4);
  });

  it('sends only the filters that are set', () => {
    expect(queryFor({ q: '  ', liaisonId: undefined, hasOpenNeeds: 'true', noContactDays: 90 })).toEqual({
      hasOpenNeeds: 'true',
      noContactDays: 90,
    });
    expect(hasFilters({ q: ' ', sniCode: undefined })).toBe(false);
    expect(hasFilters({ sniCode: 'C' })).toBe(true);
  });
});
