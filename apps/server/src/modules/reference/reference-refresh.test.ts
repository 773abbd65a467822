import { loadTaxonomyFromDir } from '@arbetsbro/taxonomy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobtechExport, writeExport } from '../../test/taxonomy-fixtures.ts';
import { createTestContext, type TestContext } from '../../test/test-context.ts';
import { systemActor } from '../auth/index.ts';
import { importGeography } from '../geography/index.ts';
import { importTaxonomy } from '../taxonomy/index.ts';
import { createReferenceData, type ReferenceRefresh, startReferenceRefresh } from './reference-data.ts';

// Another process imports into the same database: here a second context with its own memory.
let t: TestContext;
let refresh: ReferenceRefresh;
beforeAll(async () => {
  t = await createTestContext();
  refresh = await startReferenceRefresh(t, { everyMs: 3_600_000 });
});
afterAll(async () => {
  refresh.stop();
  await t.close();
});

describe('startReferenceRefresh', () => {
  it('picks up a taxonomy and a geography imported by another process, and nothing else', async () => {
    const other = { ...t, reference: createReferenceData() };
    const before = t.reference.taxonomy();
    await refresh.check();
    expect(t.reference.taxonomy()).toBe(before); // nothing imported: nothing reloaded

    const report = await importTaxonomy(
      other,
      systemActor('1488', 'test'),
      await loadTaxonomyFromDir(writeExport(jobtechExport())),
    );
    expect(t.reference.taxonomy().source).toBe('default');
    await refresh.check();
    expect(t.reference.taxonomy().version).toBe(report.version);

    await importGeography(other, systemActor('1488', 'test'), {
      counties: [{ code: '14', name: 'Västra Götalands län', shortName: 'Västra Götaland' }],
      municipalities: [
        {
          code: '1488',
          name: 'Trollhättans kommun',
          shortName: 'Trollhättan',
          countyCode: '14',
          centroid: { lat: 58.28, lng: 12.29 },
        },
      ],
      postalCodes: [{ postalCode: '46130', locality: 'Trollhättan', municipalityCode: '1488' }],
    });
    expect(t.reference.geography().source).toBe('default');
    const taxonomy = t.reference.taxonomy();
    await refresh.check();
    expect(t.reference.geography().source).toBe('csv');
    expect(t.reference.geography().municipalities).toHaveLength(1);
    expect(t.reference.taxonomy()).toBe(taxonomy); // unchanged taxonomy is not reloaded
  });
});
