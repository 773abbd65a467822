import { z } from 'zod';
import { KoladaApiError } from './errors.ts';
import type { KoladaGender, KoladaValue, MunicipalityGroup } from './model.ts';
import { labourMarketComparisonGroup } from './municipality-groups.ts';
import { describeIssues } from './zod-issues.ts';

// Kolada API v3. Version 3 was released 2025-04-04 and version 2 was kept "about six months" after
// (kolada.se/om-oss/api, "Om version 3"); v2 now answers 410 Gone. The routes are described in
// v3's OpenAPI document, browsable as Swagger UI at https://api.kolada.se/v3/docs. That document
// could not be fetched from where this was written, so what is encoded here is what the
// documentation is quoted as saying by clients that moved to v3, each cited where it is used:
//
// - data for KPIs × municipalities × years: GET /data/kpi/{kpi}/municipality/{municipality}/year/{year},
//   each segment a comma-separated list; a municipality may also be a group id ("G37556", the
//   group's unweighted average), a county id ("0014") or "0000" for the whole country (Riket);
// - query parameters `page` and `per_page` (OpenAPI: "Number of items per page", default 5000);
// - every answer `{ values: [...], count, next_url?, previous_url? }`: `count` is the number of
//   items on this page (not the total) and `next_url` the full URL of the next page, absent or
//   null on the last one (a fact-finding report that read /v3/openapi.json, 2026; rKolada's
//   CLAUDE.md: "Pagination is handled transparently using the v3 `next_url` field");
// - a data item `{ kpi, municipality, period, values: [{ gender, count, status, value }] }`, gender
//   T (total), K (kvinnor) or M (män) — unchanged from v2 (github.com/Hypergene/kolada, "Query
//   data"); `period` is seen both as a number and as a string ("2023"), so both are accepted;
// - rows that Kolada has withdrawn carry `isdeleted: true` (rKolada's get_values(keep_deleted):
//   "rows where `isdeleted` is `TRUE` are removed") and are skipped here;
// - at most 25 ids per list: longer lists are refused, so rKolada ("chunks >25 KPIs into separate
//   requests") and other v3 clients split them, and so does this one (years too).
//
// Some clients written during the move still read v2's `next_page`; should an answer carry that
// instead of `next_url`, it is followed as well.

export const KOLADA_API_BASE_URL = 'https://api.kolada.se/v3';

/** Kolada's id for Sweden as a whole ("Riket") in the municipality dimension. */
export const KOLADA_COUNTRY_ID = '0000';

/**
 * Kolada's id for the county (län, region) of a municipality: "00" and the county code, which is
 * the first two digits of the four-digit kommunkod (1488 Trollhättan → "0014" Västra Götaland).
 * Kolada lists these ids in /v3/municipality beside the municipalities (type "L").
 */
export function koladaCountyId(municipalityCode: string): string {
  if (!/^\d{4}$/.test(municipalityCode) || municipalityCode.startsWith('00')) {
    throw new RangeError(`"${municipalityCode}" is not a four-digit municipality code`);
  }
  return `00${municipalityCode.slice(0, 2)}`;
}

const deleted = z.boolean().nullish();

const dataSchema = z.object({
  kpi: z.string(),
  municipality: z.string(),
  period: z.union([z.number().int(), z.string().regex(/^\d{4}$/)]).transform(Number),
  isdeleted: deleted,
  values: z.array(
    z.object({
      count: z.number().int().nonnegative().nullish(),
      gender: z.enum(['T', 'K', 'M']),
      status: z.string().nullish(),
      value: z.number().nullable(),
      isdeleted: deleted,
    }),
  ),
});

const pageSchema = z.object({
  values: z.array(dataSchema),
  count: z.number().int().nonnegative().optional(),
  next_url: z.string().nullish(),
  previous_url: z.string().nullish(),
  /** v2's name for next_url; see above. */
  next_page: z.string().nullish(),
});

export interface KoladaClientOptions {
  /** Injected so that tests run on recorded responses and the server can add timeouts. */
  fetch: (
    url: string,
    init?: { signal?: AbortSignal },
  ) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;
  baseUrl?: string;
  /** Stop following next_url after this many pages (a guard against loops). Default 100. */
  maxPages?: number;
  /** Ids (KPIs, municipalities, years) per request. Default and maximum 25, Kolada's limit. */
  idsPerRequest?: number;
  /** Sent as `per_page` when given; Kolada's default is 5000. */
  perPage?: number;
  signal?: AbortSignal;
}

export interface KoladaValuesQuery {
  kpis: readonly string[];
  /** Municipality codes, group ids (a group gives its unweighted average), county ids, "0000". */
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
  /** Kolada's figure for the municipality's county (municipality = koladaCountyId(code)). */
  county: KoladaValue[];
  /** Kolada's figure for the whole country (municipality = "0000", Riket). */
  country: KoladaValue[];
}

export interface KoladaClient {
  /** Values for every combination of KPI, municipality and year (all pages, all chunks). */
  fetchValues(query: KoladaValuesQuery): Promise<KoladaValue[]>;
  /**
   * Values for the unit's municipality, the municipalities of its "Liknande kommuner" group, the
   * group average, its county and the country, for comparing the unit's results.
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
const MAX_IDS = 25;

export function createKoladaClient(options: KoladaClientOptions): KoladaClient {
  const baseUrl = (options.baseUrl ?? KOLADA_API_BASE_URL).replace(/\/+$/, '');
  const base = new URL(baseUrl);
  const maxPages = options.maxPages ?? 100;
  const chunkSize = Math.min(options.idsPerRequest ?? MAX_IDS, MAX_IDS);
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError('idsPerRequest must be 1–25');

  const getPage = async (url: string) => {
    let response: Awaited<ReturnType<KoladaClientOptions['fetch']>>;
    try {
      response = await options.fetch(url, options.signal ? { signal: options.signal } : undefined);
    } catch (error) {
      throw new KoladaApiError(url, `request failed (${(error as Error).message})`);
    }
    if (!response.ok) {
      const gone = response.status === 410 ? ' (Gone: a retired API version? Use /v3)' : '';
      throw new KoladaApiError(url, `HTTP ${response.status}${gone}`, response.status);
    }
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

  /** The next page's URL, only on the API's own host (over the base URL's protocol). */
  const nextUrl = (from: string, next: string | null | undefined): string | undefined => {
    if (!next) return undefined;
    let url: URL;
    try {
      url = new URL(next, from);
    } catch {
      throw new KoladaApiError(from, `next_url "${next}" is not a URL`);
    }
    if (url.host !== base.host) throw new KoladaApiError(from, `next_url leads away from ${base.host}`);
    url.protocol = base.protocol;
    return url.toString();
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
    const perPage = options.perPage ? `?per_page=${options.perPage}` : '';
    for (const kpis of chunks([...new Set(query.kpis)], chunkSize)) {
      for (const municipalities of chunks([...new Set(query.municipalities)], chunkSize)) {
        for (const years of chunks(
          [...new Set(query.years)].sort((a, b) => a - b),
          chunkSize,
        )) {
          let url: string | undefined =
            `${baseUrl}/data/kpi/${kpis.join(',')}/municipality/${municipalities.join(',')}/year/${years.join(',')}${perPage}`;
          const visited = new Set<string>();
          while (url) {
            if (visited.has(url) || visited.size >= maxPages) {
              throw new KoladaApiError(url, `next_url loops or exceeds ${maxPages} pages`);
            }
            visited.add(url);
            const page = await getPage(url);
            for (const d of page.values) {
              if (d.isdeleted) continue;
              for (const v of d.values) {
                if (v.isdeleted) continue;
                values.push({
                  kpi: d.kpi,
                  municipality: d.municipality,
                  year: d.period,
                  gender: v.gender as KoladaGender,
                  value: v.value,
                  count: v.count ?? 1,
                  ...(v.status ? { status: v.status } : {}),
                });
              }
            }
            url = nextUrl(url, page.next_url ?? page.next_page);
          }
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
      const county = koladaCountyId(municipalityCode);
      const all = await fetchValues({
        kpis,
        years,
        municipalities: [
          municipalityCode,
          ...memberCodes,
          ...(similar ? [similar.group.id] : []),
          county,
          KOLADA_COUNTRY_ID,
        ],
      });
      const members = new Set(memberCodes);
      return {
        group: similar?.group,
        own: all.filter((v) => v.municipality === municipalityCode),
        similar: all.filter((v) => members.has(v.municipality)),
        groupAverage: all.filter((v) => v.municipality === similar?.group.id),
        county: all.filter((v) => v.municipality === county),
        country: all.filter((v) => v.municipality === KOLADA_COUNTRY_ID),
      };
    },
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
