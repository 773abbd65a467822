import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KoladaFormatError } from './errors.ts';
import { parseKpiDefinitions } from './kpi-definitions.ts';
import { type KoladaDefinitions, loadKoladaDefinitionsFromDir } from './load-definitions.ts';
import {
  findSimilarMunicipalitiesGroups,
  labourMarketComparisonGroup,
  parseMunicipalityGroups,
  parseSimilarMunicipalitiesTitle,
} from './municipality-groups.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8'));

describe('parseKpiDefinitions', () => {
  it('reads Kolada KPI metadata, splitting multi-valued fields at commas without a following space', () => {
    const [u, n] = parseKpiDefinitions(fixture('kpis.json'));
    expect(u).toMatchObject({
      id: 'U40455',
      operatingAreas: ['Arbetsmarknadsåtgärder'],
      dividedByGender: true,
      hasOuData: false,
      municipalityType: 'K',
      publicationDate: '2024-03-01',
      publishedPeriod: '2023',
    });
    expect(n?.operatingAreas).toEqual([
      'Barn och utbildning',
      'Kommunen, övergripande',
      'Resultaträkning, kommunen',
    ]);
    expect(n?.perspectives).toEqual(['Resurser', 'Övrigt']);
    expect(n?.hasOuData).toBe(false);
    expect(n?.auspices).toBeUndefined();
  });

  it('accepts the API envelope too', () => {
    expect(parseKpiDefinitions({ values: fixture('kpis.json'), count: 2 })).toHaveLength(2);
  });

  it('names the file and the field that is wrong', () => {
    const broken = fixture('kpis.json') as Array<Record<string, unknown>>;
    broken[1]!.id = 'X1';
    expect(() => parseKpiDefinitions(broken, 'kpis-labour-market.json')).toThrow(KoladaFormatError);
    expect(() => parseKpiDefinitions(broken, 'kpis-labour-market.json')).toThrow(
      /^kpis-labour-market\.json: \[1\]\.id: expected a Kolada KPI id/,
    );
    const twice = fixture('kpis.json') as unknown[];
    twice.push(twice[0]);
    expect(() => parseKpiDefinitions(twice)).toThrow(/U40455 is listed twice/);
  });
});

describe('municipality groups', () => {
  const groups = parseMunicipalityGroups(fixture('municipality-groups.json'));

  it('reads the "Liknande kommuner" titles', () => {
    expect(parseSimilarMunicipalitiesTitle('Liknande kommuner, övergripande, Trollhättan, 2021')).toEqual({
      area: 'övergripande',
      municipalityName: 'Trollhättan',
      year: 2021,
    });
    expect(parseSimilarMunicipalitiesTitle('Liknande kommuner IFO, Dals-Ed, 2021')?.municipalityName).toBe(
      'Dals-Ed',
    );
    expect(parseSimilarMunicipalitiesTitle('Stor-Göteborg (ovägt medel)')).toBeUndefined();
  });

  it("finds a municipality's own groups (not those it is a member of), newest and overall first", () => {
    const found = findSimilarMunicipalitiesGroups(groups, '1488');
    expect(found.map((f) => f.group.id)).toEqual(['G90001', 'G90002', 'G90003']);
    expect(labourMarketComparisonGroup(groups, '1488')?.group.id).toBe('G90001');
    expect(findSimilarMunicipalitiesGroups(groups, '1485').map((f) => f.group.id)).toEqual(['G90004']);
    expect(findSimilarMunicipalitiesGroups(groups, '9999')).toEqual([]);
    expect(findSimilarMunicipalitiesGroups(groups, '1440', 'Ale')).toEqual([]);
  });

  it('accepts members named by title (API metadata) and rejects bad codes with their place', () => {
    expect(
      parseMunicipalityGroups({
        values: [{ id: 'G1', title: 't', members: [{ id: '1488', title: 'Trollhättan' }] }],
      })[0]?.members,
    ).toEqual([{ id: '1488', name: 'Trollhättan' }]);
    expect(() =>
      parseMunicipalityGroups([{ id: 'G1', title: 't', members: [{ id: '148', name: 'x' }] }]),
    ).toThrow(/municipality-groups\.json: \[0\]\.members\[0\]/);
  });
});

const realDir =
  process.env.ARBETSBRO_KOLADA_DIR ?? resolve(import.meta.dirname, '../../../../../shared/data/kolada');

describe.skipIf(!existsSync(realDir))('Kolada definitions in ../shared', () => {
  let defs: KoladaDefinitions;
  beforeAll(async () => {
    defs = await loadKoladaDefinitionsFromDir(realDir);
  });

  it('has the labour-market KPIs the unit reports', () => {
    expect(defs.kpis).toHaveLength(413);
    const ids = new Set(defs.kpis.map((k) => k.id));
    for (const id of [
      'U40450',
      'U40451',
      'U40452',
      'U40453',
      'U40454',
      'U40455',
      'U40800',
      'U40835',
      'N03932',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(defs.kpis.find((k) => k.id === 'U40450')?.operatingAreas).toEqual(['Arbetsmarknadsåtgärder']);
  });

  it("finds Trollhättan's comparison group G37556 and its eleven Liknande kommuner groups", () => {
    expect(labourMarketComparisonGroup(defs.groups, '1488')?.group.id).toBe('G37556');
    const found = findSimilarMunicipalitiesGroups(defs.groups, '1488');
    expect(found).toHaveLength(11);
    expect(
      found.every(
        (f) => f.municipalityName === 'Trollhättan' && !f.group.members.some((m) => m.id === '1488'),
      ),
    ).toBe(true);
  });

  it('finds a comparison group for every municipality', () => {
    const codes = new Set(
      defs.groups.flatMap((g) => g.members.map((m) => m.id)).filter((c) => !c.startsWith('00')),
    );
    const without = [...codes].filter((c) => !labourMarketComparisonGroup(defs.groups, c));
    expect(without).toEqual([]);
  });
});
