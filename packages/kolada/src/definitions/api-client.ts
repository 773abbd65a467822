import { z } from 'zod';
import { KoladaApiError } from './errors.ts';
import type { KoladaGender, KoladaValue, MunicipalityGroup } from './model.ts';
import { labourMarketComparisonGroup } from './municipality-groups.ts';
import { describeIssues } from './zod-issues.ts';

// Kolada API v2, as documented by RKA (github.com/Hypergene/kolada): every answer is
// `{ values: [...], count, previous_page?, next_page? }` with at most 5000 values per page;
// `next_page` is the full URL of the next page. A data value is
// `{ kpi, municipality, period, values: [{ count, gender, status, value }] }` with gender
// T (total), K (kvinnor) or M (män). `period` is documented as a string and returned as a
// number, so both are accepted.

export const KOLADA_API_BASE_URL = 'https://api.kolada.se/v2';

const dataSchema = z.object({
  kpi: z.string(),
  municipality: z.string(),
  period: z.union([z.number().int(), z.string().regex(/^\d{4}$/)]).transform(Number),
  values: z.array(
    z.object({
      count: z.number().int().nonnegative().default(1),
      gender: z.enum(['T', 'K', 'M']),
      status: z.string().nullish(),
      value: z.number().nullable(),
    }),
  ),
});

const pageSchema = z.object({
  values: z.array(dataSchema),
  count: z.number().int().nonnegative(),
  next_page: z.string().nullish(),
  previous_page: z.string().nullish(),
});

export interface KoladaClientOptions {
  /** Injected so that tests run on recorded responses and the server can add timeouts. */
  fetch: (
    url: string,
    init?: { signal?: AbortSignal },
  ) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;
  baseUrl?: string;
  /** Stop following next_page after this many pages (a guard against loops). Default 100. */
  maxPages?: number;
  /** Ids per request, to keep URLs short (Kolada answers 400 to a too long URL). Default 50. */
  idsPerRequest?: number;
  signal?: AbortSignal;
}

export interface KoladaValuesQuery {
  kpis: readonly string[];
  /** Municipality codes and/or group ids (a group gives its unweighted average). */
  municipalities: readonly string[];
  years: readonly number[];
}

export interface ComparisonValues {
  /** The group used: "Liknande kommuner, övergripande, Trollhättan, 2021" … */
  group: MunicipalityGroup | undefined;
  /** The municipality's own values. */
  own: KoladaValue[];
  /** Each similar municipality's values. */
  similar: KoladaValue[];
  /** Kolada's unweighted average over the group (municipality = group id). */
  groupAverage: KoladaValue[];
}

export interface KoladaClient {
  /** Values for every combination of KPI, municipality and year (all pages, all chunks). */
  fetchValues(query: KoladaValuesQuery): Promise<KoladaValue[]>;
  /**
   * Values for the unit's municipality, the municipalities of its "Liknande kommuner" group and
   * the group average, for comparing the unit's results with comparable municipalities.
   */
  fetchComparison(input: {
    municipalityCode: string;
    groups: readonly MunicipalityGroup[];
    kpis: readonly string[];
    years: readonly number[];
  }): Promise<ComparisonValues>;
}

const KPI_ID = /^[A-Z]\d{5}$/;
const MUNICIPALITY_ID = /^(\d{4}|G\d+)$/;

export function createKoladaClient(options: KoladaClientOptions): KoladaClient {
  const baseUrl = (options.baseUrl ?? KOLADA_API_BASE_URL).replace(/\/+$/, '');
  const maxPages = options.maxPages ?? 100;
  const chunkSize = options.idsPerRequest ?? 50;

  const getPage = async (url: string) => {
    let response: Awaited<ReturnType<KoladaClientOptions['fetch']>>;
    try {
      response = await options.fetch(url, options.signal ? { signal: options.signal } : undefined);
    } catch (error) {
      throw new KoladaApiError(url, `request failed (${(error as Error).message})`);
    }
    if (!response.ok) throw new KoladaApiError(url, `HTTP ${response.status}`, response.status);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new KoladaApiError(url, 'the answer is not JSON', response.status);
    }
    const page = pageSchema.safeParse(body);
    if (!page.success) {
      throw new KoladaApiError(
        url,
        `unexpected answer: ${describeIssues(page.error).slice(0, 3).join('; ')}`,
        response.status,
      );
    }
    return page.data;
  };

  const fetchValues = async (query: KoladaValuesQuery): Promise<KoladaValue[]> => {
    const bad = [
      ...query.kpis.filter((k) => !KPI_ID.test(k)).map((k) => `KPI "${k}"`),
      ...query.municipalities.filter((m) => !MUNICIPALITY_ID.test(m)).map((m) => `municipality "${m}"`),
      ...query.years.filter((y) => !Number.isInteger(y) || y < 1900 || y > 2999).map((y) => `year ${y}`),
    ];
    if (bad.length > 0) throw new RangeError(`Kolada query with invalid ${bad.join(', ')}`);
    if (query.kpis.length === 0 || query.municipalities.length === 0 || query.years.length === 0) return [];

    const values: KoladaValue[] = [];
    const years = [...new Set(query.years)].sort().join(',');
    for (const kpis of chunks([...new Set(query.kpis)], chunkSize)) {
      for (const municipalities of chunks([...new Set(query.municipalities)], chunkSize)) {
        let url: string | undefined =
          `${baseUrl}/data/kpi/${kpis.join(',')}/municipality/${municipalities.join(',')}/year/${years}`;
        const visited = new Set<string>();
        while (url) {
          if (visited.has(url) || visited.size >= maxPages) {
            throw new KoladaApiError(url, `next_page loops or exceeds ${maxPages} pages`);
          }
          visited.add(url);
          const page = await getPage(url);
          for (const d of page.values) {
            for (const v of d.values) {
              values.push({
                kpi: d.kpi,
                municipality: d.municipality,
                year: d.period,
                gender: v.gender as KoladaGender,
                value: v.value,
                count: v.count,
                ...(v.status ? { status: v.status } : {}),
              });
            }
          }
          url = page.next_page || undefined;
        }
      }
    }
    return values;
  };

  return {
    fetchValues,
    async fetchComparison({ municipalityCode, groups, kpis, years }) {
      const similar = labourMarketComparisonGroup(groups, municipalityCode);
      const memberCodes = similar?.group.members.map((m) => m.id) ?? [];
      const all = await fetchValues({
        kpis,
        years,
        municipalities: [municipalityCode, ...memberCodes, ...(similar ? [similar.group.id] : [])],
      });
      const members = new Set(memberCodes);
      return {
        group: similar?.group,
        own: all.filter((v) => v.municipality === municipalityCode),
        similar: all.filter((v) => members.has(v.municipality)),
        groupAverage: all.filter((v) => v.municipality === similar?.group.id),
      };
    },
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
