import { z } from 'zod';
import { KoladaFormatError } from './errors.ts';
import type { MunicipalityGroup, SimilarMunicipalitiesGroup } from './model.ts';
import { describeIssues } from './zod-issues.ts';

const groupSchema = z.object({
  id: z.string().regex(/^G\d+$/, 'expected a group id like G37556'),
  title: z.string().min(1),
  members: z.array(
    z.union([
      z.object({
        id: z.string().regex(/^\d{4}$/, 'expected a 4-digit municipality code'),
        name: z.string().min(1),
      }),
      // The API's metadata names the field `title` instead of `name`.
      z
        .object({
          id: z.string().regex(/^\d{4}$/, 'expected a 4-digit municipality code'),
          title: z.string().min(1),
        })
        .transform((m) => ({ id: m.id, name: m.title })),
    ]),
  ),
});

/** Parses Kolada's municipality groups: `[{id, title, members: [{id, name}]}]` or the API envelope. */
export function parseMunicipalityGroups(
  json: unknown,
  file = 'municipality-groups.json',
): MunicipalityGroup[] {
  const list =
    json && typeof json === 'object' && !Array.isArray(json) && 'values' in json ? json.values : json;
  const parsed = z.array(groupSchema).safeParse(list);
  if (!parsed.success) throw new KoladaFormatError(file, describeIssues(parsed.error));
  return parsed.data;
}

// "Liknande kommuner, övergripande, Trollhättan, 2021", "Liknande kommuner IFO, Borlänge, 2021".
const SIMILAR_TITLE = /^Liknande kommuner,? (.+), ([^,]+), (\d{4})$/;

/** Reads a "Liknande kommuner …" title; undefined for other groups. */
export function parseSimilarMunicipalitiesTitle(
  title: string,
): { area: string; municipalityName: string; year: number } | undefined {
  const m = SIMILAR_TITLE.exec(title.trim());
  return m ? { area: m[1]!, municipalityName: m[2]!, year: Number(m[3]) } : undefined;
}

/**
 * The "Liknande kommuner …" groups made for one municipality (Kolada's comparable
 * municipalities; the municipality itself is not a member). Kolada names the municipality in
 * the title, so the code is turned into the name Kolada uses for it in group members.
 * Newest year first, the overall ("övergripande") group first within a year.
 */
export function findSimilarMunicipalitiesGroups(
  groups: readonly MunicipalityGroup[],
  municipalityCode: string,
  /** The name as Kolada writes it ("Trollhättan"), if the code is in no group's members. */
  municipalityName?: string,
): SimilarMunicipalitiesGroup[] {
  const names = new Set<string>(municipalityName ? [municipalityName] : []);
  for (const g of groups) for (const m of g.members) if (m.id === municipalityCode) names.add(m.name);
  const result: SimilarMunicipalitiesGroup[] = [];
  for (const group of groups) {
    const parsed = parseSimilarMunicipalitiesTitle(group.title);
    if (
      parsed &&
      names.has(parsed.municipalityName) &&
      !group.members.some((m) => m.id === municipalityCode)
    ) {
      result.push({ group, ...parsed });
    }
  }
  const rank = (s: SimilarMunicipalitiesGroup) => (s.area === 'övergripande' ? 0 : 1);
  return result.sort((a, b) => b.year - a.year || rank(a) - rank(b) || a.area.localeCompare(b.area, 'sv'));
}

/**
 * The group to compare a labour-market unit with: "övergripande" (overall) if there is one,
 * else the newest group about ekonomiskt bistånd, integration or socioekonomi.
 */
export function labourMarketComparisonGroup(
  groups: readonly MunicipalityGroup[],
  municipalityCode: string,
  municipalityName?: string,
): SimilarMunicipalitiesGroup | undefined {
  const candidates = findSimilarMunicipalitiesGroups(groups, municipalityCode, municipalityName);
  return (
    candidates.find((c) => c.area === 'övergripande') ??
    candidates.find((c) => ['ekonomiskt bistånd', 'integration', 'socioekonomi'].includes(c.area))
  );
}
