// What closes a gap, and how long it takes. The unit supplies its own catalogue (vuxenutbildningen's
// courses, trafikskolor, Jobbspår); the engine only asks this interface.
import type { ConceptId } from '@arbetsbro/taxonomy';
import type { TrainingOption } from './types.ts';

export interface TrainingCatalogue {
  /** A training that gives a required or merit skill, or undefined if none is known. */
  forSkill(skillId: ConceptId): TrainingOption | undefined;
  /** A training or licence course for a credential code (lower case). */
  forCredential(code: string): TrainingOption | undefined;
  /** A course that lifts a language from one rank to another (0 = none … 6), or undefined. */
  forLanguage(code: string, fromRank: number, toRank: number): TrainingOption | undefined;
}

export interface TrainingCatalogueData {
  skills?: Record<ConceptId, TrainingOption>;
  /** Used for any skill without its own entry, e.g. a Jobbspår with the employer. */
  anySkill?: TrainingOption;
  credentials?: Record<string, TrainingOption>;
  /** Per language code (ISO 639-1 lower case): weeks per rank step. */
  languages?: Record<string, { trainingId: string; label: string; weeksPerStep: number }>;
}

export function createTrainingCatalogue(data: TrainingCatalogueData): TrainingCatalogue {
  const credentials = new Map(Object.entries(data.credentials ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const languages = new Map(Object.entries(data.languages ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    forSkill: (skillId) => data.skills?.[skillId] ?? data.anySkill,
    forCredential: (code) => credentials.get(code.toLowerCase()),
    forLanguage: (code, fromRank, toRank) => {
      const course = languages.get(code.toLowerCase());
      if (!course || toRank <= fromRank) return undefined;
      return {
        trainingId: course.trainingId,
        label: course.label,
        weeks: Math.ceil(course.weeksPerStep * (toRank - Math.max(0, fromRank))),
      };
    },
  };
}

/**
 * A small default: typical lengths for licences and certificates that recruitment needs ask for,
 * Swedish for immigrants / Swedish as a second language, and a Jobbspår (targeted training +
 * internship with the employer) for skills. Units replace it with their own catalogue.
 */
export const DEFAULT_TRAINING_DATA: TrainingCatalogueData = {
  anySkill: {
    trainingId: 'jobbspar',
    label: 'Jobbspår: riktad utbildning och praktik hos arbetsgivaren',
    weeks: 8,
  },
  // Codes as in @arbetsbro/taxonomy's default credentials (matched case-insensitively).
  credentials: {
    am: { trainingId: 'korkort-am', label: 'Körkort AM (moped klass I)', weeks: 2 },
    b: { trainingId: 'korkort-b', label: 'Körkort B (trafikskola)', weeks: 10 },
    be: { trainingId: 'korkort-be', label: 'Körkort BE', weeks: 2 },
    c1: { trainingId: 'korkort-c1', label: 'Körkort C1', weeks: 6 },
    c: {
      trainingId: 'korkort-c-ykb',
      label: 'Körkort C med YKB grund (Komvux/yrkesförarutbildning)',
      weeks: 14,
    },
    ce: {
      trainingId: 'korkort-ce-ykb',
      label: 'Körkort CE med YKB grund (Komvux/yrkesförarutbildning)',
      weeks: 18,
    },
    d: { trainingId: 'korkort-d-ykb', label: 'Körkort D med YKB grund (bussförarutbildning)', weeks: 18 },
    ykb: { trainingId: 'ykb-grund', label: 'YKB grundutbildning', weeks: 7 },
    forarkort: { trainingId: 'forarkort', label: 'Förarkort (Transportstyrelsen)', weeks: 2 },
    adr: { trainingId: 'adr', label: 'ADR grund', weeks: 1 },
    'adr-tank': { trainingId: 'adr-tank', label: 'ADR grund + tank', weeks: 2 },
    ...Object.fromEntries(
      [
        'a1',
        'a2',
        'a3',
        'a4',
        'b1',
        'b2',
        'b3',
        'b4',
        'b5',
        'b6',
        'c2',
        'c3',
        'c4',
        'c5',
        'c7',
        'd1',
        'd2',
      ].map((c) => [
        `truck-${c}`,
        { trainingId: 'truckkort', label: 'Truckutbildning enligt TLP 10', weeks: 1 },
      ]),
    ),
    hjullastare: { trainingId: 'forarbevis-hjullastare', label: 'Förarbevis hjullastare', weeks: 2 },
    gravmaskin: { trainingId: 'forarbevis-gravmaskin', label: 'Förarbevis grävmaskin', weeks: 4 },
    liftkort: { trainingId: 'liftkort', label: 'Liftkort (MEWP)', weeks: 1 },
    fallskydd: { trainingId: 'fallskydd', label: 'Fallskyddsutbildning', weeks: 1 },
    id06: { trainingId: 'id06', label: 'ID06 med säkerhetsintroduktion', weeks: 1 },
    'ssg-entre': { trainingId: 'ssg-entre', label: 'SSG Entre', weeks: 1 },
    'heta-arbeten': { trainingId: 'heta-arbeten', label: 'Heta arbeten', weeks: 1 },
    'arbete-pa-vag': { trainingId: 'arbete-pa-vag', label: 'Arbete på väg, grundkurs', weeks: 1 },
    hygienbevis: { trainingId: 'hygienbevis', label: 'Livsmedelshygien (hygienbevis)', weeks: 1 },
    hlr: { trainingId: 'hlr', label: 'HLR', weeks: 1 },
    'forsta-hjalpen': { trainingId: 'forsta-hjalpen', label: 'Första hjälpen', weeks: 1 },
    delegering: { trainingId: 'delegering', label: 'Läkemedelsdelegering', weeks: 1 },
    'usk-bevis': {
      trainingId: 'usk-komvux',
      label: 'Undersköterskeutbildning (Komvux, vård- och omsorgsprogrammet)',
      weeks: 60,
    },
    vaktare: { trainingId: 'vaktare', label: 'Väktarutbildning (grund)', weeks: 8 },
    ordningsvakt: { trainingId: 'ordningsvakt', label: 'Ordningsvaktsutbildning', weeks: 3 },
    motorsag: { trainingId: 'motorsag', label: 'Motorsågskörkort', weeks: 1 },
    rojsag: { trainingId: 'rojsag', label: 'Röjsågskörkort', weeks: 1 },
    travers: { trainingId: 'travers', label: 'Traversutbildning', weeks: 1 },
    elsakerhet: { trainingId: 'elsakerhet', label: 'Elsäkerhet för icke-elektriker', weeks: 1 },
  },
  languages: {
    sv: { trainingId: 'sfi-sas', label: 'Svenska för invandrare / svenska som andraspråk', weeksPerStep: 12 },
    en: { trainingId: 'engelska-komvux', label: 'Engelska (Komvux)', weeksPerStep: 10 },
  },
};

export function defaultTrainingCatalogue(): TrainingCatalogue {
  return createTrainingCatalogue(DEFAULT_TRAINING_DATA);
}
