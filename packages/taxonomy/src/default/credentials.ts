import type { Credential } from '../model.ts';

// Swedish driving licence categories (körkortsbehörigheter). `implies` is the full set a holder
// may also drive (EU directive 2006/126 plus the Swedish rule that every category includes AM);
// every category from C1 and D1 up requires B.
const licence = (code: string, label: string, implies: string[]): Credential => ({
  code,
  label,
  kind: 'driving_licence',
  implies,
});

export const DRIVING_LICENCES: readonly Credential[] = [
  licence('AM', 'Körkort AM (moped klass I)', []),
  licence('A1', 'Körkort A1 (lätt motorcykel)', ['AM']),
  licence('A2', 'Körkort A2 (mellanstor motorcykel)', ['A1', 'AM']),
  licence('A', 'Körkort A (tung motorcykel)', ['A2', 'A1', 'AM']),
  licence('B', 'Körkort B (personbil)', ['AM']),
  licence('BE', 'Körkort BE (personbil med tungt släp)', ['B', 'AM']),
  licence('C1', 'Körkort C1 (medeltung lastbil)', ['B', 'AM']),
  licence('C1E', 'Körkort C1E (medeltung lastbil med släp)', ['C1', 'BE', 'B', 'AM']),
  licence('C', 'Körkort C (tung lastbil)', ['C1', 'B', 'AM']),
  licence('CE', 'Körkort CE (tung lastbil med släp)', ['C', 'C1E', 'C1', 'BE', 'B', 'AM']),
  licence('D1', 'Körkort D1 (mellanstor buss)', ['B', 'AM']),
  licence('D1E', 'Körkort D1E (mellanstor buss med släp)', ['D1', 'BE', 'B', 'AM']),
  licence('D', 'Körkort D (buss)', ['D1', 'B', 'AM']),
  licence('DE', 'Körkort DE (buss med släp)', ['D', 'D1E', 'D1', 'BE', 'B', 'AM']),
];

const certificate = (code: string, label: string, implies?: string[]): Credential => ({
  code,
  label,
  kind: 'certificate',
  ...(implies ? { implies } : {}),
});

// The 18 truck types of TLP 10 (the industry's truck curriculum) in categories A–D. Each type
// is its own competence: a B1 card does not cover A-trucks. The old C1 and C6 were moved to B1
// and D2 in 2011 and are not used any more.
export const TRUCK_CLASSES: readonly Credential[] = [
  certificate('TRUCK-A1', 'Truckkort A1 – låglyftande plocktruck'),
  certificate('TRUCK-A2', 'Truckkort A2 – ledstaplare'),
  certificate('TRUCK-A3', 'Truckkort A3 – låglyftande åktruck'),
  certificate('TRUCK-A4', 'Truckkort A4 – låglyftare med eller utan åkplatta'),
  certificate('TRUCK-B1', 'Truckkort B1 – motviktstruck'),
  certificate('TRUCK-B2', 'Truckkort B2 – höglyftande åkstaplare'),
  certificate('TRUCK-B3', 'Truckkort B3 – skjutstativtruck'),
  certificate('TRUCK-B4', 'Truckkort B4 – höglyftande plocktruck'),
  certificate('TRUCK-B5', 'Truckkort B5 – smalgångstruck'),
  certificate('TRUCK-B6', 'Truckkort B6 – fyrvägstruck'),
  certificate('TRUCK-C2', 'Truckkort C2 – hjullastare, industriell användning'),
  certificate('TRUCK-C3A', 'Truckkort C3a – containertruck'),
  certificate('TRUCK-C3B', 'Truckkort C3b – timmertruck'),
  certificate('TRUCK-C4', 'Truckkort C4 – sidlastare'),
  certificate('TRUCK-C5', 'Truckkort C5 – grensletruck'),
  certificate('TRUCK-C7', 'Truckkort C7 – teleskoplastare, industriell användning'),
  certificate('TRUCK-D1', 'Truckkort D1 – drag- och flaktruck'),
  certificate('TRUCK-D2', 'Truckkort D2 – terminaldragtruck'),
];

export const CERTIFICATES: readonly Credential[] = [
  ...TRUCK_CLASSES,
  certificate('HJULLASTARE', 'Förarbevis hjullastare (bygg och anläggning)'),
  certificate('GRAVMASKIN', 'Förarbevis grävmaskin'),
  certificate('LIFTKORT', 'Liftkort – mobila arbetsplattformar (MEWP)'),
  certificate('FALLSKYDD', 'Fallskyddsutbildning'),
  certificate('ID06', 'ID06 – legitimation för byggarbetsplatser'),
  certificate('SSG-ENTRE', 'SSG Entre – säkerhetsintroduktion för entreprenörer'),
  certificate('HETA-ARBETEN', 'Heta arbeten – certifikat'),
  certificate('ARBETE-PA-VAG', 'Arbete på väg – grundkurs (Trafikverkets krav)'),
  certificate('ADR', 'ADR-intyg – farligt gods, grund (styckegods)'),
  certificate('ADR-TANK', 'ADR-intyg – farligt gods i tank', ['ADR']),
  certificate('YKB', 'Yrkeskompetensbevis (YKB) för gods- eller persontransport'),
  certificate('FORARKORT', 'Förarkort för digital färdskrivare'),
  certificate('HYGIENBEVIS', 'Hygienbevis – livsmedelshygien'),
  certificate('HLR', 'HLR – hjärt-lungräddning'),
  certificate('FORSTA-HJALPEN', 'Första hjälpen'),
  certificate('USK-BEVIS', 'Bevis om rätt att använda yrkestiteln undersköterska (Socialstyrelsen)'),
  certificate('DELEGERING', 'Delegering för läkemedelsöverlämning'),
  certificate('VAKTARE', 'Väktarutbildning (grundutbildning)'),
  certificate('ORDNINGSVAKT', 'Förordnande som ordningsvakt'),
  certificate('MOTORSAG', 'Motorsågskörkort'),
  certificate('ROJSAG', 'Röjsågskörkort'),
  certificate('TRAVERS', 'Traverskort – traverser och lyftanordningar'),
  certificate('ELSAKERHET', 'Elsäkerhet för icke-elektriker (ESA Fackkunnig)'),
];
