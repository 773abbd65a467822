import type { TFunction } from 'i18next';
import { expect, describe as group, it } from 'vitest';
import type { Credential, NeedCreateBody, NeedHistoryItem } from '../../api/types.ts';
import type { NeedT } from './i18n/index.ts';
import { type NeedRows, needField, readNeedForm, rowsFromNeed } from './need-form.ts';
import { describe } from './need-history.ts';

// A t that shows which message was chosen, with its values.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as NeedT;
const tShared = t as unknown as TFunction;

const credentials: Credential[] = [
  { code: 'B', label: 'Körkort B', kind: 'driving_licence', implies: [] },
  { code: 'TRUCK-B1', label: 'Truckkort B1', kind: 'certificate', implies: [] },
];

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const emptyRows: NeedRows = { occupationId: '', requiredSkills: [], meritSkills: [], languages: [] };
const read = (fields: Record<string, string>, rows: NeedRows = emptyRows, previousLicences: string[] = []) =>
  readNeedForm(form(fields), rows, {
    credentialList: credentials,
    previousLicences,
    t,
    tShared,
    language: 'sv',
  });

group('readNeedForm', () => {
  it('reads a full need in the terms the API takes', () => {
    const { errors, body } = read(
      {
        title: '  Två lagerarbetare ',
        description: 'Dagtid.',
        employerId: 'e1',
        workplaceId: '',
        positions: '2',
        minExperienceYears: '0,5',
        'licence.TRUCK-B1': 'true',
        municipality: '1488',
        extentPercent: '75',
        startDate: '2026-09-01',
        employmentForm: 'permanent',
        hours: '06–15',
        'shift.day': 'true',
        weekends: 'true',
        'openTo.internshipFirst': 'true',
        'adaptation.physical.no_heavy_lifting': 'true',
        'targetGroup.newly_arrived': 'true',
      },
      {
        occupationId: 'occ-1',
        requiredSkills: [{ key: 'a', id: 'skill-1' }],
        meritSkills: [],
        languages: [{ key: 'b', code: 'sv', level: 'SFI-D', text: '' }],
      },
    );
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      title: 'Två lagerarbetare',
      description: 'Dagtid.',
      employerId: 'e1',
      workplaceId: null,
      occupationId: 'occ-1',
      positions: 2,
      requiredSkills: ['skill-1'],
      meritSkills: [],
      licences: ['TRUCK-B1'],
      languages: [{ code: 'sv', level: 'SFI-D' }],
      municipality: '1488',
      extentPercent: 75,
      hours: '06–15',
      shifts: ['day'],
      weekends: true,
      startDate: '2026-09-01',
      employmentForm: 'permanent',
      requiresCar: false,
      minExperienceYears: 0.5,
      openTo: {
        internshipFirst: true,
        jobbspar: false,
        subsidisedEmployment: false,
        adaptations: ['physical.no_heavy_lifting'],
        targetGroups: ['newly_arrived'],
      },
    });
  });

  it('leaves out what was not given: no occupation, no shifts, no start', () => {
    const { errors, body } = read({ title: 'Kock', positions: '1' });
    expect(errors).toEqual({});
    expect(body.occupationId).toBeNull();
    expect(body.shifts).toBeNull();
    expect(body.startDate).toBeNull();
    expect(body.extentPercent).toBeNull();
    expect(body.employmentForm).toBeNull();
  });

  it('puts each problem on its field, as the server names it', () => {
    const { errors } = read(
      {
        title: ' ',
        positions: '0',
        extentPercent: '120',
        minExperienceYears: 'två',
        startDate: '2026-02-31',
      },
      {
        occupationId: '',
        requiredSkills: [{ key: 'a', id: '' }],
        meritSkills: [],
        languages: [{ key: 'b', code: '', level: '', text: 'klingon' }],
      },
    );
    expect(Object.keys(errors).sort()).toEqual(
      [
        'title',
        'positions',
        'extentPercent',
        'minExperienceYears',
        'startDate',
        'requiredSkills.0',
        'languages.0.code',
        'languages.0.level',
      ].sort(),
    );
    expect(errors['languages.0.code']).toContain('klingon');
  });

  it('keeps licence codes the vocabulary no longer offers', () => {
    const { body } = read({ title: 'Förare', positions: '1', 'licence.B': 'true' }, emptyRows, [
      'B',
      'OLD-1',
    ]);
    expect(body.licences).toEqual(['B', 'OLD-1']);
  });

  it('starts an edit from the stored need', () => {
    const rows = rowsFromNeed({
      occupation: { id: 'occ-1', label: 'Kock' },
      requiredSkills: [{ id: 's1', label: 'Grill' }],
      meritSkills: [],
      languages: [{ code: 'sv', level: 'SFI-C' }],
    } as unknown as Parameters<typeof rowsFromNeed>[0]);
    expect(rows.occupationId).toBe('occ-1');
    expect(rows.requiredSkills.map((r) => r.id)).toEqual(['s1']);
    expect(rows.languages.map((r) => [r.code, r.level])).toEqual([['sv', 'SFI-C']]);
  });
});

group('needField', () => {
  const sent = {
    licences: ['B', 'TRUCK-B1'],
    shifts: ['night'],
    openTo: { adaptations: ['physical.seated_work'], targetGroups: ['young'] },
  } as unknown as NeedCreateBody;
  it('maps server paths of checkbox lists to the checkbox of the value sent', () => {
    expect(needField('licences.1', sent)).toBe('licence.TRUCK-B1');
    expect(needField('shifts.0', sent)).toBe('shift.night');
    expect(needField('openTo.adaptations.0', sent)).toBe('adaptation.physical.seated_work');
    expect(needField('openTo.targetGroups.0', sent)).toBe('targetGroup.young');
    expect(needField('title', sent)).toBeNull();
    expect(needField('licences.5', sent)).toBeNull();
  });
});

group('need history', () => {
  const item = (over: Partial<NeedHistoryItem>): NeedHistoryItem => ({
    at: '2026-11-30T10:00:00Z',
    staff: null,
    kind: 'status',
    fields: null,
    fromStatus: null,
    toStatus: null,
    reason: null,
    ...over,
  });
  it('says what happened in words', () => {
    expect(describe(item({ kind: 'created', toStatus: 'received' }), t)).toBe(
      'history.created {"status":"labels.status.received"}',
    );
    expect(describe(item({ kind: 'updated', fields: ['occupationId', 'somethingNew'] }), t)).toBe(
      'history.updated {"fields":"history.fields.occupationId, somethingNew"}',
    );
    expect(describe(item({ fromStatus: 'open', toStatus: 'filled', reason: 'filled_through_us' }), t)).toBe(
      'labels.status.open → labels.status.filled (labels.closingReason.filled_through_us)',
    );
    expect(describe(item({ fromStatus: 'closed', toStatus: 'open', reason: 'Ny omgång' }), t)).toBe(
      'labels.status.closed → labels.status.open (Ny omgång)',
    );
  });
});
