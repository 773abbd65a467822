import { describe, expect, it } from 'vitest';
import type { NeedView } from '../../api/types.ts';
import type { MatchFactor, PresentationSummary, ShortlistEntry } from './api/types.ts';
import {
  allocationGain,
  candidateFilters,
  factorRows,
  formatPoints,
  linkAddress,
  manualStatuses,
  maxScore,
  needInput,
  notificationPath,
  occupationRelation,
  presentationState,
  presentBlock,
  readiness,
} from './explain.ts';

const factor = (name: string, contribution: number, max: number, explanation = ''): MatchFactor => ({
  factor: name,
  contribution,
  max,
  explanation,
});

describe('factorRows and maxScore', () => {
  it('keeps the order, clamps points to 0–max and gives the share for the bar', () => {
    const rows = factorRows([
      factor('occupation', 24, 30, 'Har arbetat som Lagerarbetare'),
      factor('licences', -1, 7),
      factor('commute', 9, 5),
      factor('new_factor', 1, 0),
    ]);
    expect(rows.map((r) => [r.key, r.points, r.max, r.share, r.known])).toEqual([
      ['occupation', 24, 30, 0.8, true],
      ['licences', 0, 7, 0, true],
      ['commute', 5, 5, 1, true],
      ['new_factor', 0, 0, 0, false],
    ]);
    expect(maxScore([factor('a', 1, 30), factor('b', 1, 70), factor('c', 0, -3)])).toBe(100);
  });

  it('formats points with the language’s decimal sign, at most one decimal', () => {
    expect(formatPoints(72.46, 'sv')).toBe('72,5');
    expect(formatPoints(72.46, 'en')).toBe('72.5');
    expect(formatPoints(30, 'sv')).toBe('30');
  });
});

describe('occupationRelation', () => {
  const relation = (text: string) => occupationRelation([factor('occupation', 1, 30, text)]);
  it('reads the engine’s sentences, closest relation first', () => {
    expect(relation('Har arbetat som Lagerarbetare')).toBe('same');
    expect(relation('Erfarenhet som Truckförare, samma yrkesgrupp (SSYK 9333) som Lagerarbetare')).toBe(
      'ssyk4',
    );
    expect(
      relation(
        'Erfarenhet som Truckförare, som enligt Arbetsförmedlingen i hög grad (75 %) kan ersätta Lagerarbetare',
      ),
    ).toBe('substitutable75');
    expect(
      relation(
        'Erfarenhet som Montör, som enligt Arbetsförmedlingen delvis (25 %) kan ersätta Lagerarbetare',
      ),
    ).toBe('substitutable25');
    expect(relation('Erfarenhet som Städare, närliggande yrkesområde (SSYK 911 Städare)')).toBe('ssyk3');
    expect(relation('Erfarenhet som Kock, samma yrkesområde (SSYK 51)')).toBe('ssyk2');
    expect(relation('Ingen erfarenhet av Lagerarbetare eller närliggande yrken')).toBe('none');
    expect(relation('Something new')).toBe('other');
  });

  it('is null without an occupation factor', () => {
    expect(occupationRelation([factor('licences', 7, 7)])).toBeNull();
  });
});

describe('readiness and candidateFilters', () => {
  it('rounds part weeks up', () => {
    expect(readiness(0)).toEqual({ kind: 'now' });
    expect(readiness(1.2)).toEqual({ kind: 'weeks', weeks: 2 });
  });

  it('sends only the chosen filters; my people take precedence over a unit', () => {
    const none = { unitId: '', onlyMine: false, ready: '', commuteKm: '' };
    expect(candidateFilters(none)).toEqual({});
    expect(candidateFilters({ ...none, unitId: 'u1' })).toEqual({ unitId: 'u1' });
    expect(candidateFilters({ ...none, unitId: 'u1', onlyMine: true })).toEqual({ mine: true });
    expect(candidateFilters({ ...none, ready: '0', commuteKm: '25' })).toEqual({
      readyWithinWeeks: 0,
      maxCommuteKm: 25,
    });
  });
});

describe('needInput', () => {
  const need = {
    id: '4b3f3f0e-2f6c-4d8e-9d0a-000000000001',
    status: 'open',
    occupation: { id: 'occ-1', label: 'Lagerarbetare' },
    requiredSkills: [{ id: 'skill-1', label: 'Truckkörning' }],
    meritSkills: [],
    licences: [{ id: 'TRUCK-B1', label: 'Truckkort B1' }],
    languages: [{ code: 'sv', level: 'SFI-D' }],
    municipality: '1488',
    positions: 2,
    startDate: '2026-12-01',
    extentPercent: 100,
    shifts: ['day'],
    weekends: null,
    requiresCar: false,
    minExperienceYears: null,
    openTo: { adaptations: ['physical.no_heavy_lifting'] },
  } as unknown as NeedView;

  it('sends the stored need as the value the index holds for it', () => {
    expect(needInput(need)).toEqual({
      id: need.id,
      occupation: 'occ-1',
      requiredSkills: ['skill-1'],
      meritSkills: [],
      licences: ['TRUCK-B1'],
      languages: [{ code: 'sv', level: 'SFI-D' }],
      positions: 2,
      municipality: '1488',
      startDate: '2026-12-01',
      extentPercent: 100,
      shifts: ['day'],
      requiresCar: false,
      adaptationsAccepted: ['physical.no_heavy_lifting'],
    });
  });

  it('leaves out a need without an occupation', () => {
    expect(needInput({ ...need, occupation: null })).toBeNull();
  });
});

describe('allocationGain', () => {
  it('gives the exact total’s gain over the greedy floor in points and percent', () => {
    expect(allocationGain(308367.46, 307610.93)).toEqual({ points: 756.53, percent: 0.2 });
    expect(allocationGain(0, 0)).toEqual({ points: 0, percent: 0 });
  });
});

describe('the shortlist’s rules', () => {
  const entry = (status: ShortlistEntry['status'], consent: boolean) =>
    ({
      status,
      consent: consent ? { id: 'c', fields: ['name'], givenOn: '2026-01-01' } : null,
    }) as ShortlistEntry;

  it('never offers the system’s statuses or the current one by hand', () => {
    expect(manualStatuses('considered')).toEqual([
      'contacted',
      'relevant',
      'interview',
      'not_relevant',
      'declined',
    ]);
    expect(manualStatuses('presented')).toEqual([
      'considered',
      'contacted',
      'relevant',
      'interview',
      'not_relevant',
      'declined',
    ]);
  });

  it('presents only people with consent whose entry is not closed', () => {
    expect(presentBlock(entry('relevant', true))).toBeNull();
    expect(presentBlock(entry('presented', true))).toBeNull();
    expect(presentBlock(entry('relevant', false))).toBe('noConsent');
    expect(presentBlock(entry('hired', true))).toBe('closed');
    expect(presentBlock(entry('declined', true))).toBe('closed');
    expect(presentBlock({ ...entry('relevant', true), protectedIdentity: true })).toBe('protected');
  });

  it('tells a valid link from a revoked or expired one', () => {
    const p = (expiresAt: string, revoked: boolean) => ({ expiresAt, revoked }) as PresentationSummary;
    const now = new Date('2026-10-15T12:00:00Z');
    expect(presentationState(p('2026-10-16T00:00:00Z', false), now)).toBe('active');
    expect(presentationState(p('2026-10-15T12:00:00Z', false), now)).toBe('expired');
    expect(presentationState(p('2026-10-16T00:00:00Z', true), now)).toBe('revoked');
  });
});

describe('addresses', () => {
  it('builds the employer’s full link from the origin and the path', () => {
    expect(linkAddress('https://arbetsbro.example/', '/svar/abc')).toBe('https://arbetsbro.example/svar/abc');
    expect(linkAddress('http://127.0.0.1:3000', 'svar/abc')).toBe('http://127.0.0.1:3000/svar/abc');
  });

  it('sends the server’s /behov/<id> links to the need’s page, and nothing outside the app', () => {
    const id = '4b3f3f0e-2f6c-4d8e-9d0a-000000000001';
    expect(notificationPath(`/behov/${id}`)).toBe(`/rekryteringsbehov/${id}#matchning`);
    expect(notificationPath('/deltagare/x')).toBe('/deltagare/x');
    expect(notificationPath('//evil.example/x')).toBeNull();
    expect(notificationPath('https://evil.example/')).toBeNull();
    expect(notificationPath(null)).toBeNull();
  });
});
