import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultGeography, distanceKm, GeoFormatError } from '@arbetsbro/geo';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, rowsOf } from '../../db/client.ts';
import {
  type ApiClient,
  anonymousClient,
  createStaff,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';
import { systemActor } from '../auth/index.ts';
import { loadReferenceData } from '../reference/index.ts';
import { importGeography } from './import-geography.ts';
import { readGeographyDir } from './read-geography-dir.ts';

// Hand-written CSVs in the SCB-derived formats (two counties, three municipalities).
const files = (
  postal = ['46130,Trollhättan,1488,Trollhättans kommun', '41101,Göteborg,1480,Göteborgs kommun'],
) => ({
  'counties.csv':
    'county_code,county_name,county_name_short\n14,Västra Götalands län,Västra Götaland\n01,Stockholms län,Stockholm\n',
  'municipalities.csv':
    'municipality_code,municipality_name,municipality_name_short,county_code\n' +
    '1488,Trollhättans kommun,Trollhättan,14\n1480,Göteborgs kommun,Göteborg,14\n0180,Stockholms kommun,Stockholm,01\n',
  'kommuner.csv':
    'code,name,region,population,area,land,sea,ocean,density,bounds_ne_lat_google_2015_05_28,bounds_ne_lng_google_2015_05_28,bounds_sw_lat_google_2015_05_28,bounds_sw_lng_google_2015_05_28,location_lat_google_2015_05_28,location_lng_google_2015_05_28\n' +
    '1488,Trollhättans kommun,Västra Götalands län,59000,,,,,,,,,,58.2837,12.2886\n' +
    '1480,Göteborgs kommun,Västra Götalands län,590000,,,,,,,,,,57.7089,11.9746\n' +
    '0180,Stockholms kommun,Stockholms län,980000,,,,,,,,,,59.3293,18.0686\n',
  'postal_to_municipality.csv': `postal_code,locality,municipality_code,municipality_name\n${postal.join('\n')}\n`,
});

function writeDir(content: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'arbetsbro-geo-'));
  for (const [name, text] of Object.entries(content)) writeFileSync(join(dir, name), text);
  return dir;
}

async function checksum(db: Db) {
  const out: Record<string, unknown> = {};
  for (const table of ['geo_county', 'geo_municipality', 'geo_postcode']) {
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
let coach: ApiClient;
beforeAll(async () => {
  t = await createTestContext();
  await createStaff(t, 'coach', 'coach');
  coach = await loginAs(t, 'coach');
});
afterAll(() => t.close());
const cli = () => systemActor('1488', 'test');

describe('before any import: the built-in demo geography', () => {
  it('lists its municipalities, and anonymous callers get 401', async () => {
    expect((await anonymousClient(t).get('/api/reference/municipalities')).status).toBe(401);
    expect(
      (await anonymousClient(t).post('/api/reference/distance', { from: '1488', to: '1480' })).status,
    ).toBe(401);
    const body = await json(await coach.get('/api/reference/municipalities'));
    expect(body.source).toBe('default');
    expect(body.municipalities).toHaveLength(defaultGeography().municipalities.length);
    expect(body.municipalities.find((m: { code: string }) => m.code === '1488')).toMatchObject({
      name: 'Trollhättan',
      county: { code: '14' },
    });
  });

  it('the employers’ form gets code, name and county without login — and nothing more', async () => {
    const res = await anonymousClient(t).get('/api/public/municipalities');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.municipalities).toHaveLength(defaultGeography().municipalities.length);
    const trollhattan = body.municipalities.find((m: { code: string }) => m.code === '1488');
    expect(trollhattan).toEqual({
      code: '1488',
      name: 'Trollhättan',
      county: expect.stringMatching(/Västra Götaland/),
    });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('estimates a commute from a postal code to a municipality by their centroids', async () => {
    const res = await coach.post('/api/reference/distance', { from: '461 30', to: '1480' });
    expect(res.status).toBe(200);
    const body = await json(res);
    const g = defaultGeography();
    const expected = distanceKm(g.municipality('1488')!.centroid!, g.municipality('1480')!.centroid!);
    expect(body.straightKm).toBeCloseTo(expected, 0);
    expect(body.roadKm).toBeGreaterThan(body.straightKm);
    expect(body.from).toMatchObject({ kind: 'postalCode', municipality: { code: '1488' } });
    expect(body.to).toMatchObject({ kind: 'municipality', municipality: { code: '1480', name: 'Göteborg' } });

    const same = await json(await coach.post('/api/reference/distance', { from: '1488', to: '1488' }));
    expect(same.straightKm).toBe(0);
  });

  it('answers an unknown place with 400, without repeating it', async () => {
    const res = await coach.post('/api/reference/distance', { from: '99999', to: '1480' });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(JSON.stringify(body)).not.toContain('99999');
    expect(body.errors).toEqual([{ path: 'from', message: expect.any(String) }]);
    expect((await coach.post('/api/reference/distance', { from: '', to: '1480' })).status).toBe(400);
  });
});

describe('geo import', () => {
  it('imports, puts the geography in force at once, and a second import changes nothing', async () => {
    const dir = writeDir(files());
    const first = await importGeography(t, cli(), await readGeographyDir(dir));
    expect(first).toMatchObject({ counties: 2, municipalities: 3, postalCodes: 2, unchanged: false });

    const body = await json(await coach.get('/api/reference/municipalities'));
    expect(body.source).toBe('csv');
    expect(body.postalCodeCount).toBe(2);
    expect(body.municipalities.map((m: { name: string }) => m.name)).toEqual([
      'Göteborg',
      'Stockholm',
      'Trollhättan',
    ]);
    expect(body.municipalities[1]).toMatchObject({ county: { name: 'Stockholms län' }, population: 980000 });

    const before = await checksum(t.db);
    const again = await importGeography(t, cli(), await readGeographyDir(dir));
    expect(again.unchanged).toBe(true);
    expect(await checksum(t.db)).toEqual(before);

    // What a server start reads back.
    const restarted = (await loadReferenceData(t.db)).geography();
    expect(restarted.source).toBe('csv');
    expect(restarted.postalCode('46130')?.municipality.code).toBe('1488');
    expect(restarted.distanceKm({ postalCode: '46130' }, { municipalityCode: '0180' })).toBeCloseTo(
      distanceKm({ lat: 58.2837, lng: 12.2886 }, { lat: 59.3293, lng: 18.0686 }),
      6,
    );
  });

  it('follows a newer file’s postal codes, keeps municipalities', async () => {
    const report = await importGeography(
      t,
      cli(),
      await readGeographyDir(writeDir(files(['46131,Trollhättan,1488,Trollhättans kommun']))),
    );
    expect(report.changes.postalCodes).toEqual({ added: 1, changed: 0, removed: 2 });
    const geography = t.reference.geography();
    expect(geography.postalCode('46131')?.exact).toBe(true);
    expect(geography.postalCode('41101')?.exact).not.toBe(true);
    expect(geography.municipality('1480')).toBeDefined();
  });

  it('rejects a malformed file with its name and line', async () => {
    const broken = files();
    broken['municipalities.csv'] += '12,Felkommun,Fel,14\n';
    const error = await readGeographyDir(writeDir(broken)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeoFormatError);
    expect((error as GeoFormatError).file).toBe('municipalities.csv');
    expect((error as Error).message).toMatch(/line 5/);

    const missing: Record<string, string> = files();
    delete missing['kommuner.csv'];
    await expect(readGeographyDir(writeDir(missing))).rejects.toThrow(/kommuner\.csv/);
  });
});

const sharedGeo = resolve(import.meta.dirname, '../../../../..', '../shared/data/geo');
describe.skipIf(!existsSync(sharedGeo))('geo import of the real SCB-derived files', () => {
  it('imports 290 municipalities with centroids and every postal code', async () => {
    const s = await createTestContext();
    try {
      const report = await importGeography(s, cli(), await readGeographyDir(sharedGeo));
      expect(report.municipalities).toBe(290);
      expect(report.counties).toBe(21);
      expect(report.postalCodes).toBeGreaterThan(15_000);
      const geography = s.reference.geography();
      expect(geography.municipalities.every((m) => m.centroid)).toBe(true);
      expect(geography.postalCode('46130')?.municipality.code).toBe('1488');
      expect((await importGeography(s, cli(), await readGeographyDir(sharedGeo))).unchanged).toBe(true);
    } finally {
      await s.close();
    }
  }, 120_000);
});
