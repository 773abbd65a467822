import type { SsykGroup } from '@arbetsbro/taxonomy';
import { assertMayReadReference } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Actor } from '../auth/index.ts';

/**
 * One concept by id. Data saved with an id that has since been replaced still resolves: the answer
 * is the concept in force today, with `replaced` / `deprecated` so that a form can say so.
 */
export function getConcept(ctx: AppContext, { actor, id }: { actor: Actor | null; id: string }) {
  assertMayReadReference(actor);
  const index = ctx.reference.index();
  const resolution = index.resolveConcept(id);
  if (!resolution) throw problems.notFound('Begreppet finns inte i taxonomin.');
  const { resolved } = resolution;
  const ssykRef = (g: SsykGroup | undefined) =>
    g ? { id: g.id, label: g.label, code: g.code, level: g.level } : null;
  const base = {
    requestedId: resolution.requestedId,
    id: resolution.id,
    replaced: resolution.id !== resolution.requestedId,
    deprecated: resolution.deprecated,
    kind: resolved.kind,
    label: resolved.concept.label,
    ssyk: null as ReturnType<typeof ssykRef>,
    definition: null as string | null,
    noEducationRequired: null as boolean | null,
    skills: [] as Array<{ id: string; label: string }>,
    substitutes: [] as Array<{ id: string; label: string; percent: number }>,
  };
  switch (resolved.kind) {
    case 'occupation': {
      const o = resolved.concept;
      const group = index.ssykGroup(o.ssyk4Id);
      return {
        ...base,
        ssyk: ssykRef(group),
        definition: group?.definition ?? null,
        noEducationRequired: o.noEducationRequired === true,
        skills: index
          .skillsOfSsyk4(o.ssyk4Id)
          .map((skillId) => index.skill(skillId))
          .filter((s) => s !== undefined && !s.deprecated)
          .map((s) => ({ id: s!.id, label: s!.label })),
        substitutes: index
          .substitutesFor(o.id)
          .map((e) => ({ edge: e, occupation: index.occupation(e.substituteId) }))
          .filter((x) => x.occupation !== undefined)
          .sort((a, b) => b.edge.percent - a.edge.percent)
          .map((x) => ({ id: x.occupation!.id, label: x.occupation!.label, percent: x.edge.percent })),
      };
    }
    case 'ssyk': {
      const g = resolved.concept;
      return {
        ...base,
        ssyk: ssykRef(g),
        definition: g.definition ?? null,
      };
    }
    default:
      return base;
  }
}

export function listCredentials(ctx: AppContext, { actor }: { actor: Actor | null }) {
  assertMayReadReference(actor);
  return ctx.reference.taxonomy().credentials.map((c) => ({
    code: c.code,
    label: c.label,
    kind: c.kind,
    implies: c.implies ?? [],
  }));
}

export function listLanguageLevels(ctx: AppContext, { actor }: { actor: Actor | null }) {
  assertMayReadReference(actor);
  return ctx.reference.taxonomy().languageLevels.map((l) => ({ ...l }));
}
