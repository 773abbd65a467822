import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createKoladaClient,
  KoladaFormatError,
  loadKoladaDefinitionsFromDir,
  parseKoladaValuesCsv,
} from '@arbetsbro/kolada';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, rowsOf } from '../../db/client.ts';
import {
  anonymousClient,
  createStaff,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';
import { systemActor } from '../auth/index.ts';
import { fetchKoladaValues } from './fetch-kolada-values.ts';
import { importKoladaDefinitions } from './import-kolada-definitions.ts';
import { importKoladaValues } from './import-kolada-values.ts';
import { koladaRepository } from './kolada.repository.ts';
import { COMPARISON_ROLES, ComparisonResponse } from './kolada.schemas.ts';

// Hand-written definitions in Kolada's metadata format (titles and ids are real, numbers are not).
const kpi = (id: string, title: string) => ({
  auspices: 'X',
  description: `${title}. Källa: test.`,
  has_ou_data: 0,
  id,
  is_divided_by_gender: 1,
  municipality_type: 'K',
  operating_area: 'Arbetsmarknadsåtgärder,Kommunal verksamhet',
  ou_publication_date: null,
  perspective: 'Kvalitet och resultat',
  prel_publication_date: null,
  publ_period: '2024',
  publication_date: '2025-04-01',
  title,
});
const group = (id: string, title: string, members: Array<[string, string]>) => ({
  id,
  title,
  members: members.map(([code, name]) => ({ id: code, name })),
});
const TROLLHATTAN_GROUP = group('G37556', 'Liknande kommuner, övergripande, Trollhättan, 2021', [
  ['1485', 'Uddevalla'],
  ['0381', 'Enköping'],
]);
function definitionsDir(
  groups = [TROLLHATTAN_GROUP, group('G1', 'Nätverk (ovägt medel)', [['1488', 'Trollhättan']])],
) {
  const dir = mkdtempSync(join(tmpdir(), 'arbetsbro-kolada-'));
  writeFileSync(
    join(dir, 'kpis-labour-market.json'),
    JSON.stringify([
      kpi('U40455', 'Deltagare som börjat arbeta eller studera, andel (%)'),
      kpi('U40450', 'Deltagare som börjat arbeta, antal'),
    ]),
  );
  writeFileSync(join(dir, 'municipality-groups.json'), JSON.stringify(groups));
  return dir;
}

async function checksum(db: Db) {
  const out: Record<string, unknown> = {};
  for (const table of [
    'kolada_kpi',
    'kolada_municipality_group',
    'kolada_municipality_group_member',
    'kolada_kpi_value',
  ]) {
    out[table] = rowsOf(
      await db.execute(
        sql.raw(
          `select count(*)::int as rows, md5(string_agg(t::text, '|' order by t::text)) as md5 from ${table} t`,
        ),
      ),
    )[0];
  }
  return out;
}

let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
});
afterEach(() => t.close());
const cli = () => systemActor('1488', 'test');

describe('kolada import-definitions', () => {
  it('stores KPIs and groups; the same files twice change nothing; a changed group is rewritten', async () => {
    const first = await importKoladaDefinitions(
      t,
      cli(),
      await loadKoladaDefinitionsFromDir(definitionsDir()),
    );
    expect(first).toMatchObject({ kpis: 2, groups: 2, unchanged: false });
    const stored = await koladaRepository.findKpi(t.db, 'U40455');
    expect(stored).toMatchObject({
      operatingAreas: ['Arbetsmarknadsåtgärder', 'Kommunal verksamhet'],
      isDividedByGender: true,
      publPeriod: '2024',
    });

    const before = await checksum(t.db);
    const again = await importKoladaDefinitions(
      t,
      cli(),
      await loadKoladaDefinitionsFromDir(definitionsDir()),
    );
    expect(again.unchanged).toBe(true);
    expect(await checksum(t.db)).toEqual(before);

    const changed = await importKoladaDefinitions(
      t,
      cli(),
      await loadKoladaDefinitionsFromDir(
        definitionsDir([group(TROLLHATTAN_GROUP.id, TROLLHATTAN_GROUP.title, [['1485', 'Uddevalla']])]),
      ),
    );
    expect(changed.changes.groups).toEqual({ added: 0, changed: 1 });
    const { groups, members } = await koladaRepository.allGroups(t.db);
    expect(groups).toHaveLength(2); // the group missing from the newer file is kept
    expect(members.filter((m) => m.groupId === 'G37556').map((m) => m.municipalityCode)).toEqual(['1485']);
  });

  it('rejects a malformed file with its name, before anything is written', async () => {
    const dir = definitionsDir();
    writeFileSync(
      join(dir, 'municipality-groups.json'),
      JSON.stringify([{ id: 'x', title: '', members: [] }]),
    );
    const error = await loadKoladaDefinitionsFromDir(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KoladaFormatError);
    expect((error as KoladaFormatError).file).toBe('municipality-groups.json');
  });
});

describe('kolada import-values (CSV, for installations without internet)', () => {
  it('stores values, rewrites nothing on a second import and updates a changed value', async () => {
    const csv =
      'kpi,municipality,year,gender,value\nU40455,1488,2024,T,48.5\nU40455,1488,2023,T,\nU40455,G37556,2024,T,31.2\n';
    const first = await importKoladaValues(t, cli(), parseKoladaValuesCsv(csv), 'csv');
    expect(first).toMatchObject({
      values: 3,
      written: 3,
      municipalities: ['1488', 'G37556'],
      years: [2023, 2024],
    });
    const before = await checksum(t.db);
    expect((await importKoladaValues(t, cli(), parseKoladaValuesCsv(csv), 'csv')).written).toBe(0);
    expect(await checksum(t.db)).toEqual(before);

    const update = await importKoladaValues(
      t,
      cli(),
      parseKoladaValuesCsv('kpi,municipality,year,gender,value\nU40455,1488,2023,T,44.0\n'),
      'csv',
    );
    expect(update.written).toBe(1);
    const rows = await koladaRepository.values(t.db, { kpiIds: ['U40455'], municipalityCodes: ['1488'] });
    expect(rows.map((r) => [r.period, r.value])).toEqual([
      [2023, 44],
      [2024, 48.5],
    ]);
  });
});

describe('kolada fetch (Kolada API v3, recorded responses)', () => {
  /**
   * Answers in the v3 format (`{ values, count, next_url, previous_url }`, see the header of
   * packages/kolada/src/definitions/api-client.ts), over three pages; records every URL asked for.
   */
  function recordedKolada() {
    const urls: string[] = [];
    const data = (municipality: string, value: number, count = 1) => ({
      kpi: 'U40455',
      municipality,
      period: 2024,
      values: [{ count, gender: 'T', status: '', value }],
    });
    const pages = new Map<string, { values: unknown[]; next?: string }>();
    const fetch = async (url: string) => {
      urls.push(url);
      if (urls.length === 1) {
        // The first request decides the pages: what was asked for, two items a page.
        const asked = url.split('/municipality/')[1]!.split('/')[0]!.split(',');
        const known: Record<string, ReturnType<typeof data>> = {
          '1488': data('1488', 48.7),
          '1485': data('1485', 39.0),
          '0381': data('0381', 44.0),
          G37556: data('G37556', 41.5, 2),
          '0014': data('0014', 40.2),
          '0000': data('0000', 37.9),
        };
        const items = asked.map((id) => known[id]).filter((d) => d !== undefined);
        for (let i = 0; i < items.length; i += 2) {
          const page = i === 0 ? url : `${url}?page=${i / 2 + 1}&per_page=2`;
          const next = i + 2 < items.length ? `${url}?page=${i / 2 + 2}&per_page=2` : undefined;
          pages.set(page, { values: items.slice(i, i + 2), ...(next ? { next } : {}) });
        }
      }
      const page = pages.get(url);
      const body = page
        ? { count: page.values.length, values: page.values, next_url: page.next ?? null, previous_url: null }
        : { count: 0, values: [], next_url: null, previous_url: null };
      return { ok: true, status: 200, json: async () => body };
    };
    return { urls, client: createKoladaClient({ fetch }) };
  }

  it('fetches the municipality, its "Liknande kommuner" members, the group average, the county and the country, and stores them', async () => {
    await importKoladaDefinitions(t, cli(), await loadKoladaDefinitionsFromDir(definitionsDir()));
    const { urls, client } = recordedKolada();
    const report = await fetchKoladaValues(t, cli(), { client, kpis: ['U40455'], years: [2024] });

    expect(urls[0]).toMatch(
      /^https:\/\/api\.kolada\.se\/v3\/data\/kpi\/U40455\/municipality\/[^/]+\/year\/2024$/,
    );
    const asked = urls[0]!.split('/municipality/')[1]!.split('/')[0]!.split(',');
    expect(asked.sort()).toEqual(['0000', '0014', '0381', '1485', '1488', 'G37556']);
    expect(urls).toHaveLength(3); // next_url followed over three pages
    expect(report.group).toEqual({ id: 'G37556', title: TROLLHATTAN_GROUP.title, members: 2 });
    expect(report).toMatchObject({ values: 6, written: 6, county: '0014', country: '0000' });

    const rows = await koladaRepository.values(t.db, {
      kpiIds: ['U40455'],
      municipalityCodes: ['1488', '1485', '0381', 'G37556', '0014', '0000'],
    });
    expect(rows.map((r) => [r.municipalityCode, r.value, r.count, r.source])).toEqual([
      ['0000', 37.9, 1, 'api'],
      ['0014', 40.2, 1, 'api'],
      ['0381', 44, 1, 'api'],
      ['1485', 39, 1, 'api'],
      ['1488', 48.7, 1, 'api'],
      ['G37556', 41.5, 2, 'api'],
    ]);
  });

  it('without imported groups, fetches the own municipality, its county and the country', async () => {
    const { urls, client } = recordedKolada();
    const report = await fetchKoladaValues(t, cli(), { client, kpis: ['U40455'], years: [2024] });
    expect(report.group).toBeNull();
    expect(urls[0]).toContain('/v3/data/kpi/U40455/municipality/1488,0014,0000/year/2024');
    expect(report).toMatchObject({ values: 3, municipalities: ['0000', '0014', '1488'] });
  });

  it('stops on an answer that is not in the v3 format and stores nothing', async () => {
    const client = createKoladaClient({
      fetch: async () => ({ ok: true, status: 200, json: async () => ({ rows: [] }) }),
    });
    await expect(
      fetchKoladaValues(t, cli(), { client, kpis: ['U40455'], years: [2024] }),
    ).rejects.toMatchObject({
      name: 'KoladaApiError',
      message: expect.stringMatching(/unexpected answer: values/),
    });
    expect((await koladaRepository.counts(t.db)).values).toBe(0);
  });
});

describe('GET /api/reference/kolada/comparison', () => {
  type Series = {
    municipalityCode: string;
    name: string;
    role: string;
    source: string;
    year: number | null;
    values: Array<{
      year: number;
      gender: string;
      value: number | null;
      count: number | null;
      source: string;
    }>;
  };
  const csv = (lines: string[]) =>
    parseKoladaValuesCsv(`kpi,municipality,year,gender,value\n${lines.join('\n')}\n`);

  it('gives the municipality, its similar municipalities, the group average, the county and Riket; staff only', async () => {
    await importKoladaDefinitions(t, cli(), await loadKoladaDefinitionsFromDir(definitionsDir()));
    await importKoladaValues(
      t,
      cli(),
      csv([
        'U40455,1488,2024,T,48.7',
        'U40455,1485,2024,T,39',
        'U40455,G37556,2024,T,41.5',
        'U40455,0014,2023,T,36.2',
        'U40455,0014,2024,T,40.2',
        'U40455,0000,2024,T,37.9',
        'U40455,0000,2025,T,',
        // Not part of the comparison: Stockholm, Stockholms län, another group, another KPI.
        'U40455,0180,2024,T,12',
        'U40455,0001,2024,T,30.1',
        'U40455,G1,2024,T,55',
        'U40450,0000,2024,T,9120',
      ]),
      'csv',
    );
    expect((await anonymousClient(t).get('/api/reference/kolada/comparison?kpi=U40455')).status).toBe(401);
    await createStaff(t, 'chef', 'manager');
    const manager = await loginAs(t, 'chef');
    expect((await manager.get('/api/reference/kolada/comparison?kpi=nej')).status).toBe(400);
    const response = await manager.get('/api/reference/kolada/comparison?kpi=U40455');
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.kpi.title).toMatch(/börjat arbeta eller studera/);
    expect(body.group).toEqual({ id: 'G37556', title: TROLLHATTAN_GROUP.title });
    expect(body.source).toBe('Källa: Kolada');
    const byCode = Object.fromEntries(
      (body.series as Series[]).map((s) => [
        s.municipalityCode,
        [s.role, s.name, s.values.map((v) => v.value)],
      ]),
    );
    expect(byCode).toEqual({
      '1488': ['own', 'Trollhättan', [48.7]],
      '1485': ['similar', 'Uddevalla', [39]],
      '0381': ['similar', 'Enköping', []],
      G37556: ['groupAverage', TROLLHATTAN_GROUP.title, [41.5]],
      '0014': ['county', 'Västra Götalands län', [36.2, 40.2]],
      '0000': ['country', 'Riket', [37.9, null]],
    });

    const county = (body.series as Series[]).find((s) => s.role === 'county')!;
    expect(county).toEqual({
      municipalityCode: '0014',
      name: 'Västra Götalands län',
      role: 'county',
      source: 'Kolada',
      year: 2024,
      values: [
        { year: 2023, gender: 'T', value: 36.2, count: 1, source: 'Kolada' },
        { year: 2024, gender: 'T', value: 40.2, count: 1, source: 'Kolada' },
      ],
    });
    // A series' year is the latest year with a value: Riket's 2025 row has none yet.
    const country = (body.series as Series[]).find((s) => s.role === 'country')!;
    expect([country.source, country.year]).toEqual(['Kolada', 2024]);
    expect(country.values.map((v) => [v.year, v.source])).toEqual([
      [2024, 'Kolada'],
      [2025, 'Kolada'],
    ]);
    expect((body.series as Series[]).find((s) => s.municipalityCode === '0381')?.year).toBeNull();
    expect((body.series as Series[]).every((s) => s.source === 'Kolada')).toBe(true);
  });

  it('leaks no role and no field beyond the documented ones, and without groups keeps the municipality, county and Riket', async () => {
    await importKoladaValues(
      t,
      cli(),
      csv([
        'U40455,1488,2024,T,48.7',
        'U40455,0014,2024,T,40.2',
        'U40455,G37556,2024,T,41.5',
        'U40455,0180,2024,T,12',
      ]),
      'csv',
    );
    await createStaff(t, 'coach', 'coach');
    const coach = await loginAs(t, 'coach');
    const body = await json(await coach.get('/api/reference/kolada/comparison?kpi=U40455'));

    expect(body.group).toBeNull();
    expect((body.series as Series[]).map((s) => [s.role, s.municipalityCode, s.year])).toEqual([
      ['own', '1488', 2024],
      ['county', '0014', 2024],
      ['country', '0000', null],
    ]);
    // Exactly the documented shape: nothing stored about other municipalities or groups, and no
    // role or field the OpenAPI document (and so the web client's types) does not name.
    expect(ComparisonResponse.strict().safeParse(body).success).toBe(true);
    for (const s of body.series as Series[]) {
      expect(COMPARISON_ROLES).toContain(s.role);
      expect(Object.keys(s).sort()).toEqual(['municipalityCode', 'name', 'role', 'source', 'values', 'year']);
      for (const v of s.values)
        expect(Object.keys(v).sort()).toEqual(['count', 'gender', 'source', 'value', 'year']);
    }
    expect(JSON.stringify(body)).not.toContain('G37556');
    expect(JSON.stringify(body)).not.toContain('0180');
  });
});

const sharedKolada = resolve(import.meta.dirname, '../../../../..', '../shared/data/kolada');
describe.skipIf(!existsSync(sharedKolada))('kolada import-definitions of the real Kolada metadata', () => {
  it('imports the 413 labour-market KPIs and finds Trollhättan’s comparison group', async () => {
    const definitions = await loadKoladaDefinitionsFromDir(sharedKolada);
    const report = await importKoladaDefinitions(t, cli(), definitions);
    expect(report.kpis).toBe(413);
    expect(await koladaRepository.findKpi(t.db, 'U40455')).not.toBeNull();
    expect((await koladaRepository.allGroups(t.db)).groups.some((g) => g.id === 'G37556')).toBe(true);
    expect((await importKoladaDefinitions(t, cli(), definitions)).unchanged).toBe(true);
  }, 120_000);
});
