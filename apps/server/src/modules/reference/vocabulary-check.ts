import type { AppContext } from '../../context.ts';
import type { FieldError } from '../../http/problem.ts';
import type { Profile } from '../case/index.ts';

// Taxonomy ids and codes must exist in the vocabulary in force (JobTech import or the built-in
// default): otherwise matching would silently ignore them. Checked before anything is saved.

export interface VocabularyCheck {
  occupation(id: string, path: string): void;
  interest(id: string, path: string): void;
  skill(id: string, path: string): void;
  credential(code: string, path: string): void;
  language(code: string, level: string, path: string): void;
  errors: FieldError[];
}

export function vocabularyCheck(ctx: AppContext): VocabularyCheck {
  const index = ctx.reference.index();
  const taxonomy = ctx.reference.taxonomy();
  const credentials = new Set(taxonomy.credentials.map((c) => c.code.toLowerCase()));
  const levels = new Set(taxonomy.languageLevels.map((l) => l.code.toLowerCase()));
  const languages = new Set(
    taxonomy.languages.flatMap((l) =>
      [l.id, l.iso6391, l.iso6392].filter(Boolean).map((c) => c!.toLowerCase()),
    ),
  );
  const errors: FieldError[] = [];
  return {
    errors,
    occupation(id, path) {
      if (!index.occupation(id)) errors.push({ path, message: 'Yrket finns inte i yrkestaxonomin.' });
    },
    interest(id, path) {
      if (!index.occupation(id) && !index.ssykGroup(id))
        errors.push({ path, message: 'Intresset ska vara ett yrke eller en yrkesgrupp ur taxonomin.' });
    },
    skill(id, path) {
      if (!index.skill(id)) errors.push({ path, message: 'Kompetensen finns inte i taxonomin.' });
    },
    credential(code, path) {
      if (!credentials.has(code.toLowerCase()))
        errors.push({ path, message: 'Okänt körkort eller certifikat.' });
    },
    language(code, level, path) {
      if (!languages.has(code.toLowerCase())) errors.push({ path: `${path}.code`, message: 'Okänt språk.' });
      if (!levels.has(level.toLowerCase()))
        errors.push({ path: `${path}.level`, message: 'Okänd språknivå.' });
    },
  };
}

/** All vocabulary errors of a (partial) profile, with paths under `prefix`. */
export function checkProfile(ctx: AppContext, profile: Partial<Profile>, prefix = 'profile'): FieldError[] {
  const check = vocabularyCheck(ctx);
  for (const [i, o] of (profile.occupations ?? []).entries())
    check.occupation(o.id, `${prefix}.occupations.${i}.id`);
  for (const [i, id] of (profile.wishedOccupations ?? []).entries())
    check.occupation(id, `${prefix}.wishedOccupations.${i}`);
  for (const [i, id] of (profile.interests ?? []).entries()) check.interest(id, `${prefix}.interests.${i}`);
  for (const [i, id] of (profile.skills ?? []).entries()) check.skill(id, `${prefix}.skills.${i}`);
  for (const [i, code] of (profile.licences ?? []).entries())
    check.credential(code, `${prefix}.licences.${i}`);
  for (const [i, l] of (profile.languages ?? []).entries())
    check.language(l.code, l.level, `${prefix}.languages.${i}`);
  return check.errors;
}
