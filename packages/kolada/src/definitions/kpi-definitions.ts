import { z } from 'zod';
import { KoladaFormatError } from './errors.ts';
import type { KpiDefinition } from './model.ts';
import { describeIssues } from './zod-issues.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const kpiSchema = z.object({
  id: z.string().regex(/^[A-Z]\d{5}$/, 'expected a Kolada KPI id like U40450'),
  title: z.string().min(1),
  description: z.string().default(''),
  operating_area: z.string().default(''),
  perspective: z.string().default(''),
  municipality_type: z.enum(['K', 'L', 'A']),
  is_divided_by_gender: z.number().int(),
  // Kolada writes -2147483648 (int minimum) for "unknown" in a few rows.
  has_ou_data: z.number().int().default(0),
  auspices: z.string().nullish(),
  publication_date: date.nullish(),
  prel_publication_date: date.nullish(),
  publ_period: z.string().nullish(),
});

/** Kolada joins several areas with ","; an area's own comma is followed by a space. */
const splitList = (text: string) =>
  text
    .split(/,(?! )/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Parses Kolada's KPI metadata: an array of KPI objects, or the API's `{ values: [...] }` envelope. */
export function parseKpiDefinitions(json: unknown, file = 'kpis.json'): KpiDefinition[] {
  const list =
    json && typeof json === 'object' && !Array.isArray(json) && 'values' in json ? json.values : json;
  const parsed = z.array(kpiSchema).safeParse(list);
  if (!parsed.success) throw new KoladaFormatError(file, describeIssues(parsed.error));
  const seen = new Set<string>();
  return parsed.data.map((k) => {
    if (seen.has(k.id)) throw new KoladaFormatError(file, `KPI ${k.id} is listed twice`);
    seen.add(k.id);
    return {
      id: k.id,
      title: k.title,
      description: k.description,
      operatingAreas: splitList(k.operating_area),
      perspectives: splitList(k.perspective),
      municipalityType: k.municipality_type,
      dividedByGender: k.is_divided_by_gender === 1,
      hasOuData: k.has_ou_data === 1,
      ...(k.auspices ? { auspices: k.auspices } : {}),
      ...(k.publication_date ? { publicationDate: k.publication_date } : {}),
      ...(k.prel_publication_date ? { preliminaryPublicationDate: k.prel_publication_date } : {}),
      ...(k.publ_period ? { publishedPeriod: k.publ_period } : {}),
    };
  });
}
