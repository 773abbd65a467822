import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createKoladaClient,
  KOLADA_API_BASE_URL,
  KOLADA_COUNTRY_ID,
  type KoladaClientOptions,
  koladaCountyId,
} from './api-client.ts';
import { KoladaApiError } from './errors.ts';
import { parseMunicipalityGroups } from './municipality-groups.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8'));

/** A fetch that answers from recorded responses by URL and remembers what was asked. */
function recordedFetch(answers: Record<string, unknown | number>) {
  const asked: string[] = [];
  const fetch: KoladaClientOptions['fetch'] = async (url) => {
    asked.push(url);
    const answer = answers[url];
    if (answer === undefined) return { ok: false, status: 404, json: async () => ({}) };
    if (typeof answer === 'number') return { ok: false, status: answer, json: async () => ({}) };
    return { ok: true, status: 200, json: async () => answer };
  };
  return { fetch, asked };
}

// The recorded three-page answer (fixtures/README.md): five ids, two KPIs, two years, 4 per page.
const DATA = `${KOLADA_API_BASE_URL}/data/kpi/U40455,U40450/municipality/1488,1485,G37556,0014,0000/year/2023,2024`;
const PAGES = {
  [`${DATA}?per_page=4`]: fixture('data-v3-page-1.json'),
  [`${DATA}?page=2&per_page=4`]: fixture('data-v3-page-2.json'),
  [`${DATA}?page=3&per_page=4`]: fixture('data-v3-page-3.json'),
};
const QUERY = {
  kpis: ['U40455', 'U40450'],
  municipalities: ['1488', '1485', 'G37556', '0014', '0000'],
  years: [2024, 2023],
};

describe('Kolada API v3 client', () => {
  it('asks v3 for KPIs × municipalities × years, follows next_url to the last page and flattens per gender', async () => {
    const { fetch, asked } = recordedFetch(PAGES);
    const values = await createKoladaClient({ fetch, perPage: 4 }).fetchValues(QUERY);

    expect(KOLADA_API_BASE_URL).toBe('https://api.kolada.se/v3');
    expect(asked).toEqual(Object.keys(PAGES));
    // 3 + 1 + 1 + 1 on page 1, 3 on page 2 (the withdrawn one skipped), 1 on page 3.
    expect(values).toHaveLength(10);
    expect(
      values.filter((v) => v.kpi === 'U40455' && v.municipality === '1488').map((v) => [v.gender, v.value]),
    ).toEqual([
      ['K', 51.2],
      ['M', 46.9],
      ['T', 48.7],
    ]);
    expect(values.find((v) => v.municipality === 'G37556')).toMatchObject({
      count: 6,
      value: 24.1,
      year: 2024,
    });
    // `period` as a string ("2024") is read as the year.
    expect(values.find((v) => v.kpi === 'U40455' && v.municipality === '0000')).toMatchObject({
      year: 2024,
      value: 33.9,
    });
    expect(values.find((v) => v.kpi === 'U40450' && v.municipality === '1485')).toMatchObject({
      year: 2023,
      value: null,
      status: 'Missing',
    });
    // A value Kolada has withdrawn (isdeleted) is not a value.
    expect(values.some((v) => v.kpi === 'U40450' && v.municipality === '0014')).toBe(false);
    expect(values.find((v) => v.kpi === 'U40450' && v.municipality === '0000')?.value).toBe(9120);
  });

  it('without per_page leaves the page size to Kolada, and follows a relative or http next_url on its own host', async () => {
    const first = `${KOLADA_API_BASE_URL}/data/kpi/U40455/municipality/1488/year/2024`;
    const page = (value: number, next?: string) => ({
      count: 1,
      values: [{ kpi: 'U40455', municipality: '1488', period: 2024, values: [{ gender: 'T', value }] }],
      ...(next ? { next_url: next } : {}),
    });
    const { fetch, asked } = recordedFetch({
      [first]: page(1, '/v3/data/kpi/U40455/municipality/1488/year/2024?page=2'),
      [`${first}?page=2`]: page(
        2,
        `http://api.kolada.se/v3/data/kpi/U40455/municipality/1488/year/2024?page=3`,
      ),
      [`${first}?page=3`]: page(3),
    });
    const values = await createKoladaClient({ fetch }).fetchValues({
      kpis: ['U40455'],
      municipalities: ['1488'],
      years: [2024],
    });
    expect(asked).toEqual([first, `${first}?page=2`, `${first}?page=3`]);
    expect(values.map((v) => [v.value, v.count])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
  });

  it('also follows v2’s next_page, should an answer still carry it', async () => {
    const first = `${KOLADA_API_BASE_URL}/data/kpi/U40455/municipality/1488/year/2024`;
    const { fetch, asked } = recordedFetch({
      [first]: { count: 0, values: [], next_page: `${first}?page=2` },
      [`${first}?page=2`]: { count: 0, values: [] },
    });
    await createKoladaClient({ fetch }).fetchValues({
      kpis: ['U40455'],
      municipalities: ['1488'],
      years: [2024],
    });
    expect(asked).toHaveLength(2);
  });

  it('splits KPIs, municipalities and years into requests of at most 25 ids each', async () => {
    const empty = { values: [], count: 0 };
    const municipalities = Array.from({ length: 30 }, (_, i) => String(1401 + i));
    const years = Array.from({ length: 26 }, (_, i) => 2000 + i);
    const asked: string[] = [];
    const fetch: KoladaClientOptions['fetch'] = async (url) => {
      asked.push(url);
      return { ok: true, status: 200, json: async () => empty };
    };
    // 25 is the most Kolada takes, even when more is asked for.
    await createKoladaClient({ fetch, baseUrl: 'https://example.test/v3/', idsPerRequest: 50 }).fetchValues({
      kpis: ['U40455'],
      municipalities,
      years,
    });
    const segments = asked.map((url) => {
      const [, m, y] = /municipality\/([^/]+)\/year\/([^/?]+)$/.exec(url) ?? [];
      return [m!.split(',').length, y!.split(',').length];
    });
    expect(
      asked.every((url) => url.startsWith('https://example.test/v3/data/kpi/U40455/municipality/')),
    ).toBe(true);
    expect(segments).toEqual([
      [25, 25],
      [25, 1],
      [5, 25],
      [5, 1],
    ]);

    const two = recordedFetch({
      'https://example.test/v3/data/kpi/U40455/municipality/1488,1485/year/2024': empty,
      'https://example.test/v3/data/kpi/U40455/municipality/1487/year/2024': empty,
    });
    await createKoladaClient({
      fetch: two.fetch,
      baseUrl: 'https://example.test/v3',
      idsPerRequest: 2,
    }).fetchValues({
      kpis: ['U40455'],
      municipalities: ['1488', '1485', '1487'],
      years: [2024],
    });
    expect(two.asked).toHaveLength(2);
  });

  it('compares the municipality with its Liknande kommuner group, the group average, its county and the country', async () => {
    const groups = parseMunicipalityGroups([
      {
        id: 'G37556',
        title: 'Liknande kommuner, övergripande, Trollhättan, 2021',
        members: [{ id: '1485', name: 'Uddevalla' }],
      },
      {
        id: 'G1',
        title: 'Liknande kommuner, övergripande, Uddevalla, 2021',
        members: [{ id: '1488', name: 'Trollhättan' }],
      },
    ]);
    const { fetch, asked } = recordedFetch(PAGES);
    const result = await createKoladaClient({ fetch, perPage: 4 }).fetchComparison({
      municipalityCode: '1488',
      groups,
      kpis: ['U40455', 'U40450'],
      years: [2023, 2024],
    });
    expect(asked[0]).toBe(`${DATA}?per_page=4`);
    expect(result.group?.id).toBe('G37556');
    expect(result.own.every((v) => v.municipality === '1488')).toBe(true);
    expect(result.own).toHaveLength(4);
    expect(result.similar.map((v) => v.municipality)).toEqual(['1485', '1485']);
    expect(result.groupAverage).toEqual([
      { kpi: 'U40455', municipality: 'G37556', year: 2024, gender: 'T', value: 24.1, count: 6 },
    ]);
    expect(result.county.map((v) => [v.kpi, v.municipality, v.year, v.value])).toEqual([
      ['U40455', '0014', 2024, 31.5],
    ]);
    expect(result.country.map((v) => [v.kpi, v.year, v.value])).toEqual([
      ['U40455', 2024, 33.9],
      ['U40450', 2023, 9120],
    ]);
  });

  it('gives each municipality its county id and Sweden "0000"', () => {
    expect(koladaCountyId('1488')).toBe('0014');
    expect(koladaCountyId('0180')).toBe('0001');
    expect(KOLADA_COUNTRY_ID).toBe('0000');
    expect(() => koladaCountyId('0014')).toThrow(RangeError);
    expect(() => koladaCountyId('G37556')).toThrow(RangeError);
  });

  it('reports HTTP errors, answers in another format, next_url loops and next_url to another host as KoladaApiError', async () => {
    const query = { kpis: ['U40455'], municipalities: ['1488'], years: [2024] };
    const url = `${KOLADA_API_BASE_URL}/data/kpi/U40455/municipality/1488/year/2024`;
    const fails = (answer: unknown) =>
      createKoladaClient(recordedFetch({ [url]: answer })).fetchValues(query);

    await expect(fails(500)).rejects.toMatchObject({ name: 'KoladaApiError', status: 500, url });
    const v2 = createKoladaClient({
      ...recordedFetch({ 'https://api.kolada.se/v2/data/kpi/U40455/municipality/1488/year/2024': 410 }),
      baseUrl: 'https://api.kolada.se/v2',
    });
    await expect(v2.fetchValues(query)).rejects.toThrow(
      /HTTP 410 \(Gone: a retired API version\? Use \/v3\)/,
    );

    const value = { kpi: 'U40455', municipality: '1488', period: 2024 };
    await expect(
      fails({ values: [{ ...value, values: [{ gender: 'X', value: 1 }] }], count: 1 }),
    ).rejects.toThrow(
      new KoladaApiError(
        url,
        'unexpected answer: values[0].values[0].gender: Invalid option: expected one of "T"|"K"|"M"',
        200,
      ),
    );
    await expect(fails({ results: [] })).rejects.toThrow(/unexpected answer: values: /);
    await expect(fails({ values: [{ ...value, period: 'förra året', values: [] }] })).rejects.toThrow(
      /unexpected answer: values\[0\]\.period/,
    );
    await expect(fails({ values: [], next_url: 42 })).rejects.toThrow(/unexpected answer: next_url/);
    await expect(fails({ values: [], next_url: url })).rejects.toThrow(/next_url loops or exceeds 100 pages/);
    await expect(fails({ values: [], next_url: 'https://evil.example/v3/data' })).rejects.toThrow(
      /next_url leads away from api\.kolada\.se/,
    );
    const notJson = createKoladaClient({
      fetch: async () => ({
        ok: true,
        status: 200,
        json: async () => {
          throw new SyntaxError('Unexpected token <');
        },
      }),
    });
    await expect(notJson.fetchValues(query)).rejects.toThrow(/the answer is not JSON/);
    const offline = createKoladaClient({
      fetch: async () => {
        throw new Error('getaddrinfo ENOTFOUND');
      },
    });
    await expect(offline.fetchValues(query)).rejects.toThrow(/request failed \(getaddrinfo ENOTFOUND\)/);
  });

  it('refuses ids that would make a wrong URL, and asks nothing for an empty query', async () => {
    const { fetch, asked } = recordedFetch({});
    const client = createKoladaClient({ fetch });
    await expect(
      client.fetchValues({ kpis: ['U40455/../x'], municipalities: ['1488'], years: [2024] }),
    ).rejects.toThrow(RangeError);
    await expect(
      client.fetchValues({ kpis: ['U40455'], municipalities: ['148'], years: [2024] }),
    ).rejects.toThrow(/municipality "148"/);
    expect(await client.fetchValues({ kpis: [], municipalities: ['1488'], years: [2024] })).toEqual([]);
    expect(asked).toEqual([]);
  });
});
