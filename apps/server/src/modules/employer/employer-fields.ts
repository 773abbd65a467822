import { parseOrganisationsnummer } from '@arbetsbro/identity';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import { today } from '../case/index.ts';
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

/** The body's columns other than the organisation number, postcode without its space. */
export function employerColumns(body: Partial<EmployerCreateBody>) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (v !== undefined && k !== 'organisationsnummer') out[k] = v;
  if (typeof out.postcode === 'string') out.postcode = (out.postcode as string).replace(' ', '');
  return out;
}

export const duplicateOrgnr = () =>
  problems.conflict('Det finns redan en arbetsgivare med det organisationsnumret.');
