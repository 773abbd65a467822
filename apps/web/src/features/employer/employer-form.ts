import type { TFunction } from 'i18next';
import { isApiError } from '../../api/api-error.ts';
import type { ContactLogBody, EmployerCreateBody } from '../../api/types.ts';
import { maxLengths } from '../../api/types.ts';
import { checkDate, checkLength } from '../../components/input-checks.ts';
import type { EmployerT } from './i18n/index.ts';

// Reading the employer register's forms back into what the API takes, with our own checks first:
// field errors by field name (as the server names them), or the body to send.

type Errors = Record<string, string>;

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
};
const orNull = (value: string) => (value === '' ? null : value);

const POSTCODE = /^\d{3} ?\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The register fields of an employer (the create form and the edit card alike). */
export function readEmployerForm(
  data: FormData,
  t: EmployerT,
  tShared: TFunction,
  language: string,
): { errors: Errors; body: EmployerCreateBody } {
  const errors: Errors = {};
  const limits = maxLengths.EmployerCreateBody;
  const name = text(data, 'name');
  if (name === '') errors.name = t('form.nameRequired');
  const postcode = text(data, 'postcode');
  if (postcode !== '' && !POSTCODE.test(postcode)) errors.postcode = t('form.postcodeInvalid');
  const orgnr = text(data, 'organisationsnummer');
  if (orgnr !== '' && orgnr.replace(/[\s-]/g, '').length < 10)
    errors.organisationsnummer = t('form.orgnrShort');
  const industry = orNull(text(data, 'industry'));
  checkLength(errors, 'name', name, limits.name, tShared, language);
  checkLength(errors, 'industry', industry, limits.industry, tShared, language);
  const address = orNull(text(data, 'address'));
  checkLength(errors, 'address', address, limits.address, tShared, language);
  return {
    errors,
    body: {
      name,
      organisationsnummer: orNull(orgnr),
      sniCode: orNull(text(data, 'sniCode')),
      industry,
      municipality: orNull(text(data, 'municipality')),
      address,
      postcode: orNull(postcode),
      liaisonId: orNull(text(data, 'liaisonId')),
    },
  };
}

/**
 * The server answers a second employer with the same organisationsnummer with 409, the same
 * status as a stale version; only its message tells them apart.
 */
export function isDuplicateOrgnr(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && /organisationsnum/i.test(error.detail ?? '');
}

/** A workplace or contact person: name required, the rest optional. */
export function readWorkplaceForm(data: FormData, t: EmployerT) {
  const errors: Errors = {};
  const name = text(data, 'name');
  if (name === '') errors.name = t('workplaces.nameRequired');
  const postcode = text(data, 'postcode');
  if (postcode !== '' && !POSTCODE.test(postcode)) errors.postcode = t('form.postcodeInvalid');
  return {
    errors,
    body: {
      name,
      address: orNull(text(data, 'address')),
      postcode: orNull(postcode),
      municipality: orNull(text(data, 'municipality')),
    },
  };
}

export function readContactPersonForm(data: FormData, t: EmployerT) {
  const errors: Errors = {};
  const name = text(data, 'name');
  if (name === '') errors.name = t('contacts.nameRequired');
  const email = text(data, 'email');
  if (email !== '' && !EMAIL.test(email)) errors.email = t('contacts.emailInvalid');
  return {
    errors,
    body: {
      name,
      role: orNull(text(data, 'role')),
      phone: orNull(text(data, 'phone')),
      email: orNull(email),
    },
  };
}

/** A contact with the employer and the next step agreed, checked as the server will. */
export function readContactLogForm(
  data: FormData,
  today: string,
  t: EmployerT,
  tShared: TFunction,
  language: string,
): { errors: Errors; body: ContactLogBody | null } {
  const errors: Errors = {};
  const limits = maxLengths.ContactLogBody;
  const kind = text(data, 'kind');
  if (kind === '') errors.kind = t('log.kindRequired');
  const occurredOn = checkDate(errors, 'occurredOn', data.get('occurredOn'), tShared, {
    required: t('log.dateRequired'),
  });
  if (occurredOn !== null && occurredOn > today) errors.occurredOn = t('log.dateInFuture');
  const note = orNull(text(data, 'note'));
  const nextStep = orNull(text(data, 'nextStep'));
  checkLength(errors, 'note', note, limits.note, tShared, language);
  checkLength(errors, 'nextStep', nextStep, limits.nextStep, tShared, language);
  const nextStepDue = checkDate(errors, 'nextStepDue', data.get('nextStepDue'), tShared);
  if (nextStepDue !== null && nextStep === null) errors.nextStep = t('log.nextStepRequired');
  if (Object.keys(errors).length > 0 || occurredOn === null) return { errors, body: null };
  return {
    errors,
    body: {
      kind: kind as ContactLogBody['kind'],
      occurredOn,
      contactId: orNull(text(data, 'contactId')),
      note,
      nextStep,
      nextStepDue,
    },
  };
}

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000);
}
