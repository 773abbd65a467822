// A tiny hand-written export in the JobTech file shapes, for tests that must not depend on ../shared.
import { TAXONOMY_FILES } from '../jobtech/files.ts';

const occ = (id: string, label: string) => ({ id, preferred_label: label, type: 'occupation-name' });

export function fixtureFiles(): Record<string, unknown> {
  return {
    [TAXONOMY_FILES.hierarchy]: {
      data: {
        concepts: [
          {
            id: 'L1_9',
            preferred_label: 'Yrken med krav på kortare utbildning eller introduktion',
            type: 'ssyk-level-1',
            ssyk_code_2012: '9',
            narrower: [
              {
                id: 'L2_91',
                preferred_label: 'Städare m.fl.',
                type: 'ssyk-level-2',
                ssyk_code_2012: '91',
                narrower: [
                  {
                    id: 'L3_911',
                    preferred_label: 'Städare m.fl.',
                    type: 'ssyk-level-3',
                    ssyk_code_2012: '911',
                    narrower: [
                      {
                        id: 'G_9111',
                        preferred_label: 'Städare',
                        type: 'ssyk-level-4',
                        ssyk_code_2012: '9111',
                        definition: 'Städar lokaler.',
                        narrower: [occ('O_stad', 'Städare'), occ('O_ind', 'Industristädare')],
                      },
                    ],
                  },
                ],
              },
            ],
          },
          {
            id: 'L1_8',
            preferred_label: 'Yrken inom maskinell tillverkning och transport m.m.',
            type: 'ssyk-level-1',
            ssyk_code_2012: '8',
            narrower: [
              {
                id: 'L2_83',
                preferred_label: 'Transport- och maskinförare',
                type: 'ssyk-level-2',
                ssyk_code_2012: '83',
                narrower: [
                  {
                    id: 'L3_834',
                    preferred_label: 'Maskinförare',
                    type: 'ssyk-level-3',
                    ssyk_code_2012: '834',
                    narrower: [
                      {
                        id: 'G_8344',
                        preferred_label: 'Truckförare',
                        type: 'ssyk-level-4',
                        ssyk_code_2012: '8344',
                        narrower: [
                          occ('O_truck', 'Truckförare'),
                          {
                            ...occ('O_truck_old', 'Truckchaufför'),
                            deprecated: true,
                            replaced_by: [occ('O_truck', 'Truckförare')],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    },
    [TAXONOMY_FILES.skills]: {
      data: {
        concepts: [
          { id: 'S_truck', preferred_label: 'Truckvana', type: 'skill' },
          { id: 'S_stad', preferred_label: 'Lokalvård', type: 'skill' },
          {
            id: 'S_old',
            preferred_label: 'Golvvård, gammal',
            type: 'skill',
            deprecated: true,
            replaced_by: [{ id: 'S_stad' }],
          },
        ],
      },
    },
    [TAXONOMY_FILES.ssyk4Skills]: {
      data: {
        concepts: [
          {
            id: 'G_8344',
            preferred_label: 'Truckförare',
            type: 'ssyk-level-4',
            related: [{ id: 'S_truck', preferred_label: 'Truckvana', type: 'skill' }],
          },
          {
            id: 'G_9111',
            preferred_label: 'Städare',
            type: 'ssyk-level-4',
            related: [{ id: 'S_stad', preferred_label: 'Lokalvård', type: 'skill' }],
          },
        ],
      },
    },
    [TAXONOMY_FILES.substitutability]: {
      data: {
        concepts: [
          {
            id: 'O_stad',
            preferred_label: 'Städare',
            type: 'occupation-name',
            substituted_by: [{ ...occ('O_ind', 'Industristädare'), substitutability_percentage: 75 }],
            substitutes: [],
          },
          {
            id: 'O_ind',
            preferred_label: 'Industristädare',
            type: 'occupation-name',
            substituted_by: [],
            substitutes: [{ ...occ('O_stad', 'Städare'), substitutability_percentage: 75 }],
          },
        ],
      },
    },
    'occupations-with-no-edcuational-requirements.json': {
      data: {
        concepts: [
          {
            id: 'C_noedu',
            preferred_label: 'Yrkessamling, yrken utan krav på utbildning',
            type: 'occupation-collection',
            related: [occ('O_stad', 'Städare')],
          },
        ],
      },
    },
  };
}
