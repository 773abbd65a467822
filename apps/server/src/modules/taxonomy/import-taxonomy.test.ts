import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTaxonomyFromDir, TaxonomyFormatError } from '@arbetsbro/taxonomy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobtechExport, tableChecksums, writeExport } from '../../test/taxonomy-fixtures.ts';
import { createTestContext, type TestContext } from '../../test/test-context.ts';
import { systemActor } from '../auth/index.ts';
import { loadReferenceData } from '../reference/index.ts';
import { importTaxonomy } from './import-taxonomy.ts';

let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
});
afterEach(() => t.close());

const cli = () => systemActor('1488', 'test');
const load = (files: Record<string, unknown>) => loadTaxonomyFromDir(writeExport(files));

describe('importTaxonomy', () => {
  it('stores the export, reports its counts and puts it in force in the running server', async () => {
    expect(t.reference.taxonomy().source).toBe('default');
    const report = await importTaxonomy(t, cli(), await load(jobtechExport()));
    expect(report.counts).toMatchObject({
      occupations: 4,
      ssyk4Groups: 2,
      ssykGroups: 8,
      skills: 2,
      ssyk4Skills: 2,
      substitutability: 1,
      noEducationRequired: 1,
    });
    expect(report.unchanged).toBe(false);
    expect(report.changes.occupations).toEqual({ added: 4, changed: 0, removed: 0 });

    expect(t.reference.taxonomy().version).toBe(report.version);
    expect(t.reference.index().occupation('T_O_ind')).toMatchObject({ noEducationRequired: true });
    // A fresh server start reads the same vocabulary back from the database.
    const restarted = await loadReferenceData(t.db);
    expect(restarted.taxonomy().version).toBe(report.version);
    expect(restarted.taxonomy().occupations).toHaveLength(4);
    expect(restarted.index().substitutesFor('T_O_stad')).toEqual([
      { occupationId: 'T_O_stad', substituteId: 'T_O_ind', percent: 75 },
    ]);
    expect(restarted.index().resolveConcept('T_O_truck_old')?.id).toBe('T_O_truck');
    // Credentials and language levels are not in the export: the built-in ones stay available.
    expect(restarted.taxonomy().credentials.length).toBeGreaterThan(0);
    expect(restarted.taxonomy().languageLevels.length).toBeGreaterThan(0);
  });

  it('is idempotent: the same export twice leaves every table exactly as it was', async () => {
    const dir = writeExport(jobtechExport());
    await importTaxonomy(t, cli(), await loadTaxonomyFromDir(dir));
    const before = await tableChecksums(t.db);
    const again = await importTaxonomy(t, cli(), await loadTaxonomyFromDir(dir));
    expect(again.unchanged).toBe(true);
    expect(Object.values(again.changes).every((c) => c.added + c.changed + c.removed === 0)).toBe(true);
    expect(await tableChecksums(t.db)).toEqual(before);
  });

  it('keeps concepts a newer export dropped, as deprecated, so that data using them still resolves', async () => {
    await importTaxonomy(t, cli(), await load(jobtechExport()));
    const newer = await importTaxonomy(
      t,
      cli(),
      await load(
        jobtechExport({ withoutOccupations: ['T_O_stad'], relabel: { T_S_stad: 'Lokalvård, städning' } }),
      ),
    );
    expect(newer.counts.occupations).toBe(3);
    expect(newer.changes.occupations).toEqual({ added: 0, changed: 0, removed: 1 });
    expect(newer.changes.skills).toEqual({ added: 0, changed: 1, removed: 0 });
    expect(newer.changes.substitutability.removed).toBe(1);

    for (const reference of [t.reference, await loadReferenceData(t.db)]) {
      const resolved = reference.index().resolveConcept('T_O_stad');
      expect(resolved).toMatchObject({ id: 'T_O_stad', deprecated: true });
      expect(resolved?.resolved.concept.label).toBe('Städare');
      expect(reference.index().skill('T_S_stad')?.label).toBe('Lokalvård, städning');
      expect(reference.taxonomy().version).toBe(newer.version);
    }

    // Back in a later export: current again.
    await importTaxonomy(t, cli(), await load(jobtechExport()));
    expect(t.reference.index().resolveConcept('T_O_stad')?.deprecated).toBe(false);
  });

  it('updates a changed substitutability percentage in place', async () => {
    await importTaxonomy(t, cli(), await load(jobtechExport()));
    const report = await importTaxonomy(t, cli(), await load(jobtechExport({ cleanerPercent: 25 })));
    expect(report.changes.substitutability).toEqual({ added: 0, changed: 1, removed: 0 });
    expect(t.reference.index().substitutesFor('T_O_stad')[0]?.percent).toBe(25);
  });

  it('writes nothing when the import fails part-way (one transaction)', async () => {
    const taxonomy = await load(jobtechExport());
    const failing = importTaxonomy(t, cli(), taxonomy, {
      onProgress: (e) => {
        if (e.step === 'skills') throw new Error('avbrutet');
      },
    });
    await expect(failing).rejects.toThrow('avbrutet');
    const sums = await tableChecksums(t.db);
    expect(Object.values(sums).map((s) => s.rows)).toEqual(Object.values(sums).map(() => 0));
    expect(t.reference.taxonomy().source).toBe('default');
  });

  it('rejects a malformed file with its name and the problem, before anything is written', async () => {
    const files = jobtechExport();
    const dir = writeExport(files);
    writeFileSync(join(dir, 'skills.json'), JSON.stringify({ data: { concepts: [{ id: 'x' }] } }));
    const error = await loadTaxonomyFromDir(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaxonomyFormatError);
    expect((error as TaxonomyFormatError).file).toBe('skills.json');
    expect((error as Error).message).toMatch(/preferred_label/);

    writeFileSync(join(dir, 'skills.json'), '{"data": {"concepts": [');
    await expect(loadTaxonomyFromDir(dir)).rejects.toThrow(/skills\.json: not valid JSON/);
  });

  it('refuses a staff member: the vocabulary is an installation task', async () => {
    const staff = {
      kind: 'staff' as const,
      id: '00000000-0000-4000-8000-000000000000',
      username: 'admin',
      displayName: 'admin',
      role: 'admin' as const,
      municipalityCode: '1488',
      unitIds: [],
    };
    await expect(importTaxonomy(t, staff, await load(jobtechExport()))).rejects.toMatchObject({
      status: 403,
    });
  });
});
