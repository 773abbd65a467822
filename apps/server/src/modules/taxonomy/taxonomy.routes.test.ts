import { defaultIds, loadTaxonomyFromDir } from '@arbetsbro/taxonomy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobtechExport, writeExport } from '../../test/taxonomy-fixtures.ts';
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
import { importTaxonomy } from './import-taxonomy.ts';

let t: TestContext;
let coach: ApiClient;
let liaison: ApiClient;
beforeAll(async () => {
  t = await createTestContext();
  await createStaff(t, 'coach', 'coach', ['Jobbcentrum 25+']);
  await createStaff(t, 'liaison', 'liaison');
  coach = await loginAs(t, 'coach');
  liaison = await loginAs(t, 'liaison');
});
afterAll(() => t.close());

const protectedRoutes = [
  '/api/taxonomy/search?q=truck',
  `/api/taxonomy/concepts/${encodeURIComponent(defaultIds.occupation('lagerarbetare'))}`,
  '/api/reference/credentials',
  '/api/reference/language-levels',
  '/api/reference/version',
];

describe('authorization', () => {
  it.each(protectedRoutes)('%s: anonymous → 401 problem, any staff role → 200', async (path) => {
    const anonymous = await anonymousClient(t).get(path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    expect((await coach.get(path)).status).toBe(200);
    expect((await liaison.get(path)).status).toBe(200);
  });
});

describe('GET /api/taxonomy/search on the built-in vocabulary', () => {
  it('finds occupations without diacritics and by prefix, with SSYK code', async () => {
    const body = await json(await coach.get('/api/taxonomy/search?q=underskot&kind=occupation&limit=3'));
    expect(body.taxonomyVersion).toBe(t.reference.taxonomy().version);
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(3);
    const hit = body.results.find((r: { label: string }) => r.label.startsWith('Undersköterska'));
    expect(hit).toMatchObject({ kind: 'occupation', ssykCode: expect.stringMatching(/^\d{4}$/) });
    expect(hit).toHaveProperty('matchedSynonym');
  });

  it('filters by kind', async () => {
    const skills = await json(await coach.get('/api/taxonomy/search?q=truck&kind=skill'));
    expect(skills.results.length).toBeGreaterThan(0);
    expect(skills.results.every((r: { kind: string }) => r.kind === 'skill')).toBe(true);
    const occupations = await json(await coach.get('/api/taxonomy/search?q=truck&kind=occupation'));
    expect(occupations.results.every((r: { kind: string }) => r.kind === 'occupation')).toBe(true);
    expect(occupations.results.map((r: { label: string }) => r.label)).toContain('Truckförare');
  });

  it('answers an empty query with no results, and rejects a bad limit or kind with 400', async () => {
    expect((await json(await coach.get('/api/taxonomy/search?q='))).results).toEqual([]);
    expect((await coach.get('/api/taxonomy/search?q=a&limit=0')).status).toBe(400);
    expect((await coach.get('/api/taxonomy/search?q=a&limit=500')).status).toBe(400);
    expect((await coach.get('/api/taxonomy/search?q=a&kind=person')).status).toBe(400);
    expect((await coach.get(`/api/taxonomy/search?q=${'x'.repeat(101)}`)).status).toBe(400);
  });
});

describe('GET /api/taxonomy/concepts/{id}', () => {
  it('returns an occupation with its SSYK-4 group and the group’s skills', async () => {
    const id = defaultIds.occupation('lagerarbetare');
    const res = await coach.get(`/api/taxonomy/concepts/${encodeURIComponent(id)}`);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toMatchObject({
      id,
      requestedId: id,
      replaced: false,
      deprecated: false,
      kind: 'occupation',
    });
    expect(body.ssyk).toMatchObject({ code: '4322', level: 4 });
    expect(body.skills.length).toBe(t.reference.index().skillsOfSsyk4(body.ssyk.id).length);
  });

  it('answers 404 problem for an unknown id', async () => {
    const res = await coach.get('/api/taxonomy/concepts/finns-inte');
    expect(res.status).toBe(404);
    expect((await json(res)).detail).toMatch(/finns inte/);
  });
});

describe('GET /api/reference/*', () => {
  it('lists credentials and language levels from the vocabulary in force', async () => {
    const credentials = (await json(await coach.get('/api/reference/credentials'))).credentials;
    expect(credentials).toHaveLength(t.reference.taxonomy().credentials.length);
    expect(credentials.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(t.reference.taxonomy().credentials.map((c) => c.code)),
    );
    const levels = (await json(await coach.get('/api/reference/language-levels'))).languageLevels;
    expect(levels.map((l: { scale: string }) => l.scale)).toEqual(
      expect.arrayContaining(['sfi', 'sas', 'cefr']),
    );
  });
});

describe('after an import', () => {
  let imported: Awaited<ReturnType<typeof importTaxonomy>>;
  beforeAll(async () => {
    imported = await importTaxonomy(
      t,
      systemActor('1488', 'test'),
      await loadTaxonomyFromDir(writeExport(jobtechExport())),
    );
  });

  it('searches the imported taxonomy at once (no restart)', async () => {
    const body = await json(await coach.get('/api/taxonomy/search?q=industristad&kind=occupation'));
    expect(body.taxonomyVersion).toBe(imported.version);
    expect(body.results[0]).toMatchObject({ id: 'T_O_ind', label: 'Industristädare', ssykCode: '9111' });
  });

  it('resolves a replaced concept to the one in force today', async () => {
    const body = await json(await coach.get('/api/taxonomy/concepts/T_O_truck_old'));
    expect(body).toMatchObject({
      requestedId: 'T_O_truck_old',
      id: 'T_O_truck',
      replaced: true,
      label: 'Truckförare',
    });
  });

  it('lists substitutable occupations of an occupation', async () => {
    const body = await json(await coach.get('/api/taxonomy/concepts/T_O_stad'));
    expect(body.substitutes).toEqual([{ id: 'T_O_ind', label: 'Industristädare', percent: 75 }]);
    expect(body.noEducationRequired).toBe(false);
  });

  it('reports the imported version with its date and counts', async () => {
    const body = await json(await coach.get('/api/reference/version'));
    expect(body.taxonomy).toMatchObject({
      version: imported.version,
      source: 'jobtech',
      counts: { occupations: 4, skills: 2 },
    });
    expect(new Date(body.taxonomy.importedAt).getTime()).not.toBeNaN();
    expect(body.geography).toMatchObject({ source: 'default' });
    expect(body.kolada).toEqual({ kpis: 0, groups: 0, values: 0 });
    // Credentials are not in the JobTech export; the built-in ones stay.
    expect((await json(await coach.get('/api/reference/credentials'))).credentials.length).toBeGreaterThan(0);
  });
});
