import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TaxonomyFormatError } from '../errors.ts';
import { resolveConcept } from '../taxonomy-index.ts';
import { fixtureFiles } from '../test/jobtech-fixture.ts';
import { TAXONOMY_FILES } from './files.ts';
import { parseTaxonomy } from './parse-taxonomy.ts';

/** Walks into a hand-written fixture to break it. */
const at = (root: unknown, ...path: Array<string | number>): Record<string | number, unknown> & unknown[] => {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node as Record<string | number, unknown> & unknown[];
};

const formatError = (fn: () => unknown): TaxonomyFormatError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof TaxonomyFormatError) return error;
    throw error;
  }
  throw new Error('expected a TaxonomyFormatError');
};

describe('parseTaxonomy', () => {
  it('builds the SSYK levels, occupations, skills, links and the no-education flag', () => {
    const t = parseTaxonomy(fixtureFiles());
    expect(t.source).toBe('jobtech');
    expect(t.ssykGroups.map((g) => `${g.level}:${g.code}`)).toEqual([
      '1:9',
      '2:91',
      '3:911',
      '4:9111',
      '1:8',
      '2:83',
      '3:834',
      '4:8344',
    ]);
    expect(t.ssykGroups.find((g) => g.code === '911')?.parentId).toBe('L2_91');
    expect(t.occupations.find((o) => o.id === 'O_ind')).toMatchObject({
      label: 'Industristädare',
      ssyk4Id: 'G_9111',
    });
    expect(t.occupations.filter((o) => o.noEducationRequired).map((o) => o.id)).toEqual(['O_stad']);
    // Credentials and language levels are not in the export; the built-in lists apply.
    expect(t.credentials.find((c) => c.code === 'CE')?.implies).toContain('B');
    expect(t.languageLevels.map((l) => l.code)).toContain('SFI-D');
    expect(t.ssyk4Skills).toEqual([
      { ssyk4Id: 'G_8344', skillId: 'S_truck' },
      { ssyk4Id: 'G_9111', skillId: 'S_stad' },
    ]);
  });

  it('counts an edge listed in both substituted_by and substitutes once', () => {
    const t = parseTaxonomy(fixtureFiles());
    expect(t.substitutability).toEqual([{ occupationId: 'O_stad', substituteId: 'O_ind', percent: 75 }]);
  });

  it('keeps deprecated concepts and resolves them to their replacement', () => {
    const t = parseTaxonomy(fixtureFiles());
    expect(t.occupations.find((o) => o.id === 'O_truck_old')).toMatchObject({
      deprecated: true,
      replacedBy: 'O_truck',
    });
    expect(resolveConcept(t, 'O_truck_old')).toMatchObject({
      id: 'O_truck',
      chain: ['O_truck_old', 'O_truck'],
      deprecated: false,
    });
    expect(resolveConcept(t, 'S_old')?.resolved).toMatchObject({
      kind: 'skill',
      concept: { label: 'Lokalvård' },
    });
    expect(resolveConcept(t, 'O_stad')?.chain).toEqual(['O_stad']);
    expect(resolveConcept(t, 'nope')).toBeUndefined();
  });

  it('gives the same version for the same content and another for different content', () => {
    const a = parseTaxonomy(fixtureFiles());
    const b = parseTaxonomy(fixtureFiles());
    const changed = fixtureFiles();
    delete changed[TAXONOMY_FILES.substitutability];
    expect(a.version).toBe(b.version);
    expect(parseTaxonomy(changed).version).not.toBe(a.version);
  });

  it('requires the SSYK hierarchy', () => {
    const files = fixtureFiles();
    delete files[TAXONOMY_FILES.hierarchy];
    const error = formatError(() => parseTaxonomy(files));
    expect(error.file).toBe(TAXONOMY_FILES.hierarchy);
    expect(error.message).toMatch(/missing/);
  });

  it('names the file, the place and the concept when a field is wrong', () => {
    const files = fixtureFiles();
    at(
      files[TAXONOMY_FILES.hierarchy],
      'data',
      'concepts',
      0,
      'narrower',
      0,
      'narrower',
      0,
      'narrower',
      0,
    ).ssyk_code_2012 = '91X1';
    const error = formatError(() => parseTaxonomy(files));
    expect(error.message).toContain(TAXONOMY_FILES.hierarchy);
    expect(error.message).toContain('ssyk_code_2012');
    expect(error.message).toContain('G_9111');
    expect(error.message).toContain('4-digit');
  });

  it('rejects a file without the data.concepts envelope', () => {
    const files = { ...fixtureFiles(), [TAXONOMY_FILES.skills]: { concepts: [] } };
    const error = formatError(() => parseTaxonomy(files));
    expect(error.message).toMatch(/^skills\.json: data: /);
  });

  it('rejects links to concepts that do not exist', () => {
    const files = fixtureFiles();
    at(files[TAXONOMY_FILES.ssyk4Skills], 'data', 'concepts', 0, 'related').push({
      id: 'S_ghost',
      preferred_label: 'Spöke',
      type: 'skill',
    });
    expect(() => parseTaxonomy(files)).toThrow(
      /ssyk-level-4-groups-with-related-skills\.json: skill S_ghost/,
    );
    const files2 = fixtureFiles();
    at(files2[TAXONOMY_FILES.substitutability], 'data', 'concepts', 0, 'substituted_by').push({
      id: 'O_ghost',
      preferred_label: 'Spöke',
      type: 'occupation-name',
      substitutability_percentage: 25,
    });
    expect(() => parseTaxonomy(files2)).toThrow(
      /substitutability-relations-between-occupations\.json: occupation O_ghost/,
    );
  });

  it('rejects an edge listed with two different percentages', () => {
    const files = fixtureFiles();
    at(
      files[TAXONOMY_FILES.substitutability],
      'data',
      'concepts',
      1,
      'substitutes',
      0,
    ).substitutability_percentage = 25;
    expect(() => parseTaxonomy(files)).toThrow(/75 % and 25 %/);
  });

  it('reads substitutability the same from either list or both (property)', () => {
    const ids = ['O_stad', 'O_ind', 'O_truck'];
    const edge = fc.record({
      occupationId: fc.constantFrom(...ids),
      substituteId: fc.constantFrom(...ids),
      percent: fc.constantFrom(25, 75),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(edge, { selector: (e) => `${e.occupationId}>${e.substituteId}` }),
        fc.constantFrom('by', 'of', 'both'),
        (edges, lists) => {
          const concepts = ids.map((idOf) => ({
            id: idOf,
            preferred_label: idOf,
            type: 'occupation-name',
            substituted_by:
              lists === 'of'
                ? []
                : edges
                    .filter((e) => e.occupationId === idOf)
                    .map((e) => ({
                      id: e.substituteId,
                      preferred_label: 'x',
                      type: 'occupation-name',
                      substitutability_percentage: e.percent,
                    })),
            substitutes:
              lists === 'by'
                ? []
                : edges
                    .filter((e) => e.substituteId === idOf)
                    .map((e) => ({
                      id: e.occupationId,
                      preferred_label: 'x',
                      type: 'occupation-name',
                      substitutability_percentage: e.percent,
                    })),
          }));
          const t = parseTaxonomy({
            ...fixtureFiles(),
            [TAXONOMY_FILES.substitutability]: { data: { concepts } },
          });
          const key = (e: { occupationId: string; substituteId: string; percent: number }) =>
            `${e.occupationId}>${e.substituteId}:${e.percent}`;
          expect(t.substitutability.map(key).sort()).toEqual(edges.map(key).sort());
        },
      ),
    );
  });
});
