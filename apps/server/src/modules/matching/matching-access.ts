import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import type { FieldError } from '../participant/case-access.ts';
import { vocabularyCheck } from '../participant/vocabulary-check.ts';
import type { RecruitmentNeedInput } from './matching.schemas.ts';

export async function denyMatching(
  ctx: AppContext,
  actor: StaffActor,
  reason: string,
  meta: RequestMeta,
  entityId: string | null = null,
) {
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'access_denied',
      outcome: 'denied',
      entityType: 'matching',
      entityId,
      reason,
      details: { role: actor.role },
    },
    meta,
  );
  return problems.forbidden('Din roll ger inte åtkomst till matchning.');
}

/** Occupation, skills, credentials and languages must exist in the vocabulary in force. */
export function checkNeeds(ctx: AppContext, needs: Array<{ need: RecruitmentNeedInput; path: string }>) {
  const check = vocabularyCheck(ctx);
  for (const { need, path } of needs) {
    check.occupation(need.occupation, `${path}.occupation`);
    for (const [i, id] of need.requiredSkills.entries()) check.skill(id, `${path}.requiredSkills.${i}`);
    for (const [i, id] of need.meritSkills.entries()) check.skill(id, `${path}.meritSkills.${i}`);
    for (const [i, code] of need.licences.entries()) check.credential(code, `${path}.licences.${i}`);
    for (const [i, l] of need.languages.entries()) check.language(l.code, l.level, `${path}.languages.${i}`);
  }
  if (check.errors.length > 0) throw invalid(check.errors);
}

function invalid(errors: FieldError[]) {
  return problems.badRequest(
    `Rekryteringsbehovet innehåller okända begrepp: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    errors,
  );
}
