import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaxonomyFormatError } from './errors.ts';
import { TAXONOMY_FILES } from './jobtech/files.ts';
import { loadTaxonomyFromDir } from './load-taxonomy.ts';
import type { Taxonomy } from './model.ts';
import { indexTaxonomy } from './taxonomy-index.ts';
import { fixtureFiles } from './test/jobtech-fixture.ts';

const realDir =
  process.env.ARBETSBRO_TAXONOMY_DIR ?? resolve(import.meta.dirname, '../../../../shared/data/taxonomy');

describe('loadTaxonomyFromDir (hand-written files)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'arbetsbro-taxonomy-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const writeFiles = async (files: Record<string, unknown>) => {
    for (const [name, content] of Object.entries(files)) {
      await writeFile(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    }
  };

  it('reads the files it knows (including the typo name), reports progress and a stable version', async () => {
    await writeFiles(fixtureFiles());
    await writeFile(join(dir, 'README.txt'), 'not a taxonomy file');
    const seen: string[] = [];
    const a = await loadTaxonomyFromDir(dir, {
      onProgress: (e) => seen.push(`${e.done}/${e.total} ${e.file}`),
    });
    const b = await loadTaxonomyFromDir(dir);
    expect(a.occupations.find((o) => o.id === 'O_stad')?.noEducationRequired).toBe(true);
    expect(seen).toHaveLength(5);
    expect(seen.at(-1)).toMatch(/^5\/5 /);
    expect(a.version).toBe(b.version);
    expect(a.sourceDate).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('names the file that is not JSON', async () => {
    await writeFiles({ ...fixtureFiles(), [TAXONOMY_FILES.skills]: '{"data": {"concepts": [' });
    const error = await loadTaxonomyFromDir(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaxonomyFormatError);
    expect((error as Error).message).toMatch(/^skills\.json: not valid JSON/);
  });

  it('names the missing hierarchy', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'arbetsbro-taxonomy-empty-'));
    await expect(loadTaxonomyFromDir(empty)).rejects.toThrow(
      /the-ssyk-hierarchy-with-occupations\.json: missing/,
    );
    await rm(empty, { recursive: true });
  });
});

describe.skipIf(!existsSync(realDir))('loadTaxonomyFromDir (real JobTech export in ../shared)', () => {
  let t: Taxonomy;
  beforeAll(async () => {
    t = await loadTaxonomyFromDir(realDir);
  });

  it('yields the documented counts', () => {
    expect(t.occupations).toHaveLength(2412);
    expect(t.ssykGroups.filter((g) => g.level === 4)).toHaveLength(400);
    expect(t.skills).toHaveLength(6657);
    expect(t.ssyk4Skills).toHaveLength(17517);
    expect(t.substitutability).toHaveLength(8324);
  });

  it('links every occupation to an SSYK-4 group, every group to its parent, and keeps the percentages', () => {
    const index = indexTaxonomy(t);
    for (const o of t.occupations) expect(index.ssykGroup(o.ssyk4Id)?.level).toBe(4);
    for (const g of t.ssykGroups)
      if (g.level > 1) expect(index.ssykGroup(g.parentId!)?.level).toBe(g.level - 1);
    expect(new Set(t.substitutability.map((e) => e.percent))).toEqual(new Set([25, 75]));
    expect(t.ssykGroups.filter((g) => g.level === 4).every((g) => g.definition)).toBe(true);
    expect(t.languages.find((l) => l.iso6391 === 'sv')?.label).toBe('Svenska');
    expect(t.ssyk4Isco.length).toBeGreaterThanOrEqual(400);
    expect(t.occupations.filter((o) => o.noEducationRequired).length).toBeGreaterThan(50);
  });

  it('is deterministic: loading twice gives an equal taxonomy', async () => {
    expect(await loadTaxonomyFromDir(realDir)).toEqual(t);
  });
});

describe('a taxonomy file saved with a byte-order mark (field case F14)', () => {
  it('is read as the JSON it is', async () => {
    const dir = resolve(import.meta.dirname, 'test/fixtures/F14-bom-taxonomy');
    const taxonomy = await loadTaxonomyFromDir(dir);
    expect(taxonomy.occupations.length).toBeGreaterThan(0);
  });
});
