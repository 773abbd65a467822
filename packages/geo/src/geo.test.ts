import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewCentroids } from './centroid-review.ts';
import { defaultGeography } from './default-geography.ts';
import { distanceKm } from './distance.ts';
import { GeoFormatError } from './errors.ts';
import { buildGeography, type Geography } from './geography.ts';
import { loadGeographyFromDir } from './load-geography.ts';
import type { LatLng } from './model.ts';
import {
  normalizePostalCode,
  parseCountiesCsv,
  parseKommunerCsv,
  parseMunicipalitiesCsv,
  parsePostalCodesCsv,
} from './parse-csv.ts';

const latLng = fc.record({
  lat: fc.double({ min: 55, max: 69, noNaN: true }),
  lng: fc.double({ min: 11, max: 24, noNaN: true }),
});

describe('distanceKm', () => {
  it('matches known straight-line distances', () => {
    const stockholm = { lat: 59.3293, lng: 18.0686 };
    const goteborg = { lat: 57.7089, lng: 11.9746 };
    expect(distanceKm(stockholm, goteborg)).toBeCloseTo(398, -1);
    expect(distanceKm(stockholm, stockholm)).toBe(0);
  });

  it('is symmetric, non-negative and obeys the triangle inequality (property)', () => {
    fc.assert(
      fc.property(latLng, latLng, latLng, (a: LatLng, b: LatLng, c: LatLng) => {
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
        expect(distanceKm(a, b)).toBeGreaterThanOrEqual(0);
        expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-9);
      }),
    );
  });
});

describe('CSV parsers', () => {
  it('reads the four formats, with BOM, quotes and spaces', () => {
    expect(
      parseCountiesCsv(
        '\uFEFFcounty_code,county_name,county_name_short\n14,Västra Götalands län,Västra Götaland\n',
      ),
    ).toEqual([{ code: '14', name: 'Västra Götalands län', shortName: 'Västra Götaland' }]);
    expect(
      parseMunicipalitiesCsv(
        'municipality_code,municipality_name,municipality_name_short,county_code\n1488,"Trollhättans kommun",Trollhättan,14\n',
      ),
    ).toEqual([{ code: '1488', name: 'Trollhättans kommun', shortName: 'Trollhättan', countyCode: '14' }]);
    const kommuner = parseKommunerCsv(
      'code,name,region,population,area,location_lat_google_2015_05_28,location_lng_google_2015_05_28\n' +
        '1488,Trollhättans kommun,Västra Götalands län,58000,427.71,58.28,12.29\n1487,Vänersborgs kommun,Västra Götalands län,,,,\n',
    );
    expect(kommuner[0]).toEqual({
      code: '1488',
      name: 'Trollhättans kommun',
      region: 'Västra Götalands län',
      population: 58000,
      areaKm2: 427.71,
      centroid: { lat: 58.28, lng: 12.29 },
    });
    expect(kommuner[1]?.centroid).toBeUndefined();
    expect(
      parsePostalCodesCsv(
        'postal_code,locality,municipality_code,municipality_name\n461 30,Trollhättan,1488,Trollhättans kommun\n',
      ),
    ).toEqual([{ postalCode: '46130', locality: 'Trollhättan', municipalityCode: '1488' }]);
  });

  it('names the file, the line and the problem', () => {
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(GeoFormatError);
        return (e as Error).message;
      }
      throw new Error('expected an error');
    };
    expect(
      err(() =>
        parseMunicipalitiesCsv(
          'municipality_code,municipality_name,county_code\n1488,Trollhättan,14\n148,Fel,14\n',
        ),
      ),
    ).toBe('municipalities.csv, line 3: municipality_code "148" is not 4 digits');
    expect(err(() => parseMunicipalitiesCsv('municipality_code,county_code\n1488,14\n'))).toBe(
      'municipalities.csv, line 1: missing column(s) municipality_name',
    );
    expect(
      err(() =>
        parseMunicipalitiesCsv('municipality_code,municipality_name,county_code\n1488,Trollhättan,13\n'),
      ),
    ).toMatch(/line 2: municipality 1488 is not in county 13/);
    expect(
      err(() =>
        parseKommunerCsv(
          'code,name,region,location_lat_google_2015_05_28,location_lng_google_2015_05_28\n1488,T,V,48.8,2.3\n',
        ),
      ),
    ).toMatch(/^kommuner\.csv, line 2: centroid 48\.8,2\.3 is not in Sweden/);
    expect(err(() => parsePostalCodesCsv('postal_code,municipality_code\n"461 30,1488\n', 'p.csv'))).toMatch(
      /^p\.csv: not valid CSV/,
    );
  });
});

describe('normalizePostalCode', () => {
  it('accepts the ways people write a postal code (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10000, max: 99999 }),
        fc.constantFrom('', 'SE-', 'se ', ' '),
        fc.boolean(),
        (n, prefix, spaced) => {
          const digits = String(n);
          const written = prefix + (spaced ? `${digits.slice(0, 3)} ${digits.slice(3)}` : digits);
          expect(normalizePostalCode(written)).toBe(digits);
        },
      ),
    );
    expect(normalizePostalCode('0461 3')).toBeUndefined();
    expect(normalizePostalCode('4613')).toBeUndefined();
  });
});

describe('buildGeography', () => {
  const input = () => ({
    source: 'csv' as const,
    counties: [{ code: '14', name: 'Västra Götalands län', shortName: 'Västra Götaland' }],
    municipalities: [
      { code: '1488', name: 'Trollhättans kommun', shortName: 'Trollhättan', countyCode: '14' },
      { code: '1487', name: 'Vänersborgs kommun', shortName: 'Vänersborg', countyCode: '14' },
    ],
    kommuner: [
      {
        code: '1488',
        name: 'Trollhättans kommun',
        region: 'x',
        population: 1,
        centroid: { lat: 58.28, lng: 12.29 },
      },
    ],
    postalCodes: [
      { postalCode: '46130', locality: 'Trollhättan', municipalityCode: '1488' },
      { postalCode: '46131', locality: 'Trollhättan', municipalityCode: '1488' },
    ],
  });

  it('looks up municipalities by code, name and postal code (exact, then by prefix)', () => {
    const g = buildGeography(input());
    expect(g.municipality('1488')?.population).toBe(1);
    expect(g.municipalityByName('trollhattans kommun')?.code).toBe('1488');
    expect(g.municipalityByName('Vänersborg')?.code).toBe('1487');
    expect(g.postalCode('461 30')).toMatchObject({
      locality: 'Trollhättan',
      exact: true,
      municipality: { code: '1488' },
    });
    expect(g.postalCode('46199')).toMatchObject({ exact: false, municipality: { code: '1488' } });
    expect(g.postalCode('99999')).toBeUndefined();
    expect(g.county('14')?.shortName).toBe('Västra Götaland');
  });

  it('gives no distance for a place it cannot locate', () => {
    const g = buildGeography(input());
    expect(g.distanceKm({ postalCode: '46130' }, { municipalityCode: '1488' })).toBe(0);
    expect(g.distanceKm({ municipalityCode: '1488' }, { municipalityCode: '1487' })).toBeUndefined();
    expect(g.municipalitiesWithin({ municipalityCode: '1487' }, 50)).toEqual([]);
  });

  it('reviews kommuner centroids unless told not to', () => {
    const wrongKungalv = {
      code: '1482',
      name: 'Kungälvs kommun',
      region: 'x',
      centroid: { lat: 58.277, lng: 12.26 },
    };
    const base = {
      ...input(),
      municipalities: [
        ...input().municipalities,
        { code: '1482', name: 'Kungälvs kommun', shortName: 'Kungälv', countyCode: '14' },
      ],
    };
    const reviewed = buildGeography({ ...base, kommuner: [wrongKungalv] });
    expect(reviewed.distanceKm({ municipalityCode: '1482' }, { lat: 57.87, lng: 11.98 })).toBeLessThan(5);
    expect(reviewed.warnings).toHaveLength(1);
    const raw = buildGeography({ ...base, kommuner: [wrongKungalv], reviewCentroids: false });
    expect(raw.municipality('1482')?.centroid).toEqual(wrongKungalv.centroid);
    expect(raw.warnings).toEqual([]);
  });

  it('rejects references to unknown municipalities and counties', () => {
    expect(() =>
      buildGeography({
        ...input(),
        postalCodes: [{ postalCode: '46130', locality: 'x', municipalityCode: '9999' }],
      }),
    ).toThrow(/unknown municipality 9999/);
    expect(() => buildGeography({ ...input(), counties: [] })).toThrow(/county 14/);
    expect(() =>
      buildGeography({ ...input(), kommuner: [{ code: '0180', name: 'Stockholm', region: 'x' }] }),
    ).toThrow(/kommuner\.csv: municipality 0180/);
  });
});

describe('reviewCentroids', () => {
  it('replaces a geocode far from a known town, drops shared and county-wide ones, keeps the rest', () => {
    const { rows, warnings } = reviewCentroids([
      { code: '1482', name: 'Kungälvs kommun', region: 'x', centroid: { lat: 58.277, lng: 12.26 } },
      { code: '9901', name: 'A', region: 'x', centroid: { lat: 60, lng: 15 } },
      { code: '9902', name: 'B', region: 'x', centroid: { lat: 60, lng: 15 } },
      {
        code: '9903',
        name: 'C',
        region: 'x',
        areaKm2: 400,
        centroid: { lat: 62, lng: 16 },
        bounds: { ne: { lat: 63, lng: 18 }, sw: { lat: 61, lng: 14 } },
      },
      { code: '9904', name: 'D', region: 'x', areaKm2: 400, centroid: { lat: 64, lng: 20 } },
    ]);
    expect(distanceKm(rows[0]!.centroid!, { lat: 57.87, lng: 11.98 })).toBeLessThan(5);
    expect(rows[1]!.centroid).toBeUndefined();
    expect(rows[2]!.centroid).toBeUndefined();
    expect(rows[3]!.centroid).toBeUndefined();
    expect(rows[4]!.centroid).toEqual({ lat: 64, lng: 20 });
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/^1482 Kungälvs kommun: geocode is \d+ km from Kungälv/);
  });
});

describe('defaultGeography', () => {
  const g = defaultGeography();
  it('has the demo municipality, its neighbours and plausible distances', () => {
    expect(g.municipality('1488')?.shortName).toBe('Trollhättan');
    expect(g.distanceKm({ municipalityCode: '1488' }, { municipalityCode: '1487' })).toBeGreaterThan(8);
    expect(g.distanceKm({ municipalityCode: '1488' }, { municipalityCode: '1487' })).toBeLessThan(15);
    expect(g.distanceKm({ postalCode: '461 30' }, { municipalityCode: '1480' })).toBeGreaterThan(60);
    expect(g.municipalityForPostalCode('462 30')?.shortName).toBe('Vänersborg');
    expect(
      g.municipalitiesWithin({ municipalityCode: '1488' }, 25).map((x) => x.municipality.shortName),
    ).toEqual(['Trollhättan', 'Vänersborg', 'Lilla Edet', 'Uddevalla', 'Grästorp']);
  });
});

const realDir = process.env.ARBETSBRO_GEO_DIR ?? resolve(import.meta.dirname, '../../../../shared/data/geo');

describe.skipIf(!existsSync(realDir))('loadGeographyFromDir on the real files in ../shared', () => {
  let g: Geography;
  beforeAll(async () => {
    g = await loadGeographyFromDir(realDir);
  });

  it('loads 290 municipalities in 21 counties and every postal code', () => {
    expect(g.municipalities).toHaveLength(290);
    expect(g.counties).toHaveLength(21);
    expect(g.postalCodeCount).toBe(15463);
    expect(g.municipalityForPostalCode('461 30')?.code).toBe('1488');
    expect(g.municipality('1488')?.population).toBeGreaterThan(50000);
  });

  it('ends up with centroids that are not stacked on each other (wrong geocodes corrected or dropped)', () => {
    const located = g.municipalities.filter((m) => m.centroid);
    expect(located.length).toBeGreaterThan(280);
    for (let i = 0; i < located.length; i++) {
      for (let j = i + 1; j < located.length; j++) {
        const [a, b] = [located[i]!, located[j]!];
        if (distanceKm(a.centroid!, b.centroid!) < 2)
          expect([a.shortName, b.shortName].sort()).toEqual(['Solna', 'Sundbyberg']);
      }
    }
    expect(g.distanceKm({ municipalityCode: '1488' }, { municipalityCode: '1486' })).toBeGreaterThan(80); // Strömstad
    expect(g.warnings.length).toBeGreaterThan(0);
  });

  it('agrees with the built-in default on the demo region', () => {
    const d = defaultGeography();
    for (const m of d.municipalities) {
      expect(g.municipality(m.code)?.shortName).toBe(m.shortName);
      expect(distanceKm(g.municipality(m.code)!.centroid!, m.centroid!)).toBeLessThan(5);
    }
    for (const pc of ['46130', '46231', '45130', '46330', '44130']) {
      expect(d.municipalityForPostalCode(pc)?.code).toBe(g.municipalityForPostalCode(pc)?.code);
    }
  });
});

describe('geography CSVs as spreadsheets write them (issue 9)', () => {
  it('reads `;`, `,` or tab, CRLF or LF, a byte-order mark and separator-only rows alike (property)', () => {
    const municipality = fc.record({
      county: fc.integer({ min: 1, max: 25 }).map((n) => String(n).padStart(2, '0')),
      rest: fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
      name: fc.constantFrom('Trollhättan', 'Vänersborg', 'Åre', 'Övertorneå', 'Malå', 'Lilla Edet'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(municipality, { minLength: 1, maxLength: 8, selector: (m) => m.county + m.rest }),
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        (rows, d, eol, bom, blanks) => {
          const lines = [['municipality_code', 'municipality_name', 'county_code'].join(d)];
          for (const m of rows) {
            lines.push([m.county + m.rest, m.name, m.county].join(d));
            if (blanks) lines.push(d.repeat(2));
          }
          const parsed = parseMunicipalitiesCsv(`${bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`);
          expect(parsed.map((m) => [m.code, m.name, m.countyCode])).toEqual(
            rows.map((m) => [m.county + m.rest, m.name, m.county]),
          );
        },
      ),
    );
  });
});
