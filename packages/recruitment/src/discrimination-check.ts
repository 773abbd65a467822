// A check of a recruitment need's title and description for requirements tied to the grounds of
// the Discrimination Act (diskrimineringslagen 2008:567, 1 kap. 4 §: kön, könsöverskridande
// identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning,
// funktionsnedsättning, sexuell läggning, ålder). An employer may not discriminate anyone who asks
// about or applies for a job (2 kap. 1 §); a requirement tied to a ground is allowed only when it
// is a genuine and decisive occupational requirement (2 kap. 2 §). Rule-based and explained: a
// warning to the liaison (and gently to the employer), never a block. Pure.

export type DiscriminationGround =
  | 'sex'
  | 'transgender_identity'
  | 'ethnicity'
  | 'religion'
  | 'disability'
  | 'sexual_orientation'
  | 'age';

/** Swedish names of the grounds, as the Act names them. */
export const groundLabels: Record<DiscriminationGround, string> = {
  sex: 'kön',
  transgender_identity: 'könsöverskridande identitet eller uttryck',
  ethnicity: 'etnisk tillhörighet',
  religion: 'religion eller annan trosuppfattning',
  disability: 'funktionsnedsättning',
  sexual_orientation: 'sexuell läggning',
  age: 'ålder',
};

export interface DiscriminationWarning {
  /** The words as they stand in the text. */
  phrase: string;
  ground: DiscriminationGround;
  /** Why it matters, in Swedish. */
  why: string;
  /** A neutral way to say what the job really needs. */
  rewording: string;
  /** Where the phrase stands in the checked text (for highlighting). */
  start: number;
  end: number;
}

interface Rule {
  ground: DiscriminationGround;
  pattern: RegExp;
  why: string;
  rewording: string;
}

const AGE_WHY =
  'Ett krav på ålder stänger ute sökande på grund av ålder, en diskrimineringsgrund. Det är bara tillåtet om åldern är ett verkligt och avgörande krav för arbetet.';
const SEX_WHY =
  'Att efterfråga ett visst kön utesluter andra sökande på grund av kön. Beskriv i stället arbetsuppgifterna.';
const ETHNICITY_WHY =
  'Krav på modersmål, födelseland eller ursprung hänger ihop med etnisk tillhörighet. Det som kan krävas är den språkförmåga arbetet verkligen behöver.';
const RELIGION_WHY =
  'Krav som rör tro eller religiösa uttryck (som klädsel) utesluter sökande på grund av religion. Beskriv vad arbetet faktiskt kräver, till exempel av säkerhetsskäl.';
const DISABILITY_WHY =
  'Krav på att vara "frisk" eller utan funktionsnedsättning utesluter sökande på grund av funktionsnedsättning, och arbetsgivaren ska pröva skäliga anpassningar. Beskriv arbetets faktiska krav.';

// Word boundaries that know å, ä, ö: \b in JavaScript does not.
const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const rule = (ground: DiscriminationGround, source: string, why: string, rewording: string): Rule => ({
  ground,
  pattern: new RegExp(`${W}(?:${source})${E}`, 'giu'),
  why,
  rewording,
});

const RULES: Rule[] = [
  // Age
  rule(
    'age',
    '(?:1[5-9]|[2-6]\\d)\\s*(?:[-–—]|till|och)\\s*(?:1[5-9]|[2-6]\\d)\\s*år(?:s ålder|ig|iga)?',
    AGE_WHY,
    'Beskriv erfarenheten eller förmågan arbetet kräver, inte en ålder.',
  ),
  rule(
    'age',
    '(?:under|över|högst|max(?:imalt)?|minst|inte äldre än|inte yngre än)\\s+(?:1[5-9]|[2-6]\\d)\\s*år(?! erfarenhet| i yrket| i branschen)',
    AGE_WHY,
    'Ange krav på erfarenhet eller behörighet i stället för ålder.',
  ),
  rule(
    'age',
    'i\\s+(?:20|30|40|50)-årsåldern',
    AGE_WHY,
    'Beskriv erfarenheten eller förmågan arbetet kräver.',
  ),
  rule(
    'age',
    'ung(?:a)?\\s+(?:och|&)\\s+(?:pigg|piggt|pigga|energisk|energiska|glad|glada|hungrig|hungriga)',
    AGE_WHY,
    'Skriv till exempel "engagerad och har lätt att lära".',
  ),
  rule(
    'age',
    '(?:ung|yngre|ungdomlig)\\s+(?:kille|tjej|person|medarbetare|förmåga|kollega)',
    AGE_WHY,
    'Skriv vilken förmåga ni söker, till exempel "engagerad medarbetare".',
  ),
  rule(
    'age',
    'ungt\\s+(?:gäng|team)',
    AGE_WHY,
    'Beskriv arbetsplatsen utan ålder, till exempel "ett sammansvetsat team".',
  ),
  rule(
    'age',
    'född\\s+(?:efter|före|innan)\\s+(?:19|20)\\d\\d',
    AGE_WHY,
    'Ange krav på erfarenhet eller behörighet i stället för födelseår.',
  ),
  // Sex
  rule(
    'sex',
    '(?:manlig|kvinnlig)(?:a)?\\s+(?:sökande|medarbetare|personal|kollega|lagerarbetare|förare|\\p{L}+are|\\p{L}+erska)',
    SEX_WHY,
    'Beskriv uppgifterna, till exempel "klarar tunga lyft" om det verkligen behövs.',
  ),
  rule(
    'sex',
    '(?:söker|vill ha|behöver)\\s+(?:en\\s+)?(?:kille|tjej|man|kvinna|killar|tjejer|män|kvinnor)',
    SEX_WHY,
    'Skriv "söker en medarbetare" och beskriv uppgifterna.',
  ),
  rule(
    'sex',
    '(?:endast|bara|helst)\\s+(?:killar|tjejer|män|kvinnor)',
    SEX_WHY,
    'Ta bort kravet och beskriv uppgifterna.',
  ),
  // Transgender identity
  rule(
    'transgender_identity',
    'biologisk(?:t)?\\s+(?:man|kvinna|kön)',
    'Krav på "biologiskt kön" utesluter sökande på grund av könsöverskridande identitet eller uttryck.',
    'Ta bort kravet och beskriv uppgifterna.',
  ),
  // Ethnicity (language as origin)
  rule(
    'ethnicity',
    'svensk(?:a)?\\s+som\\s+modersmål|modersmål(?:et)?\\s+svenska|infödd\\s+svensk|född\\s+i\\s+sverige|svenskfödd|etniskt\\s+svensk|svensk(?:t)?\\s+ursprung|svensk\\s+bakgrund',
    ETHNICITY_WHY,
    'Skriv till exempel "god svenska i tal och skrift" om arbetet kräver det.',
  ),
  rule(
    'ethnicity',
    '(?:utan|ingen)\\s+(?:brytning|accent)',
    ETHNICITY_WHY,
    'Beskriv hur väl man behöver kunna göra sig förstådd, till exempel "kommunicerar tydligt med kunder på svenska".',
  ),
  rule('ethnicity', '(?:inte|ej)\\s+(?:invandrare|utländsk\\s+bakgrund)', ETHNICITY_WHY, 'Ta bort kravet.'),
  // Religion
  rule(
    'religion',
    '(?:utan|ej|ingen|inte bära)\\s+(?:slöja|huvudduk|hijab|turban|kippa)|(?:kristen|muslimsk|troende|religiös)\\s+(?:bakgrund|person|medarbetare)',
    RELIGION_WHY,
    'Beskriv vilken klädsel eller skyddsutrustning arbetet kräver och varför.',
  ),
  // Disability
  rule(
    'disability',
    '(?:fullt?\\s+)?frisk(?:a)?(?!\\s+luft)|god\\s+hälsa|(?:utan|inga)\\s+(?:funktionsnedsättning(?:ar)?|diagnos(?:er)?|handikapp)',
    DISABILITY_WHY,
    'Beskriv arbetets fysiska krav, till exempel "arbetet innebär mycket gående och lyft upp till 15 kg".',
  ),
  // Sexual orientation
  rule(
    'sexual_orientation',
    'heterosexuell(?:a)?|(?:inte|ej)\\s+(?:homosexuell|gay|hbtq)',
    'Krav som rör sexuell läggning får aldrig ställas i en rekrytering.',
    'Ta bort kravet.',
  ),
];

/**
 * Warnings for the phrases in `text` that tie a requirement to a ground of the Discrimination
 * Act, in the order they stand; an empty list when nothing warns. NFC-normalises first.
 */
export function checkDiscrimination(text: string): DiscriminationWarning[] {
  const normalized = text.normalize('NFC');
  const warnings: DiscriminationWarning[] = [];
  for (const r of RULES) {
    for (const m of normalized.matchAll(r.pattern)) {
      const start = m.index ?? 0;
      warnings.push({
        phrase: m[0],
        ground: r.ground,
        why: r.why,
        rewording: r.rewording,
        start,
        end: start + m[0].length,
      });
    }
  }
  // One warning per stretch of text (the first rule wins where two overlap).
  warnings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DiscriminationWarning[] = [];
  for (const w of warnings) if (kept.length === 0 || w.start >= kept[kept.length - 1]!.end) kept.push(w);
  return kept;
}
