import type { AppContext } from '../../context.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { EnrolmentRow } from '../case/index.ts';
import { employerRepository } from '../employer/index.ts';
import { vocabularyCheck } from '../reference/index.ts';

/** Placements at a workplace need the employer; training needs an employer or a provider. */
const NEEDS_EMPLOYER = new Set(['praktik', 'arbetstraning', 'jobbspar', 'subsidised_employment']);
const NEEDS_ORGANISER = new Set(['utbildning', 'municipal_employment']);

/** The intervention as it will be stored (stored fields merged with the change). */
export interface InterventionFacts {
  type: string;
  employerId: string | null;
  provider: string | null;
  occupationId: string | null;
  startDate: string;
  endDate: string | null;
}

/**
 * Every problem at once (400): the employer exists, an organiser is named where needed, the
 * occupation is in the vocabulary, the dates lie within the period. Returns the employer's name.
 */
export async function checkIntervention(
  ctx: AppContext,
  enrolment: EnrolmentRow,
  v: InterventionFacts,
): Promise<string | null> {
  const errors: FieldError[] = [];
  let employerName: string | null = null;
  if (v.employerId) {
    const found = await employerRepository.find(ctx.db, enrolment.municipalityCode, v.employerId);
    if (!found) errors.push({ path: 'employerId', message: 'Arbetsgivaren finns inte.' });
    else employerName = found.name;
  }
  if (NEEDS_EMPLOYER.has(v.type) && !v.employerId)
    errors.push({ path: 'employerId', message: 'Välj arbetsgivaren där insatsen görs.' });
  if (NEEDS_ORGANISER.has(v.type) && !v.employerId && !v.provider)
    errors.push({ path: 'provider', message: 'Ange anordnare eller arbetsgivare.' });
  if (v.occupationId) {
    const check = vocabularyCheck(ctx);
    check.occupation(v.occupationId, 'occupationId');
    errors.push(...check.errors);
  }
  if (v.startDate < enrolment.enrolledAt)
    errors.push({ path: 'startDate', message: 'Insatsen kan inte börja före inskrivningen.' });
  if (v.endDate && v.endDate < v.startDate)
    errors.push({ path: 'endDate', message: 'Slutdatum kan inte vara före startdatum.' });
  if (errors.length > 0) throw problems.invalid(errors);
  return employerName;
}
