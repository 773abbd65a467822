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
        weeks: course.weeksPerStep * (toRank - Math.max(0, fromRank)),
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
  credentials: {
    am: { trainingId: 'korkort-am', label: 'Moped klass I (AM)', weeks: 2 },
    b: { trainingId: 'korkort-b', label: 'B-körkort (trafikskola)', weeks: 10 },
    be: { trainingId: 'korkort-be', label: 'BE-körkort (tung släpvagn)', weeks: 2 },
    c1: { trainingId: 'korkort-c1', label: 'C1-körkort', weeks: 6 },
    c: { trainingId: 'korkort-c-ykb', label: 'C-körkort med YKB grund', weeks: 12 },
    ce: { trainingId: 'korkort-ce-ykb', label: 'CE-körkort med YKB grund', weeks: 16 },
    d: { trainingId: 'korkort-d-ykb', label: 'D-körkort (buss) med YKB grund', weeks: 16 },
    ykb: { trainingId: 'ykb-grund', label: 'YKB grundutbildning', weeks: 7 },
    'truck-a': { trainingId: 'truckkort', label: 'Truckkort A+B', weeks: 1 },
    'truck-b': { trainingId: 'truckkort', label: 'Truckkort A+B', weeks: 1 },
    truck: { trainingId: 'truckkort', label: 'Truckkort A+B', weeks: 1 },
    'truck-a2': { trainingId: 'truckkort', label: 'Truckkort A+B', weeks: 1 },
    'truck-b1': { trainingId: 'truckkort', label: 'Truckkort A+B', weeks: 1 },
    'truck-b2': { trainingId: 'truckkort', label: 'Truckkort A+B', weeks: 1 },
    id06: { trainingId: 'id06', label: 'ID06 och Säkerhet på byggarbetsplats', weeks: 1 },
    'heta-arbeten': { trainingId: 'heta-arbeten', label: 'Heta arbeten', weeks: 1 },
    hlr: { trainingId: 'hlr', label: 'HLR', weeks: 1 },
    hygienpass: { trainingId: 'livsmedelshygien', label: 'Livsmedelshygien (hygienpass)', weeks: 1 },
    livsmedelshygien: { trainingId: 'livsmedelshygien', label: 'Livsmedelshygien (hygienpass)', weeks: 1 },
    delegering: { trainingId: 'lakemedelsdelegering', label: 'Läkemedelsdelegering', weeks: 1 },
    'apv-1-2': { trainingId: 'apv', label: 'Arbete på väg 1.1/2.1', weeks: 1 },
    apv: { trainingId: 'apv', label: 'Arbete på väg 1.1/2.1', weeks: 1 },
    lift: { trainingId: 'liftkort', label: 'Liftkort (skylift)', weeks: 1 },
    liftkort: { trainingId: 'liftkort', label: 'Liftkort (skylift)', weeks: 1 },
    fallskydd: { trainingId: 'fallskydd', label: 'Fallskydd', weeks: 1 },
    'ssg-entre': { trainingId: 'ssg-entre', label: 'SSG Entre', weeks: 1 },
    ssg: { trainingId: 'ssg-entre', label: 'SSG Entre', weeks: 1 },
    vakt: { trainingId: 'vaktutbildning', label: 'Väktarutbildning', weeks: 8 },
    ordningsvakt: { trainingId: 'ordningsvakt', label: 'Ordningsvaktsutbildning', weeks: 3 },
    underskoterska: { trainingId: 'vard-usk', label: 'Undersköterskeutbildning (Komvux)', weeks: 60 },
  },
  languages: {
    sv: { trainingId: 'sfi-sas', label: 'Svenska för invandrare / svenska som andraspråk', weeksPerStep: 12 },
    en: { trainingId: 'engelska-komvux', label: 'Engelska (Komvux)', weeksPerStep: 10 },
  },
};

export function defaultTrainingCatalogue(): TrainingCatalogue {
  return createTrainingCatalogue(DEFAULT_TRAINING_DATA);
}
