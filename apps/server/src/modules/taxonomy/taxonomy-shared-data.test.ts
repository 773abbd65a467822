import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTaxonomyFromDir } from '@arbetsbro/taxonomy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableChecksums } from '../../test/taxonomy-fixtures.ts';
import { createStaff, createTestContext, json, loginAs, type TestContext } from '../../test/test-context.ts';
import { systemActor } from '../auth/index.ts';
import { loadReferenceData } from '../reference/index.ts';
import { importTaxonomy } from './import-taxonomy.ts';

// The real JobTech export beside the repository (../shared/data); skipped on a machine without it.
const repoRoot = resolve(import.meta.dirname, '../../../../..');
const dir = resolve(repoRoot, '../shared/data/taxonomy');

describe.skipIf(!existsSync(dir))('taxonomy import of the real JobTech export', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t?.close());

  it('yields the documented counts, and a second import changes nothing', async () => {
    const taxonomy = await loadTaxonomyFromDir(dir);
    const first = await importTaxonomy(t, systemActor('1488', 'test'), taxonomy);
    expect(first.counts).toMatchObject({
      occupations: 2412,
      ssyk4Groups: 400,
      skills: 6657,
      ssyk4Skills: 17517,
      substitutability: 8324,
    });
    const sums = await tableChecksums(t.db);
    expect(sums.taxonomy_occupation?.rows).toBe(2412);
    expect(sums.taxonomy_skill?.rows).toBe(6657);
    expect(sums.taxonomy_ssyk4_skill?.rows).toBe(17517);
    expect(sums.taxonomy_substitutability?.rows).toBe(8324);

    const second = await importTaxonomy(t, systemActor('1488', 'test'), await loadTaxonomyFromDir(dir));
    expect(second.unchanged).toBe(true);
    expect(await tableChecksums(t.db)).toEqual(sums);

    // What a server start reads back is the same vocabulary.
    const restarted = (await loadReferenceData(t.db)).taxonomy();
    expect(restarted.version).toBe(taxonomy.version);
    expect(restarted.occupations).toHaveLength(2412);
    expect(restarted.ssykGroups.filter((g) => g.level === 4)).toHaveLength(400);
    expect(restarted.ssyk4Skills).toHaveLength(17517);
    expect(restarted.substitutability).toHaveLength(8324);
  }, 120_000);

  it('serves search over the imported taxonomy through the API (the issue’s examples in the top 3)', async () => {
    await createStaff(t, 'coach', 'coach');
    const coach = await loginAs(t, 'coach');
    const top3 = async (q: string, kind = 'all') =>
      (await json(await coach.get(`/api/taxonomy/search?q=${encodeURIComponent(q)}&kind=${kind}&limit=3`)))
        .results as Array<{
        label: string;
        kind: string;
      }>;
    expect((await top3('lakare')).map((r) => r.label)).toContain('Läkare');
    expect((await top3('underskot')).some((r) => r.label.startsWith('Undersköterska'))).toBe(true);
    const truck = await top3('truck');
    expect(truck.some((r) => r.kind === 'occupation' && r.label === 'Truckförare')).toBe(true);
    expect(truck.some((r) => r.kind === 'skill')).toBe(true);
  });
});
