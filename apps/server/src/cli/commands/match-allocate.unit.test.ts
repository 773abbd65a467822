// The CLI contract of `arbetsbro match` / `arbetsbro allocate`, run as a real process.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, '../../../bin/arbetsbro.js');
const shared = resolve(import.meta.dirname, '../../../../../../shared/data');
const dir = mkdtempSync(join(tmpdir(), 'arbetsbro-match-'));
const file = (name: string, data: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data));
  return path;
};
const cli = async (...args: string[]) => JSON.parse((await run(process.execPath, [bin, ...args])).stdout);

describe('arbetsbro match: dates as people write them (field case F12)', () => {
  it('refuses 1/6/2025 instead of reading it as 6 January, naming the item and the field', async () => {
    const participants = file('f12-participants.json', [
      {
        id: 'p-iso',
        occupations: [{ id: 'bSEB_VKd_Ub3', years: 3 }],
        skills: [],
        availableFrom: '2025-06-01',
      },
      {
        id: 'p-slash',
        occupations: [{ id: 'bSEB_VKd_Ub3', years: 3 }],
        skills: [],
        availableFrom: '1/6/2025',
      },
      {
        id: 'p-feb',
        occupations: [{ id: 'bSEB_VKd_Ub3', years: 3 }],
        skills: [],
        availableFrom: '2025-02-30',
      },
    ]);
    const needs = file('f12-needs.json', [
      { id: 'n1', occupation: 'bSEB_VKd_Ub3', startDate: '2025-03-01', positions: 1 },
    ]);
    const error = await run(process.execPath, [
      bin,
      'match',
      '--participants',
      participants,
      '--needs',
      needs,
    ]).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stderr).toMatch(/post 1 \(availableFrom\): datumet ska skrivas ÅÅÅÅ-MM-DD/);
    expect(error.stderr).toMatch(/post 2 \(availableFrom\)/);
  }, 30_000);
});

describe('arbetsbro allocate --scores', () => {
  it('prints the maximum-score allocation within capacities', async () => {
    const scores = file('s.json', {
      needs: [
        { id: 'lager', capacity: 1 },
        { id: 'vard', capacity: 1 },
      ],
      participants: [
        { id: 'anna', capacity: 1 },
        { id: 'bo', capacity: 1 },
      ],
      pairs: [
        { needId: 'lager', participantId: 'anna', score: 90 },
        { needId: 'vard', participantId: 'anna', score: 80 },
        { needId: 'lager', participantId: 'bo', score: 30 },
        { needId: 'vard', participantId: 'bo', score: 10 },
      ],
    });
    const exact = await cli('allocate', '--scores', scores);
    expect(exact.totalScore).toBe(110);
    expect(exact.assignments).toEqual([
      { needId: 'lager', participantId: 'bo', score: 30 },
      { needId: 'vard', participantId: 'anna', score: 80 },
    ]);
    expect((await cli('allocate', '--scores', scores, '--greedy')).totalScore).toBe(100);
  }, 30_000);

  it('reports a user error without a stack trace', async () => {
    const bad = file('bad.json', {
      needs: [],
      participants: [],
      pairs: [{ needId: 'x', participantId: 'y', score: 1 }],
    });
    const error = await run(process.execPath, [bin, 'allocate', '--scores', bad]).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stderr).toMatch(/^arbetsbro: .*okänt behov x/);
  }, 30_000);
});

describe.skipIf(!existsSync(join(shared, 'taxonomy')))('arbetsbro match on the real JobTech taxonomy', () => {
  // Undersköterska, vård- och specialavdelning och mottagning; Barnsköterska substitutes it at 75 %.
  const usk = 'PQkQ_Dmk_ZF8';
  const participants = file('p.json', [
    { id: 'same', occupations: [{ id: usk, years: 4 }], skills: [], municipality: '1488', gender: 'x' },
    { id: 'far', occupations: [{ id: usk, years: 4 }], skills: [], municipality: '2584', maxCommuteKm: 20 },
    { id: 'none', occupations: [], skills: [], municipality: '1488' },
  ]);
  const needs = file('n.json', [
    { id: 'N1', occupation: usk, municipality: '1488', positions: 1, licences: ['B'] },
  ]);
  const common = ['--participants', participants, '--needs', needs, '--taxonomy', join(shared, 'taxonomy')];

  it('ranks candidates per need, leaves out blocked pairs and shows gaps', async () => {
    const out = await cli('match', ...common, '--geo', join(shared, 'geo'), '--top', '0');
    expect(out).toHaveLength(1);
    expect(out[0].needId).toBe('N1');
    const ids = out[0].candidates.map((c: { participantId: string }) => c.participantId);
    expect(ids).toEqual(['same', 'none']);
    expect(out[0].candidates[0].gaps[0].closedBy.trainingId).toBe('korkort-b');
    expect(out[0].candidates[0].blockers).toEqual([]);
  }, 30_000);

  it('answers per participant and allocates', async () => {
    const out = await cli(
      'match',
      ...common,
      '--geo',
      join(shared, 'geo'),
      '--direction',
      'participant',
      '--top',
      '1',
    );
    expect(
      out.map((p: { participantId: string; needs: unknown[] }) => [p.participantId, p.needs.length]),
    ).toEqual([
      ['same', 1],
      ['far', 0],
      ['none', 1],
    ]);
    const allocation = await cli('allocate', ...common, '--geo', join(shared, 'geo'));
    expect(allocation.assignments.map((a: { participantId: string }) => a.participantId)).toEqual(['same']);
  }, 30_000);
});
