// The demo's fixed material: fictitious employers, trades from the default vocabulary, notes,
// and the spread of exits that makes every Kolada category show up.

export const EMPLOYERS: Array<{ name: string; municipality: string; postcode: string; industry: string }> = [
  {
    name: 'Älvstrandens Lager & Logistik AB',
    municipality: '1488',
    postcode: '46138',
    industry: 'Lager och logistik',
  },
  { name: 'Vänerkökets Restaurang AB', municipality: '1487', postcode: '46230', industry: 'Restaurang' },
  { name: 'Slussgatans Bageri AB', municipality: '1488', postcode: '46132', industry: 'Livsmedel' },
  {
    name: 'Stallbacka Montage & Produktion AB',
    municipality: '1488',
    postcode: '46138',
    industry: 'Tillverkning',
  },
  { name: 'Kronogårdens Omsorg AB', municipality: '1488', postcode: '46160', industry: 'Vård och omsorg' },
  {
    name: 'Halvorstorps Städservice AB',
    municipality: '1488',
    postcode: '46154',
    industry: 'Städ och lokalvård',
  },
  {
    name: 'Vänersborgs Fastighetsskötsel AB',
    municipality: '1487',
    postcode: '46240',
    industry: 'Fastighet',
  },
  { name: 'Skräcklans Café & Konditori AB', municipality: '1487', postcode: '46231', industry: 'Café' },
  { name: 'Överby Dagligvaror AB', municipality: '1488', postcode: '46170', industry: 'Handel' },
  { name: 'Dalbo Åkeri & Transport AB', municipality: '1487', postcode: '46250', industry: 'Transport' },
  { name: 'Göta Älvdals Trädgård AB', municipality: '1488', postcode: '46173', industry: 'Trädgård' },
  { name: 'Sylte Bygg & Renovering AB', municipality: '1488', postcode: '46155', industry: 'Bygg' },
];

/** Occupation slugs from the default vocabulary, with skills that go with them. */
export const TRADES: Array<{ occupation: string; skills: string[]; employers: number[] }> = [
  { occupation: 'lagerarbetare', skills: ['plockning', 'truckkorning', 'godshantering'], employers: [0, 8] },
  { occupation: 'truckforare', skills: ['truckkorning', 'lastsakring'], employers: [0, 9] },
  { occupation: 'kock', skills: ['matlagning', 'livsmedelshygien', 'storkok'], employers: [1] },
  { occupation: 'restaurangbitrade', skills: ['disk', 'servering'], employers: [1, 7] },
  { occupation: 'cafebitrade', skills: ['barista', 'kassahantering'], employers: [7, 2] },
  { occupation: 'produktionsmedarbetare', skills: ['lopande-band', 'kvalitetskontroll'], employers: [3] },
  { occupation: 'montor', skills: ['montering', 'handverktyg'], employers: [3] },
  {
    occupation: 'underskoterska-hemtjanst',
    skills: ['personlig-omvardnad', 'basala-hygienrutiner'],
    employers: [4],
  },
  { occupation: 'vardbitrade', skills: ['bemotande', 'basala-hygienrutiner'], employers: [4] },
  { occupation: 'stadare', skills: ['lokalvard', 'stadkemikalier'], employers: [5] },
  { occupation: 'fastighetsskotare', skills: ['fastighetsskotsel', 'enklare-reparationer'], employers: [6] },
  { occupation: 'butikssaljare-dagligvaror', skills: ['varupafyllning', 'kundbemotande'], employers: [8] },
  { occupation: 'distributionsforare', skills: ['kundleveranser', 'ruttplanering'], employers: [9] },
  { occupation: 'tradgardsarbetare', skills: ['gronyteskotsel', 'smamaskiner'], employers: [10] },
  { occupation: 'byggnadsarbetare', skills: ['rivning', 'byggstadning'], employers: [11] },
];

export const LANGUAGES = [
  { code: 'ar', level: 'CEFR-C2' },
  { code: 'so', level: 'CEFR-C2' },
  { code: 'ti', level: 'CEFR-C2' },
  { code: 'fa', level: 'CEFR-C2' },
  { code: 'pl', level: 'CEFR-C2' },
  { code: 'en', level: 'CEFR-B1' },
];
export const SWEDISH_LEVELS = ['SFI-C', 'SFI-D', 'SAS-GRUND', 'SAS-GY', 'CEFR-C2'];

export const NOTES = [
  'Första mötet. Vi gick igenom tidigare erfarenheter och vad deltagaren vill arbeta med.',
  'Avstämning per telefon. Deltagaren har varit på studiebesök och är positiv.',
  'Möte med handledaren på arbetsplatsen. Praktiken fungerar bra, fokus nu på arbetstider.',
  'Deltagaren var sjuk och mötet flyttades. Ny tid bokad.',
  'Gick igenom cv och personligt brev. Deltagaren ska söka två tjänster till nästa vecka.',
  'Trepartssamtal med Arbetsförmedlingen om fortsatt planering.',
  'Arbetsgivaren ser ett rekryteringsbehov till våren. Vi lägger upp ett Jobbspår.',
];

export type Exit =
  | null
  | {
      category: 'work';
      kind: 'unsubsidised' | 'subsidised' | 'municipal_labour_market';
      held: boolean | null;
      startAgo: number;
    }
  | { category: 'studies'; kind: 'komvux' | 'folkhogskola' | 'hogskola' | 'other'; eligible: boolean }
  | { category: 'other_authority' | 'completed' | 'other' };

/** Exits spread so that every Kolada category (and both verification states) shows up. */
export const EXITS: Exit[] = [
  { category: 'work', kind: 'unsubsidised', held: true, startAgo: 90 },
  { category: 'work', kind: 'unsubsidised', held: true, startAgo: 60 },
  { category: 'work', kind: 'subsidised', held: true, startAgo: 120 },
  { category: 'work', kind: 'unsubsidised', held: null, startAgo: 10 }, // verification in three weeks
  { category: 'work', kind: 'subsidised', held: null, startAgo: 33 }, // verification overdue
  { category: 'work', kind: 'unsubsidised', held: false, startAgo: 80 },
  { category: 'work', kind: 'municipal_labour_market', held: null, startAgo: 50 },
  { category: 'studies', kind: 'komvux', eligible: true },
  { category: 'studies', kind: 'folkhogskola', eligible: true },
  { category: 'studies', kind: 'other', eligible: false },
  { category: 'other_authority' },
  { category: 'completed' },
  { category: 'other' },
  { category: 'work', kind: 'unsubsidised', held: null, startAgo: 31 }, // due today or so
];
