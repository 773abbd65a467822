import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import { employerRepository } from '../employer/index.ts';
import { vocabularyCheck } from '../reference/index.ts';
import { staffRepository } from '../staff/index.ts';
import type { ConceptLabels } from './recruitment-need.presenter.ts';
import type { NeedCreateBody } from './recruitment-need.schemas.ts';

/** Labels of the vocabulary in force for ids and credential codes (unknown ones keep their id). */
export function conceptLabels(ctx: AppContext): ConceptLabels {
  const index = ctx.reference.index();
  const credentials = new Map(
    ctx.reference.taxonomy().credentials.map((c) => [c.code.toLowerCase(), c.label]),
  );
  return {
    concept: (id) => index.occupation(id)?.label ?? index.skill(id)?.label ?? id,
    credential: (code) => credentials.get(code.toLowerCase()) ?? code,
  };
}

/**
 * Every problem with a need's references at once (400): taxonomy ids and codes in the vocabulary,
 * the employer in the municipality, the workplace the employer's, the liaison a liaison or manager.
 * Returns the workplace's kommun when the need takes it from there.
 */
export async function checkNeedReferences(
  ctx: AppContext,
  db: Db,
  municipalityCode: string,
  body: Partial<NeedCreateBody>,
  employerId: string | null,
): Promise<{ workplaceMunicipality: string | null }> {
  const check = vocabularyCheck(ctx);
  if (body.occupationId) check.occupation(body.occupationId, 'occupationId');
  for (const [i, id] of (body.requiredSkills ?? []).entries()) check.skill(id, `requiredSkills.${i}`);
  for (const [i, id] of (body.meritSkills ?? []).entries()) check.skill(id, `meritSkills.${i}`);
  for (const [i, code] of (body.licences ?? []).entries()) check.credential(code, `licences.${i}`);
  for (const [i, l] of (body.languages ?? []).entries()) check.language(l.code, l.level, `languages.${i}`);
  const errors: FieldError[] = [...check.errors];
  if (body.employerId && !(await employerRepository.find(db, municipalityCode, body.employerId)))
    errors.push({ path: 'employerId', message: 'Arbetsgivaren finns inte.' });
  let workplaceMunicipality: string | null = null;
  if (body.workplaceId) {
    const workplace = await employerRepository.findWorkplace(db, municipalityCode, body.workplaceId);
    if (!workplace || workplace.employerId !== employerId)
      errors.push({ path: 'workplaceId', message: 'Arbetsplatsen hör inte till arbetsgivaren.' });
    else workplaceMunicipality = workplace.municipality;
  }
  if (body.liaisonId) {
    const staff = await staffRepository.findById(db, municipalityCode, body.liaisonId);
    if (!staff?.active || (staff.role !== 'liaison' && staff.role !== 'manager'))
      errors.push({ path: 'liaisonId', message: 'Välj en företagskontakt eller chef i kommunen.' });
  }
  if (errors.length > 0) throw problems.invalid(errors);
  return { workplaceMunicipality };
}

/** Columns of the need from a (partial) body; absent fields stay absent. */
export function needColumns(body: Partial<NeedCreateBody>) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (v !== undefined) out[k] = v;
  return out;
}
