// Alternative occupations for a participant: where their experience and skills could take them,
// from Arbetsförmedlingen's substitutability (their occupations can fill the job at 75 % / 25 %),
// the same SSYK-4 group, and overlap with each group's typical skills — with what is missing.
import type { ConceptId } from '@arbetsbro/taxonomy';
import type { MatchingEngine } from './engine.ts';
import type { ParticipantProfile } from './types.ts';

export interface AlternativeOccupation {
  occupationId: ConceptId;
  label: string;
  ssyk4: number;
  /** 0–1, higher is better. */
  score: number;
  /** Highest substitutability percent from one of the person's occupations (0 if none). */
  substitutability: number;
  sameGroup: boolean;
  /** Share (rarity weighted) of the occupation group's typical skills the person has. */
  skillCoverage: number;
  /** The group's most distinctive skills the person lacks (at most 5), with what closes them. */
  missingSkills: Array<{
    skillId: ConceptId;
    label: string;
    closedBy?: { trainingId: string; weeks: number };
  }>;
}

export interface AlternativeOptions {
  limit?: number;
  /** Use JobTech substitutability edges (default true). False: skills and SSYK only (evaluation). */
  useSubstitutability?: boolean;
}

export function alternativeOccupations(
  engine: MatchingEngine,
  participant: ParticipantProfile,
  options: AlternativeOptions = {},
): AlternativeOccupation[] {
  const vocab = engine.vocab;
  const limit = options.limit ?? 10;
  const useSub = options.useSubstitutability ?? true;
  const own = new Set(participant.occupations.map((o) => vocab.occupation(o.id)));
  const ownGroups = new Set([...own].map((o) => vocab.occSsyk4Code[o]!).filter((c) => c >= 0));
  const held = new Set(participant.skills.map((s) => vocab.skill(s)));
  const w = vocab.skillWeight;
  const coverage = new Map<number, number>();
  for (const [code, skills] of vocab.groupSkills) {
    let have = 0;
    let total = 0;
    for (const s of skills) {
      total += w[s]!;
      if (held.has(s)) have += w[s]!;
    }
    coverage.set(code, total > 0 ? have / total : 0);
  }
  const sub = new Map<number, number>();
  if (useSub)
    for (let x = 0; x < vocab.occupationCount; x++)
      for (const { substitute, percent } of vocab.substitutesFor(x))
        if (own.has(substitute)) sub.set(x, Math.max(sub.get(x) ?? 0, percent));
  const scored: Array<{ x: number; score: number }> = [];
  for (let x = 0; x < vocab.occupationCount; x++) {
    if (own.has(x)) continue;
    const code = vocab.occSsyk4Code[x]!;
    const percent = sub.get(x) ?? 0;
    const same = code >= 0 && ownGroups.has(code);
    // AF's 75 % edge is an expert judgement that the person can do the job: it ranks first; other
    // names in the person's own SSYK-4 group next; a 25 % edge is a weaker hint.
    const occLevel = Math.max(percent >= 75 ? 1 : percent >= 25 ? 0.5 : 0, same ? 0.7 : 0);
    const cov = coverage.get(code) ?? 0;
    const score = 0.6 * occLevel + 0.4 * cov;
    if (score > 0) scored.push({ x, score });
  }
  scored.sort((a, b) => b.score - a.score || a.x - b.x);
  return scored.slice(0, limit).map(({ x, score }) => {
    const code = vocab.occSsyk4Code[x]!;
    const missing = (vocab.groupSkills.get(code) ?? [])
      .filter((s) => !held.has(s))
      .sort((a, b) => w[b]! - w[a]! || a - b)
      .slice(0, 5)
      .map((s) => {
        const t = engine.catalogue.forSkill(vocab.skillIds[s]!);
        return {
          skillId: vocab.skillIds[s]!,
          label: vocab.skillLabels[s]!,
          ...(t ? { closedBy: { trainingId: t.trainingId, weeks: t.weeks } } : {}),
        };
      });
    return {
      occupationId: vocab.occIds[x]!,
      label: vocab.occLabels[x]!,
      ssyk4: code,
      score: Math.round(score * 1000) / 1000,
      substitutability: sub.get(x) ?? 0,
      sameGroup: code >= 0 && ownGroups.has(code),
      skillCoverage: Math.round((coverage.get(code) ?? 0) * 1000) / 1000,
      missingSkills: missing,
    };
  });
}
