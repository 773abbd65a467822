import { parseOrganisationsnummer } from '@arbetsbro/identity';
import { sniLabel } from '@arbetsbro/recruitment';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { type FieldError, HttpProblem, problems } from '../../http/problem.ts';
import { today } from '../case/index.ts';
import { staffRepository } from '../staff/index.ts';
import type { EmployerCreateBody } from './employer.schemas.ts';

/**
 * Validates and normalises an organisation number (Luhn); a sole trader's is their personnummer.
 * Absent stays absent, empty becomes null; throws 400 on an invalid number.
 */
export function normalizeOrgnr(ctx: AppContext, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null || value.trim() === '')
    return value === undefined ? undefined : null;
  const parsed = parseOrganisationsnummer(value, { today: today(ctx) });
  if (!parsed.ok) throw problems.invalid([{ path: 'organisationsnummer', message: parsed.error.message }]);
  return parsed.value.kind === 'legal_person' ? parsed.value.display : parsed.value.normalized;
}

/** The SNI code exists; the liaison is an active liaison or manager of the municipality. */
export async function checkEmployerFields(
  db: Db,
  municipalityCode: string,
  body: Partial<EmployerCreateBody>,
) {
  const errors: FieldError[] = [];
  if (body.sniCode && !sniLabel(body.sniCode))
    errors.push({ path: 'sniCode', message: 'Koden finns inte i SNI 2007. Välj bransch ur listan.' });
  if (body.liaisonId) {
    const staff = await staffRepository.findById(db, municipalityCode, body.liaisonId);
    if (!staff?.active || (staff.role !== 'liaison' && staff.role !== 'manager'))
      errors.push({ path: 'liaisonId', message: 'Välj en företagskontakt eller chef i kommunen.' });
  }
  if (errors.length > 0) throw problems.invalid(errors);
}

/** The body's columns other than the organisation number, postcode without its space, SNI upper case. */
export function employerColumns(body: Partial<EmployerCreateBody>) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (v !== undefined && k !== 'organisationsnummer') out[k] = v;
  if (typeof out.postcode === 'string') out.postcode = (out.postcode as string).replace(' ', '');
  if (typeof out.sniCode === 'string') out.sniCode = (out.sniCode as string).toUpperCase();
  return out;
}

const DUPLICATE_ORGNR = 'Det finns redan en arbetsgivare med det organisationsnumret.';
/** 409 naming the field, so a form tells it from a stale-version 409 without reading the text. */
export const duplicateOrgnr = () =>
  new HttpProblem(409, 'Konflikt', DUPLICATE_ORGNR, {
    errors: [{ path: 'organisationsnummer', message: DUPLICATE_ORGNR }],
  });
