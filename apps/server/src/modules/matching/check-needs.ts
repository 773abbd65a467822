import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import { vocabularyCheck } from '../reference/index.ts';
import type { RecruitmentNeedInput } from './matching.schemas.ts';

/** Occupation, skills, credentials and languages must exist in the vocabulary in force (else 400). */
export function checkNeeds(ctx: AppContext, needs: Array<{ need: RecruitmentNeedInput; path: string }>) {
  const check = vocabularyCheck(ctx);
  for (const { need, path } of needs) {
    check.occupation(need.occupation, `${path}.occupation`);
    for (const [i, id] of need.requiredSkills.entries()) check.skill(id, `${path}.requiredSkills.${i}`);
    for (const [i, id] of need.meritSkills.entries()) check.skill(id, `${path}.meritSkills.${i}`);
    for (const [i, code] of need.licences.entries()) check.credential(code, `${path}.licences.${i}`);
    for (const [i, l] of need.languages.entries()) check.language(l.code, l.level, `${path}.languages.${i}`);
  }
  if (check.errors.length > 0)
    throw problems.badRequest(
      `Rekryteringsbehovet innehåller okända begrepp: ${check.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      check.errors,
    );
}
