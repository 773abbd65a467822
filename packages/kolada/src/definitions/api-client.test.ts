import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKoladaClient, type KoladaClientOptions } from './api-client.ts';
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

const PAGE_1 = 'https://api.kolada.se/v2/data/kpi/U40455,U40450/municipality/1488,1485,G37556/year/2023,2024';
const PAGE_2 = `${PAGE_1}?page=2&per_page=3`;

describe('Kolada API client', () => {
  it('builds the documented URL, follows next_page and flattens values per gender', async () => {
    const { fetch, asked } = recordedFetch({
      [PAGE_1]: fixture('data-page-1.json'),
      [PAGE_2]: fixture('data-page-2.json'),
    });
    const values = await createKoladaClient({ fetch }).fetchValues({
      kpis: ['U40455', 'U40450'],
      municipalities: ['1488', '1485', 'G37556'],
      years: [2024, 2023],
    });
    expect(asked).toEqual([PAGE_1, PAGE_2]);
    expect(values).toHaveLength(7);
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
    expect(values.find((v) => v.kpi === 'U40450' && v.municipality === '1488')).toMatchObject({
      year: 2023,
      value: 212,
    });
    expect(values.find((v) => v.kpi === 'U40450' && v.municipality === '1485')).toMatchObject({
      value: null,
      status: 'Missing',
    });
  });

  it('splits long id lists into several requests', async () => {
    const empty = { values: [], count: 0 };
    const base = 'https://example.test/v2/data/kpi';
    const { fetch, asked } = recordedFetch({
      [`${base}/U40455/municipality/1488,1485/year/2024`]: empty,
      [`${base}/U40455/municipality/1487/year/2024`]: empty,
    });
    const client = createKoladaClient({ fetch, baseUrl: 'https://example.test/v2/', idsPerRequest: 2 });
    await client.fetchValues({ kpis: ['U40455'], municipalities: ['1488', '1485', '1487'], years: [2024] });
    expect(asked).toHaveLength(2);
  });

  it('compares the municipality with its Liknande kommuner group and the group average', async () => {
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
    const { fetch } = recordedFetch({
      [PAGE_1]: fixture('data-page-1.json'),
      [PAGE_2]: fixture('data-page-2.json'),
    });
    const result = await createKoladaClient({ fetch }).fetchComparison({
      municipalityCode: '1488',
      groups,
      kpis: ['U40455', 'U40450'],
      years: [2023, 2024],
    });
    expect(result.group?.id).toBe('G37556');
    expect(result.own.every((v) => v.municipality === '1488')).toBe(true);
    expect(result.own).toHaveLength(4);
    expect(result.similar.map((v) => v.municipality)).toEqual(['1485', '1485']);
    expect(result.groupAverage).toEqual([
      { kpi: 'U40455', municipality: 'G37556', year: 2024, gender: 'T', value: 24.1, count: 6 },
    ]);
  });

  it('reports HTTP errors, answers in another format and next_page loops', async () => {
    const query = { kpis: ['U40455'], municipalities: ['1488'], years: [2024] };
    const url = 'https://api.kolada.se/v2/data/kpi/U40455/municipality/1488/year/2024';
    const failing = createKoladaClient(recordedFetch({ [url]: 500 }));
    await expect(failing.fetchValues(query)).rejects.toMatchObject({ name: 'KoladaApiError', status: 500 });
    const odd = createKoladaClient(
      recordedFetch({
        [url]: {
          values: [
            { kpi: 'U40455', municipality: '1488', period: 2024, values: [{ gender: 'X', value: 1 }] },
          ],
          count: 1,
        },
      }),
    );
    await expect(odd.fetchValues(query)).rejects.toThrow(
      /unexpected answer: values\[0\]\.values\[0\]\.gender/,
    );
    const loop = createKoladaClient(recordedFetch({ [url]: { values: [], count: 0, next_page: url } }));
    await expect(loop.fetchValues(query)).rejects.toThrow(KoladaApiError);
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
