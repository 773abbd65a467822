// SNI 2007 (Standard för svensk näringsgrensindelning, SCB; the Swedish version of NACE Rev. 2):
// the 21 sections and 88 divisions, the level the employer register classifies at. The code is
// kept (a section letter or a two-digit division); names as SCB writes them.

export interface SniEntry {
  /** 'A'–'U' (section) or '01'–'99' (division). */
  code: string;
  label: string;
  /** For a division, its section's letter. */
  section?: string;
}

export const SNI_2007: readonly SniEntry[] = [
  { code: 'A', label: 'Jordbruk, skogsbruk och fiske' },
  { code: '01', label: 'Jordbruk och jakt samt service i anslutning härtill', section: 'A' },
  { code: '02', label: 'Skogsbruk', section: 'A' },
  { code: '03', label: 'Fiske och vattenbruk', section: 'A' },
  { code: 'B', label: 'Utvinning av mineral' },
  { code: '05', label: 'Kolutvinning', section: 'B' },
  { code: '06', label: 'Utvinning av råpetroleum och naturgas', section: 'B' },
  { code: '07', label: 'Utvinning av metallmalmer', section: 'B' },
  { code: '08', label: 'Annan utvinning av mineral', section: 'B' },
  { code: '09', label: 'Service till utvinning', section: 'B' },
  { code: 'C', label: 'Tillverkning' },
  { code: '10', label: 'Livsmedelsframställning', section: 'C' },
  { code: '11', label: 'Framställning av drycker', section: 'C' },
  { code: '12', label: 'Tobaksvarutillverkning', section: 'C' },
  { code: '13', label: 'Textilvarutillverkning', section: 'C' },
  { code: '14', label: 'Tillverkning av kläder', section: 'C' },
  { code: '15', label: 'Tillverkning av läder, läder- och skinnvaror m.m.', section: 'C' },
  { code: '16', label: 'Tillverkning av trä och varor av trä, kork, rotting o.d. utom möbler', section: 'C' },
  { code: '17', label: 'Pappers- och pappersvarutillverkning', section: 'C' },
  { code: '18', label: 'Grafisk produktion och reproduktion av inspelningar', section: 'C' },
  { code: '19', label: 'Tillverkning av stenkolsprodukter och raffinerade petroleumprodukter', section: 'C' },
  { code: '20', label: 'Tillverkning av kemikalier och kemiska produkter', section: 'C' },
  { code: '21', label: 'Tillverkning av farmaceutiska basprodukter och läkemedel', section: 'C' },
  { code: '22', label: 'Tillverkning av gummi- och plastvaror', section: 'C' },
  { code: '23', label: 'Tillverkning av andra icke-metalliska mineraliska produkter', section: 'C' },
  { code: '24', label: 'Stål- och metallframställning', section: 'C' },
  { code: '25', label: 'Tillverkning av metallvaror utom maskiner och apparater', section: 'C' },
  { code: '26', label: 'Tillverkning av datorer, elektronikvaror och optik', section: 'C' },
  { code: '27', label: 'Tillverkning av elapparatur', section: 'C' },
  { code: '28', label: 'Tillverkning av övriga maskiner', section: 'C' },
  { code: '29', label: 'Tillverkning av motorfordon, släpfordon och påhängsvagnar', section: 'C' },
  { code: '30', label: 'Tillverkning av andra transportmedel', section: 'C' },
  { code: '31', label: 'Tillverkning av möbler', section: 'C' },
  { code: '32', label: 'Annan tillverkning', section: 'C' },
  { code: '33', label: 'Reparation och installation av maskiner och apparater', section: 'C' },
  { code: 'D', label: 'Försörjning av el, gas, värme och kyla' },
  { code: '35', label: 'Försörjning av el, gas, värme och kyla', section: 'D' },
  { code: 'E', label: 'Vattenförsörjning; avloppsrening, avfallshantering och sanering' },
  { code: '36', label: 'Vattenförsörjning', section: 'E' },
  { code: '37', label: 'Avloppsrening', section: 'E' },
  { code: '38', label: 'Avfallshantering; återvinning', section: 'E' },
  {
    code: '39',
    label: 'Sanering, efterbehandling av jord och vatten samt annan verksamhet för föroreningsbekämpning',
    section: 'E',
  },
  { code: 'F', label: 'Byggverksamhet' },
  { code: '41', label: 'Byggande av hus', section: 'F' },
  { code: '42', label: 'Anläggningsarbeten', section: 'F' },
  { code: '43', label: 'Specialiserad bygg- och anläggningsverksamhet', section: 'F' },
  { code: 'G', label: 'Handel; reparation av motorfordon och motorcyklar' },
  { code: '45', label: 'Handel samt verkstäder för motorfordon och motorcyklar', section: 'G' },
  { code: '46', label: 'Parti- och provisionshandel utom med motorfordon', section: 'G' },
  { code: '47', label: 'Detaljhandel utom med motorfordon och motorcyklar', section: 'G' },
  { code: 'H', label: 'Transport och magasinering' },
  { code: '49', label: 'Landtransport; transport i rörsystem', section: 'H' },
  { code: '50', label: 'Sjötransport', section: 'H' },
  { code: '51', label: 'Lufttransport', section: 'H' },
  { code: '52', label: 'Magasinering och stödtjänster till transport', section: 'H' },
  { code: '53', label: 'Post- och kurirverksamhet', section: 'H' },
  { code: 'I', label: 'Hotell- och restaurangverksamhet' },
  { code: '55', label: 'Hotell- och logiverksamhet', section: 'I' },
  { code: '56', label: 'Restaurang-, catering- och barverksamhet', section: 'I' },
  { code: 'J', label: 'Informations- och kommunikationsverksamhet' },
  { code: '58', label: 'Förlagsverksamhet', section: 'J' },
  {
    code: '59',
    label: 'Film-, video- och tv-programverksamhet, ljudinspelningar och fonogramutgivning',
    section: 'J',
  },
  { code: '60', label: 'Planering och sändning av program', section: 'J' },
  { code: '61', label: 'Telekommunikation', section: 'J' },
  { code: '62', label: 'Dataprogrammering, datakonsultverksamhet o.d.', section: 'J' },
  { code: '63', label: 'Informationstjänster', section: 'J' },
  { code: 'K', label: 'Finans- och försäkringsverksamhet' },
  { code: '64', label: 'Finansiella tjänster utom försäkring och pensionsfondsverksamhet', section: 'K' },
  {
    code: '65',
    label: 'Försäkring, återförsäkring och pensionsfondsverksamhet utom obligatorisk socialförsäkring',
    section: 'K',
  },
  { code: '66', label: 'Stödtjänster till finansiella tjänster och försäkring', section: 'K' },
  { code: 'L', label: 'Fastighetsverksamhet' },
  { code: '68', label: 'Fastighetsverksamhet', section: 'L' },
  { code: 'M', label: 'Verksamhet inom juridik, ekonomi, vetenskap och teknik' },
  { code: '69', label: 'Juridisk och ekonomisk konsultverksamhet', section: 'M' },
  { code: '70', label: 'Verksamheter som utövas av huvudkontor; konsulttjänster till företag', section: 'M' },
  { code: '71', label: 'Arkitekt- och teknisk konsultverksamhet; teknisk provning och analys', section: 'M' },
  { code: '72', label: 'Vetenskaplig forskning och utveckling', section: 'M' },
  { code: '73', label: 'Reklam och marknadsundersökning', section: 'M' },
  { code: '74', label: 'Annan verksamhet inom juridik, ekonomi, vetenskap och teknik', section: 'M' },
  { code: '75', label: 'Veterinärverksamhet', section: 'M' },
  { code: 'N', label: 'Uthyrning, fastighetsservice, resetjänster och andra stödtjänster' },
  { code: '77', label: 'Uthyrning och leasing', section: 'N' },
  { code: '78', label: 'Arbetsförmedling, bemanning och andra personalrelaterade tjänster', section: 'N' },
  {
    code: '79',
    label: 'Resebyrå- och researrangörsverksamhet och andra resetjänster och relaterade tjänster',
    section: 'N',
  },
  { code: '80', label: 'Säkerhets- och bevakningsverksamhet', section: 'N' },
  { code: '81', label: 'Fastighetsservice samt skötsel och underhåll av grönytor', section: 'N' },
  { code: '82', label: 'Kontorstjänster och andra företagstjänster', section: 'N' },
  { code: 'O', label: 'Offentlig förvaltning och försvar; obligatorisk socialförsäkring' },
  { code: '84', label: 'Offentlig förvaltning och försvar; obligatorisk socialförsäkring', section: 'O' },
  { code: 'P', label: 'Utbildning' },
  { code: '85', label: 'Utbildning', section: 'P' },
  { code: 'Q', label: 'Vård och omsorg; sociala tjänster' },
  { code: '86', label: 'Hälso- och sjukvård', section: 'Q' },
  { code: '87', label: 'Vård och omsorg med boende', section: 'Q' },
  { code: '88', label: 'Öppna sociala insatser', section: 'Q' },
  { code: 'R', label: 'Kultur, nöje och fritid' },
  { code: '90', label: 'Konstnärlig och kulturell verksamhet samt underhållningsverksamhet', section: 'R' },
  { code: '91', label: 'Biblioteks-, arkiv- och museiverksamhet m.m.', section: 'R' },
  { code: '92', label: 'Spel- och vadhållningsverksamhet', section: 'R' },
  { code: '93', label: 'Sport-, fritids- och nöjesverksamhet', section: 'R' },
  { code: 'S', label: 'Annan serviceverksamhet' },
  { code: '94', label: 'Intressebevakning; religiös verksamhet', section: 'S' },
  { code: '95', label: 'Reparation av datorer, hushållsartiklar och personliga artiklar', section: 'S' },
  { code: '96', label: 'Andra konsumenttjänster', section: 'S' },
  {
    code: 'T',
    label: 'Förvärvsarbete i hushåll; hushållens produktion av diverse varor och tjänster för eget bruk',
  },
  { code: '97', label: 'Förvärvsarbete i hushåll', section: 'T' },
  { code: '98', label: 'Hushållens produktion av diverse varor och tjänster för eget bruk', section: 'T' },
  { code: 'U', label: 'Verksamhet vid internationella organisationer, utländska ambassader o.d.' },
  {
    code: '99',
    label: 'Verksamhet vid internationella organisationer, utländska ambassader o.d.',
    section: 'U',
  },
];

const BY_CODE = new Map(SNI_2007.map((e) => [e.code, e]));

/** The Swedish name of a section or division code, or undefined for an unknown code. */
export function sniLabel(code: string): string | undefined {
  return BY_CODE.get(code.trim().toUpperCase())?.label;
}

/**
 * The codes a filter on `code` covers: a section letter covers itself and its divisions
 * ('C' → 'C', '10'…'33'); a division only itself. Empty for an unknown code.
 */
export function sniCodesWithin(code: string): string[] {
  const key = code.trim().toUpperCase();
  if (!BY_CODE.has(key)) return [];
  return [key, ...SNI_2007.filter((e) => e.section === key).map((e) => e.code)];
}
