// A tiny hand-made taxonomy for tests: two SSYK areas (care, transport) and one kitchen group,
// enough to exercise every occupation-fit level, skill rarity and credential implications.
import type { Taxonomy } from '@arbetsbro/taxonomy';

const group = (id: string, code: string, label: string, parentId?: string) => ({
  id,
  code,
  level: code.length as 1 | 2 | 3 | 4,
  label,
  ...(parentId ? { parentId } : {}),
});

export const OCC = {
  uskHem: 'occ-usk-hem',
  uskSjukhus: 'occ-usk-sjukhus',
  skotare: 'occ-skotare',
  vardbitrade: 'occ-vardbitrade',
  persAss: 'occ-personlig-assistent',
  kock: 'occ-kock',
  lastbil: 'occ-lastbil',
  truck: 'occ-truck',
  lager: 'occ-lager',
} as const;

export const SKILL = {
  omvardnad: 'sk-omvardnad',
  dokumentation: 'sk-dokumentation',
  forflyttning: 'sk-forflyttning',
  psykiatri: 'sk-psykiatri',
  matlagning: 'sk-matlagning',
  lastsakring: 'sk-lastsakring',
  plock: 'sk-plock',
  rare: 'sk-sallsynt',
} as const;

export const fixtureTaxonomy: Taxonomy = {
  version: 'fixture-1',
  source: 'default',
  ssykGroups: [
    group('g5', '5', 'Service-, omsorgs- och försäljningsarbete'),
    group('g51', '51', 'Serviceyrken', 'g5'),
    group('g512', '512', 'Kockar och kallskänkor', 'g51'),
    group('g5120', '5120', 'Kockar och kallskänkor', 'g512'),
    group('g53', '53', 'Omsorgsarbete', 'g5'),
    group('g532', '532', 'Undersköterskor m.fl.', 'g53'),
    group('g5321', '5321', 'Undersköterskor, hemtjänst m.m.', 'g532'),
    group('g5322', '5322', 'Skötare', 'g532'),
    group('g533', '533', 'Vårdbiträden', 'g53'),
    group('g5330', '5330', 'Vårdbiträden', 'g533'),
    group('g534', '534', 'Personliga assistenter', 'g53'),
    group('g5340', '5340', 'Personliga assistenter', 'g534'),
    group('g8', '8', 'Maskinell tillverkning och transport'),
    group('g83', '83', 'Transport- och maskinförare', 'g8'),
    group('g833', '833', 'Lastbils- och bussförare', 'g83'),
    group('g8332', '8332', 'Lastbilsförare', 'g833'),
    group('g834', '834', 'Maskinförare', 'g83'),
    group('g8344', '8344', 'Truckförare', 'g834'),
    group('g9', '9', 'Arbeten utan krav på särskild yrkesutbildning'),
    group('g93', '93', 'Lager m.m.', 'g9'),
    group('g932', '932', 'Lager m.m.', 'g93'),
    group('g9321', '9321', 'Lagerarbetare', 'g932'),
  ],
  occupations: [
    { id: OCC.uskHem, label: 'Undersköterska, hemtjänst', ssyk4Id: 'g5321' },
    { id: OCC.uskSjukhus, label: 'Undersköterska, sjukhus', ssyk4Id: 'g5321' },
    { id: OCC.skotare, label: 'Skötare', ssyk4Id: 'g5322' },
    { id: OCC.vardbitrade, label: 'Vårdbiträde', ssyk4Id: 'g5330' },
    { id: OCC.persAss, label: 'Personlig assistent', ssyk4Id: 'g5340' },
    { id: OCC.kock, label: 'Kock', ssyk4Id: 'g5120' },
    { id: OCC.lastbil, label: 'Lastbilsförare', ssyk4Id: 'g8332' },
    { id: OCC.truck, label: 'Truckförare', ssyk4Id: 'g8344' },
    { id: OCC.lager, label: 'Lagerarbetare', ssyk4Id: 'g9321' },
  ],
  skills: Object.values(SKILL).map((id) => ({ id, label: id.slice(3) })),
  ssyk4Skills: [
    { ssyk4Id: 'g5321', skillId: SKILL.omvardnad },
    { ssyk4Id: 'g5321', skillId: SKILL.dokumentation },
    { ssyk4Id: 'g5321', skillId: SKILL.forflyttning },
    { ssyk4Id: 'g5322', skillId: SKILL.omvardnad },
    { ssyk4Id: 'g5322', skillId: SKILL.psykiatri },
    { ssyk4Id: 'g5330', skillId: SKILL.omvardnad },
    { ssyk4Id: 'g5120', skillId: SKILL.matlagning },
    { ssyk4Id: 'g8332', skillId: SKILL.lastsakring },
    { ssyk4Id: 'g8344', skillId: SKILL.lastsakring },
    { ssyk4Id: 'g8344', skillId: SKILL.plock },
    { ssyk4Id: 'g9321', skillId: SKILL.plock },
  ],
  substitutability: [
    { occupationId: OCC.uskHem, substituteId: OCC.vardbitrade, percent: 75 },
    { occupationId: OCC.uskHem, substituteId: OCC.kock, percent: 25 },
    { occupationId: OCC.truck, substituteId: OCC.lager, percent: 25 },
    { occupationId: OCC.lager, substituteId: OCC.truck, percent: 75 },
  ],
  ssyk4Isco: [],
  languages: [
    { id: 'lang-sv', label: 'Svenska', iso6391: 'sv' },
    { id: 'lang-en', label: 'Engelska', iso6391: 'en' },
    { id: 'lang-so', label: 'Somaliska', iso6391: 'so' },
  ],
  credentials: [
    { code: 'B', label: 'B-körkort', kind: 'driving_licence' },
    { code: 'C', label: 'C-körkort', kind: 'driving_licence', implies: ['B'] },
    { code: 'CE', label: 'CE-körkort', kind: 'driving_licence', implies: ['C'] },
    { code: 'truck-a', label: 'Truckkort A', kind: 'certificate' },
    { code: 'dykcert', label: 'Yrkesdykarcertifikat', kind: 'certificate' },
  ],
  languageLevels: [
    { code: 'sfi-b', label: 'SFI kurs B', scale: 'sfi', rank: 1 },
    { code: 'sfi-d', label: 'SFI kurs D', scale: 'sfi', rank: 2 },
    { code: 'sas-grund', label: 'SAS grund', scale: 'sas', rank: 3 },
    { code: 'A1', label: 'A1', scale: 'cefr', rank: 1 },
    { code: 'A2', label: 'A2', scale: 'cefr', rank: 2 },
    { code: 'B1', label: 'B1', scale: 'cefr', rank: 3 },
    { code: 'B2', label: 'B2', scale: 'cefr', rank: 4 },
    { code: 'C1', label: 'C1', scale: 'cefr', rank: 5 },
    { code: 'C2', label: 'C2', scale: 'cefr', rank: 6 },
  ],
};

/** Municipality centroids for tests (real-ish coordinates). */
export const PLACES = new Map([
  ['1488', { lat: 58.2836, lng: 12.2886 }], // Trollhättan
  ['1440', { lat: 57.9307, lng: 12.0333 }], // Ale
  ['1480', { lat: 57.7089, lng: 11.9746 }], // Göteborg
  ['0180', { lat: 59.3293, lng: 18.0686 }], // Stockholm
  ['2584', { lat: 67.8558, lng: 20.2253 }], // Kiruna
]);
