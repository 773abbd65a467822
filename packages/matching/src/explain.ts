// Turns the kernel's per-factor numbers and the compact records into what a coach reads:
// factor explanations, blockers and gaps (with the training that closes each one).
import {
  F_BEST_OCC,
  F_DISTANCE,
  F_EXP,
  F_OCC,
  F_WISH_KIND,
  KERNEL_OUT_LENGTH,
  type KernelTables,
  scorePair,
} from './kernel.ts';
import { type NeedStore, NO_DATE, type ParticipantStore } from './store.ts';
import type { TrainingCatalogue } from './training-catalogue.ts';
import type { Blocker, FactorCode, FactorContribution, Gap, MatchResult, TrainingOption } from './types.ts';
import {
  bitsOf,
  FIT_SAME,
  FIT_SSYK2,
  FIT_SSYK3,
  FIT_SSYK4,
  FIT_SUB25,
  FIT_SUB75,
  type Vocabulary,
} from './vocabulary.ts';
import {
  type MatchingWeights,
  W_DEFAULT_COMMUTE,
  W_EXP_YEARS,
  W_MAX_DELAY,
  W_MIN_EXTENT,
} from './weights.ts';

export interface ExplainContext {
  vocab: Vocabulary;
  tables: KernelTables;
  packed: Float64Array;
  weights: MatchingWeights;
  catalogue: TrainingCatalogue;
}

const FACTOR_ORDER: FactorCode[] = [
  'occupation',
  'experience',
  'required_skills',
  'merit_skills',
  'licences',
  'languages',
  'availability',
  'extent',
  'commute',
  'adaptations',
  'wishes',
];

const round = (x: number) => Math.round(x * 100) / 100;
const fmt = (x: number) => String(Math.round(x * 10) / 10).replace('.', ',');

export function explainPair(
  ctx: ExplainContext,
  P: ParticipantStore,
  p: number,
  N: NeedStore,
  n: number,
): MatchResult {
  const { vocab, tables, packed: W, weights, catalogue } = ctx;
  const out = new Float64Array(KERNEL_OUT_LENGTH);
  const score = scorePair(P, p, N, n, tables, W, Number.NEGATIVE_INFINITY, out);
  const x = N.occupation[n]!;
  const needLabel = vocab.occLabels[x]!;
  const text: Record<FactorCode, string> = {} as Record<FactorCode, string>;

  // Occupation fit and experience.
  const best = out[F_BEST_OCC]!;
  const obase = p * P.occupations.stride;
  if (best >= 0 && out[F_OCC]! > 0) {
    const o = P.occupations.data[obase + best]!;
    const code = tables.fit[x * tables.fitStride + o]!;
    const label = vocab.occLabels[o]!;
    const c4 = tables.ssyk4[x]!;
    text.occupation =
      code === FIT_SAME
        ? `Har arbetat som ${needLabel}`
        : code === FIT_SSYK4
          ? `Erfarenhet som ${label}, samma yrkesgrupp (SSYK ${c4}) som ${needLabel}`
          : code === FIT_SUB75
            ? `Erfarenhet som ${label}, som enligt Arbetsförmedlingen i hög grad (75 %) kan ersätta ${needLabel}`
            : code === FIT_SUB25
              ? `Erfarenhet som ${label}, som enligt Arbetsförmedlingen delvis (25 %) kan ersätta ${needLabel}`
              : code === FIT_SSYK3
                ? `Erfarenhet som ${label}, närliggande yrkesområde (SSYK ${Math.floor(c4 / 10)}${ssykLabel(vocab, 3, Math.floor(c4 / 10))})`
                : code === FIT_SSYK2
                  ? `Erfarenhet som ${label}, samma yrkesområde (SSYK ${Math.floor(c4 / 100)}${ssykLabel(vocab, 2, Math.floor(c4 / 100))})`
                  : `Erfarenhet som ${label}`;
  } else {
    text.occupation = `Ingen erfarenhet av ${needLabel} eller närliggande yrken`;
  }
  const target = N.minExperience[n]! > 0 ? N.minExperience[n]! : W[W_EXP_YEARS]!;
  if (best >= 0 && out[F_EXP]! > 0) {
    let years = 0;
    for (let i = 0; i < P.occupations.counts[p]!; i++) years = Math.max(years, P.years[obase + i]!);
    text.experience = `${fmt(years)} års erfarenhet i yrket eller närliggande (fullt från ${fmt(target)} år)`;
  } else text.experience = 'Ingen erfarenhet som räknas för detta behov';

  // Skills and gaps.
  const gaps: Gap[] = [];
  const held = new Set(P.skills.get(p));
  const req = N.requiredSkills.get(n);
  const missingReq = req.filter((s) => !held.has(s));
  text.required_skills =
    req.length === 0
      ? 'Behovet anger inga krav på kompetenser'
      : `Har ${req.length - missingReq.length} av ${req.length} krav-kompetenser (ovanliga väger tyngre)` +
        (missingReq.length ? `; saknar ${missingReq.map((s) => vocab.skillLabels[s]).join(', ')}` : '');
  for (const s of missingReq) {
    gaps.push(
      gap(
        { kind: 'skill', skillId: vocab.skillIds[s]!, required: true },
        `Kompetens: ${vocab.skillLabels[s]}`,
        catalogue.forSkill(vocab.skillIds[s]!),
      ),
    );
  }
  const merit = N.meritSkills.get(n);
  const meritHeld = merit.filter((s) => held.has(s)).length;
  text.merit_skills =
    merit.length === 0
      ? 'Behovet anger inga meriterande kompetenser'
      : `Har ${meritHeld} av ${merit.length} meriterande kompetenser`;

  // Credentials.
  const blockers: Blocker[] = [];
  const heldCreds = new Set(P.credentials.get(p));
  const requiredCreds = N.credentials.get(n).map((e) => e >> 1);
  const missingCodes = requiredCreds.filter((c) => !heldCreds.has(c));
  text.licences =
    requiredCreds.length === 0
      ? 'Inga krav på körkort eller certifikat'
      : missingCodes.length === 0
        ? 'Har de körkort och certifikat som krävs'
        : `Saknar ${missingCodes.map((b) => vocab.credLabels[b]).join(', ')}`;
  for (const b of missingCodes) {
    const code = vocab.credDisplayCodes[b]!;
    const training = catalogue.forCredential(vocab.credCodes[b]!);
    gaps.push(gap({ kind: 'credential', code }, `Körkort/certifikat: ${vocab.credLabels[b]}`, training));
    if (!training)
      blockers.push({
        code: 'licence_missing',
        message: `Saknar ${vocab.credLabels[b]} och ingen utbildning i katalogen ger det`,
      });
  }

  // Languages.
  const langTexts: string[] = [];
  const pl = P.languages.get(p);
  for (const e of N.languages.get(n)) {
    const key = e >> 1;
    const lang = key >> 4;
    const rank = (key & 15) / 2;
    const heldRank = pl.find((v) => v >> 4 === lang);
    const have = heldRank === undefined ? 0 : (heldRank & 15) / 2;
    const name = vocab.langLabels[lang] ?? vocab.langCodes[lang]!;
    langTexts.push(
      `${name}: ${have ? vocab.levelLabel(have, vocab.langCodes[lang]) : 'ingen nivå angiven'}, krav ${vocab.levelLabel(rank, vocab.langCodes[lang])}`,
    );
    if (have < rank) {
      const training = catalogue.forLanguage(vocab.langCodes[lang]!, have, rank);
      gaps.push(
        gap(
          { kind: 'language', code: vocab.langCodes[lang]!, rank },
          `Språk: ${name}, ${vocab.levelLabel(rank, vocab.langCodes[lang])}`,
          training,
        ),
      );
      if (!training)
        blockers.push({
          code: 'language_missing',
          message: `${name} på nivå ${vocab.levelLabel(rank, vocab.langCodes[lang])} krävs och ingen kurs i katalogen når dit`,
        });
    }
  }
  text.languages = langTexts.length ? langTexts.join('; ') : 'Inga språkkrav';

  // Availability, extent, shifts.
  const avail = P.availableDay[p]!;
  const start = N.startDay[n]!;
  const delay = avail !== NO_DATE && start !== NO_DATE ? avail - start : 0;
  text.availability = delay <= 0 ? 'Kan börja när jobbet startar' : `Kan börja ${delay} dagar efter start`;
  if (delay > W[W_MAX_DELAY]!)
    blockers.push({
      code: 'not_available_in_time',
      message: `Kan börja först ${delay} dagar efter start (max ${W[W_MAX_DELAY]})`,
    });
  const pe = P.extent[p]!;
  const ne = N.extent[n]!;
  text.extent =
    pe >= ne ? `Kan arbeta ${fmt(ne)} % som jobbet kräver` : `Kan arbeta ${fmt(pe)} % av ${fmt(ne)} %`;
  if (pe < ne * W[W_MIN_EXTENT]!)
    blockers.push({ code: 'extent_too_low', message: `Kan arbeta ${fmt(pe)} %, jobbet kräver ${fmt(ne)} %` });
  const shiftMissing = N.shifts[n]! & ~P.shifts[p]!;
  if (shiftMissing) {
    const names = [
      [1, 'dag'],
      [2, 'kväll'],
      [4, 'natt'],
    ]
      .filter(([bit]) => shiftMissing & (bit as number))
      .map(([, name]) => name);
    blockers.push({
      code: 'shift_not_possible',
      message: `Kan inte arbeta ${names.join('/')}pass som jobbet kräver`,
    });
  }
  if (N.weekends[n] === 1 && P.weekends[p] === 0)
    blockers.push({
      code: 'weekend_not_possible',
      message: 'Jobbet kräver helgarbete som personen inte kan',
    });

  // Commute.
  const dist = out[F_DISTANCE]!;
  const ownMax = P.maxCommuteKm[p]!;
  const maxKm = Number.isNaN(ownMax) ? W[W_DEFAULT_COMMUTE]! : ownMax;
  text.commute = Number.isNaN(dist)
    ? 'Avståndet är okänt (kommun saknas)'
    : `${fmt(dist)} km fågelvägen mellan kommunerna (max ${fmt(maxKm)} km)`;
  if (dist > maxKm)
    blockers.push({
      code: 'commute_too_far',
      message: `${fmt(dist)} km är längre än ${fmt(maxKm)} km som personen kan pendla`,
    });
  if (N.requiresCar[n] === 1 && P.car[p] === 0)
    blockers.push({ code: 'car_required', message: 'Jobbet kräver egen bil' });

  // Adaptations (only those the person chose to share).
  const adaptMissing = P.adaptations[p]! & ~N.adaptations[n]!;
  text.adaptations =
    P.adaptations[p] === 0
      ? 'Inga anpassningar behövs'
      : adaptMissing === 0
        ? 'Arbetsgivaren kan erbjuda de anpassningar som behövs'
        : 'Arbetsgivaren erbjuder inte alla anpassningar som behövs';
  if (adaptMissing)
    blockers.push({
      code: 'adaptation_not_offered',
      message: `Anpassning som inte erbjuds: ${bitsOf(adaptMissing)
        .map((b) => vocab.adaptCodes[b])
        .join(', ')}`,
    });

  // Wishes.
  const wishKind = out[F_WISH_KIND]!;
  text.wishes =
    wishKind === 1
      ? `Önskar själv arbeta som ${needLabel}`
      : wishKind === 2
        ? 'Önskar ett yrke i samma yrkesgrupp'
        : wishKind === 3
          ? 'Yrket ligger inom personens intresseområde'
          : 'Yrket är inte bland personens önskemål';

  const factorWeights = weights.factors;
  const factors: FactorContribution[] = FACTOR_ORDER.map((f, i) => ({
    factor: f,
    contribution: round(out[i]!),
    max: factorWeights[f],
    explanation: text[f],
  }));
  // Trainings run one after another; one training that closes several gaps counts once.
  const weeks = new Map<string, number>();
  for (const g of gaps)
    if (g.closedBy)
      weeks.set(g.closedBy.trainingId, Math.max(weeks.get(g.closedBy.trainingId) ?? 0, g.closedBy.weeks));
  let readyInWeeks = 0;
  for (const w of weeks.values()) readyInWeeks += w;
  return {
    participantId: P.ids[p]!,
    needId: N.ids[n]!,
    score: round(score),
    factors,
    blockers,
    gaps,
    readyInWeeks,
    commuteKm: Number.isNaN(dist) ? null : Math.round(dist * 10) / 10,
  };
}

function ssykLabel(vocab: Vocabulary, level: number, code: number): string {
  const l = vocab.ssykLabel(level, code);
  return l ? ` ${l}` : '';
}

function gap(
  requirement: Gap['requirement'],
  description: string,
  training: TrainingOption | undefined,
): Gap {
  return training
    ? {
        requirement,
        description,
        closedBy: { trainingId: training.trainingId, label: training.label, weeks: training.weeks },
      }
    : { requirement, description };
}
