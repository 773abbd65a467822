// The engine (taxonomy + weights + training catalogue + distances) and its in-process index.
import type { Taxonomy } from '@arbetsbro/taxonomy';
import { type ExplainContext, explainPair } from './explain.ts';
import {
  BLOCKED,
  type KernelTables,
  PRUNED,
  SKILLS_BY_NEED,
  SKILLS_BY_PARTICIPANT,
  type SkillTables,
  scorePair,
} from './kernel.ts';
import { NeedStore, ParticipantStore } from './store.ts';
import { defaultTrainingCatalogue, type TrainingCatalogue } from './training-catalogue.ts';
import type { DistanceFn, MatchResult, ParticipantProfile, RecruitmentNeed } from './types.ts';
import { FIT_LEVEL_COUNT, Vocabulary } from './vocabulary.ts';
import {
  type MatchingWeights,
  type MatchingWeightsOverride,
  packWeights,
  resolveWeights,
  W_DEFAULT_COMMUTE,
  W_EXP,
  W_FIT,
  W_MERIT,
  W_OCC,
  W_REQ,
  W_REST,
} from './weights.ts';

export interface MatchingEngineOptions {
  taxonomy: Taxonomy;
  weights?: MatchingWeightsOverride;
  catalogue?: TrainingCatalogue;
  /** Municipality → municipality distance in km. Without it every distance is "unknown". */
  distance?: DistanceFn;
}

export interface RankedMatch {
  id: string;
  score: number;
}

export interface QueryOptions {
  /** Also return pairs with a hard blocker (ranked after all unblocked ones). Default false. */
  includeBlocked?: boolean;
}

export class MatchingEngine {
  readonly vocab: Vocabulary;
  readonly weights: MatchingWeights;
  readonly packed: Float64Array;
  readonly catalogue: TrainingCatalogue;
  private readonly distance: DistanceFn | undefined;
  private dist = new Float64Array(0);
  private distStride = 0;
  private distFilled = 0;

  constructor(options: MatchingEngineOptions) {
    this.vocab = new Vocabulary(options.taxonomy);
    this.weights = resolveWeights(options.weights);
    this.packed = packWeights(this.weights);
    this.catalogue = options.catalogue ?? defaultTrainingCatalogue();
    this.distance = options.distance;
  }

  /** Current lookup tables; grows the fit and distance matrices if new ids were interned. */
  tables(): KernelTables {
    const { matrix, stride } = this.vocab.fit();
    const m = this.vocab.muniCodes.length;
    if (m > this.distFilled) this.growDistances(m);
    return {
      fit: matrix,
      fitStride: stride,
      ssyk4: this.vocab.occSsyk4Code,
      skillWeight: this.vocab.skillWeight,
      dist: this.dist,
      distStride: this.distStride,
    };
  }

  /** Adds rows/columns for newly seen municipalities (capacity doubles; old entries are kept). */
  private growDistances(m: number): void {
    if (m > this.distStride) {
      const stride = Math.max(64, this.distStride * 2, m);
      const d = new Float64Array(stride * stride).fill(Number.NaN);
      for (let i = 0; i < this.distFilled; i++)
        d.set(this.dist.subarray(i * this.distStride, i * this.distStride + this.distFilled), i * stride);
      this.dist = d;
      this.distStride = stride;
    }
    const codes = this.vocab.muniCodes;
    for (let i = 0; i < m; i++)
      for (let j = i < this.distFilled ? this.distFilled : 0; j < m; j++) {
        const a = this.distance?.(codes[i]!, codes[j]!);
        const b = this.distance?.(codes[j]!, codes[i]!);
        this.dist[i * this.distStride + j] = a === undefined ? Number.NaN : a;
        this.dist[j * this.distStride + i] = b === undefined ? Number.NaN : b;
      }
    this.distFilled = m;
  }

  explainContext(): ExplainContext {
    return {
      vocab: this.vocab,
      tables: this.tables(),
      packed: this.packed,
      weights: this.weights,
      catalogue: this.catalogue,
    };
  }

  /** Score and explain one participant against one need (no index needed). */
  match(participant: ParticipantProfile, need: RecruitmentNeed): MatchResult {
    const P = new ParticipantStore(1);
    const N = new NeedStore(1);
    const p = P.upsert(participant, this.vocab);
    const n = N.upsert(need, this.vocab, this.catalogue);
    return explainPair(this.explainContext(), P, p, N, n);
  }

  /** The unrounded score the index ranks by (blockers ignored). */
  rawScore(participant: ParticipantProfile, need: RecruitmentNeed): number {
    const P = new ParticipantStore(1);
    const N = new NeedStore(1);
    const p = P.upsert(participant, this.vocab);
    const n = N.upsert(need, this.vocab, this.catalogue);
    return scorePair(P, p, N, n, this.tables(), this.packed, Number.NEGATIVE_INFINITY, new Float64Array(16));
  }

  createIndex(): MatchingIndex {
    return new MatchingIndex(this);
  }
}

/** Posting keys are (occupation or skill) × REGIONS + county code (01–25; 0 = unknown). */
const REGIONS = 32;

/** Bounded min-heap of (score, slot): keeps the k best; ties go to the lower slot. */
class TopK {
  readonly scores: Float64Array;
  readonly slots: Int32Array;
  size = 0;
  constructor(readonly k: number) {
    this.scores = new Float64Array(Math.max(1, k));
    this.slots = new Int32Array(Math.max(1, k));
  }
  /** Scores at or below this cannot enter. */
  get bound(): number {
    return this.size < this.k ? Number.NEGATIVE_INFINITY : this.scores[0]!;
  }
  push(score: number, slot: number): void {
    const s = this.scores;
    const t = this.slots;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(score, slot, s[parent]!, t[parent]!)) break;
        s[i] = s[parent]!;
        t[i] = t[parent]!;
        i = parent;
      }
      s[i] = score;
      t[i] = slot;
      return;
    }
    if (!worse(s[0]!, t[0]!, score, slot)) return;
    let i = 0;
    const n = this.size;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && worse(s[r]!, t[r]!, s[l]!, t[l]!) ? r : l;
      if (!worse(s[c]!, t[c]!, score, slot)) break;
      s[i] = s[c]!;
      t[i] = t[c]!;
      i = c;
    }
    s[i] = score;
    t[i] = slot;
  }
  /** Best first. */
  sorted(): Array<{ score: number; slot: number }> {
    const out: Array<{ score: number; slot: number }> = [];
    for (let i = 0; i < this.size; i++) out.push({ score: this.scores[i]!, slot: this.slots[i]! });
    return out.sort((a, b) => b.score - a.score || a.slot - b.slot);
  }
}

function worse(sa: number, ta: number, sb: number, tb: number): boolean {
  return sa < sb || (sa === sb && ta > tb);
}

/**
 * Participants and needs as compact records. Upsert/remove touch one slot (and one municipality
 * bucket); queries scan typed arrays with a bounded heap and prune pairs that cannot make the top k.
 */
export class MatchingIndex {
  readonly participants = new ParticipantStore(1024);
  readonly needs = new NeedStore(256);
  private readonly scratchNeeds = new NeedStore(1);
  private readonly scratchParticipants = new ParticipantStore(1);
  /**
   * Largest stated max commute of anyone ever living in a municipality (index = municipality int
   * + 1); a participant without one counts as the unit default. Only grows, so stays conservative.
   */
  private bucketReach: number[] = [];
  private bucketUsesDefault: number[] = [];
  /** Participant slots per occupation they have worked in (the occupation prefilter). */
  private readonly byOccupation = new Postings();
  /** Participant slots per skill (the skill prefilter when no occupation fits well enough). */
  private readonly bySkill = new Postings();
  private visited = new Int32Array(1024);
  /** Need slots per occupation and per required/merit skill; needs lacking either list (key 0). */
  private readonly needsByOccupation = new Postings();
  private readonly needsBySkill = new Postings();
  private readonly needsWithoutSkills = new Postings();
  private needVisited = new Int32Array(256);
  private sk: SkillTables = {
    mode: SKILLS_BY_NEED,
    required: new Float64Array(0),
    merit: new Float64Array(0),
    held: new Uint8Array(0),
  };
  private generation = 0;

  constructor(readonly engine: MatchingEngine) {}

  upsertParticipant(profile: ParticipantProfile): void {
    const P = this.participants;
    const existed = P.slotOf(profile.id);
    if (existed !== undefined) this.leave(existed);
    const slot = P.upsert(profile, this.engine.vocab);
    this.widenReach(slot);
    const region = this.regionOf(P.municipality[slot]!);
    for (const o of P.occupations.get(slot)) this.byOccupation.add(o * REGIONS + region, slot);
    for (const k of P.skills.get(slot)) this.bySkill.add(k * REGIONS + region, slot);
  }

  removeParticipant(id: string): boolean {
    const slot = this.participants.slotOf(id);
    if (slot === undefined) return false;
    this.leave(slot);
    return this.participants.remove(id);
  }

  private leave(slot: number): void {
    const region = this.regionOf(this.participants.municipality[slot]!);
    for (const o of this.participants.occupations.get(slot))
      this.byOccupation.remove(o * REGIONS + region, slot);
    for (const k of this.participants.skills.get(slot)) this.bySkill.remove(k * REGIONS + region, slot);
  }

  upsertNeed(need: RecruitmentNeed): void {
    const N = this.needs;
    const existed = N.slotOf(need.id);
    if (existed !== undefined) this.leaveNeed(existed);
    const n = N.upsert(need, this.engine.vocab, this.engine.catalogue);
    this.needsByOccupation.add(N.occupation[n]!, n);
    const req = N.requiredSkills.get(n);
    const merit = N.meritSkills.get(n);
    for (const k of new Set([...req, ...merit])) this.needsBySkill.add(k, n);
    if (req.length === 0 || merit.length === 0) this.needsWithoutSkills.add(0, n);
  }

  removeNeed(id: string): boolean {
    const n = this.needs.slotOf(id);
    if (n === undefined) return false;
    this.leaveNeed(n);
    return this.needs.remove(id);
  }

  private leaveNeed(n: number): void {
    const N = this.needs;
    this.needsByOccupation.remove(N.occupation[n]!, n);
    const req = N.requiredSkills.get(n);
    const merit = N.meritSkills.get(n);
    for (const k of new Set([...req, ...merit])) this.needsBySkill.remove(k, n);
    if (req.length === 0 || merit.length === 0) this.needsWithoutSkills.remove(0, n);
  }

  /** County (län, the kommunkod's first two digits) of a municipality int; 0 when unknown. */
  private regionOf(muni: number): number {
    if (muni < 0) return 0;
    const code = this.engine.vocab.muniCodes[muni]!;
    const county = /^\d{4}$/.test(code) ? Number(code.slice(0, 2)) : 0;
    return county > 0 && county < REGIONS ? county : 0;
  }

  /** Counties with someone within commuting reach of the workplace (0, unknown, always). */
  private reachableRegions(reach: Uint8Array | undefined): number[] {
    if (reach === undefined) return Array.from({ length: REGIONS }, (_, i) => i);
    const on = new Uint8Array(REGIONS);
    on[0] = 1;
    const munis = this.engine.vocab.muniCodes.length;
    for (let m = 0; m < munis; m++) if (reach[m + 1] === 1) on[this.regionOf(m)] = 1;
    const out: number[] = [];
    for (let r = 0; r < REGIONS; r++) if (on[r]) out.push(r);
    return out;
  }

  private widenReach(slot: number): void {
    const bucket = this.participants.municipality[slot]! + 1;
    while (this.bucketReach.length <= bucket) {
      this.bucketReach.push(0);
      this.bucketUsesDefault.push(0);
    }
    const km = this.participants.maxCommuteKm[slot]!;
    if (Number.isNaN(km)) this.bucketUsesDefault[bucket] = 1;
    else if (km > this.bucketReach[bucket]!) this.bucketReach[bucket] = km;
  }

  private needSlot(need: string | RecruitmentNeed): { N: NeedStore; n: number } {
    if (typeof need === 'string') {
      const n = this.needs.slotOf(need);
      if (n === undefined) throw new RangeError(`Okänt rekryteringsbehov: ${need}`);
      return { N: this.needs, n };
    }
    const N = this.scratchNeeds;
    for (const id of [...N.ids]) if (id !== undefined) N.remove(id);
    return { N, n: N.upsert(need, this.engine.vocab, this.engine.catalogue) };
  }

  private participantSlot(p: string | ParticipantProfile): { P: ParticipantStore; p: number } {
    if (typeof p === 'string') {
      const slot = this.participants.slotOf(p);
      if (slot === undefined) throw new RangeError(`Okänd deltagare: ${p}`);
      return { P: this.participants, p: slot };
    }
    const P = this.scratchParticipants;
    for (const id of [...P.ids]) if (id !== undefined) P.remove(id);
    return { P, p: P.upsert(p, this.engine.vocab) };
  }

  /**
   * The k best participants for a need (k = 0: every participant without a hard blocker).
   * Scans only the municipalities from which someone could commute to the workplace.
   */
  candidatesForNeed(need: string | RecruitmentNeed, k: number, options: QueryOptions = {}): RankedMatch[] {
    const { N, n } = this.needSlot(need);
    const T = this.engine.tables();
    const W = this.engine.packed;
    const P = this.participants;
    const limit = k > 0 ? k : P.size;
    const heap = new TopK(limit);
    if (options.includeBlocked) {
      const blocked = new TopK(limit);
      scanAll(P, N, n, T, W, heap, blocked);
      return this.ranked(heap, blocked, limit, (slot) => P.ids[slot]!);
    }
    if (this.visited.length < P.capacity) this.visited = new Int32Array(P.capacity);
    const visited = this.visited;
    const gen = ++this.generation;
    const sk = this.skillTables(T);
    sk.mode = SKILLS_BY_NEED;
    const needReq = N.requiredSkills.get(n);
    const needMerit = N.meritSkills.get(n);
    for (const k of needReq) sk.required[k] = T.skillWeight[k]!;
    for (const k of needMerit) sk.merit[k] = T.skillWeight[k]!;
    try {
      this.needQuery(P, N, n, T, W, heap, visited, gen, sk, needReq, needMerit);
    } finally {
      for (const k of needReq) sk.required[k] = 0;
      for (const k of needMerit) sk.merit[k] = 0;
    }
    return this.ranked(heap, undefined, limit, (slot) => P.ids[slot]!);
  }

  private skillTables(T: KernelTables): SkillTables {
    const size = T.skillWeight.length;
    if (this.sk.held.length < size)
      this.sk = {
        mode: SKILLS_BY_NEED,
        required: new Float64Array(size),
        merit: new Float64Array(size),
        held: new Uint8Array(size),
      };
    return this.sk;
  }

  private needQuery(
    P: ParticipantStore,
    N: NeedStore,
    n: number,
    T: KernelTables,
    W: Float64Array,
    heap: TopK,
    visited: Int32Array,
    gen: number,
    sk: SkillTables,
    req: number[],
    merit: number[],
  ): void {
    // Phase 1: people who have worked in a related occupation, closest fit level first. Stop as
    // soon as nobody at a lower level (or with no related occupation at all) can enter the top k.
    const x = N.occupation[n]!;
    const related = relatedByLevel(T, x);
    const rest = W[W_REST]!;
    const occExp = W[W_OCC]! + W[W_EXP]!;
    // Levels by their weight, highest first (a unit may reorder them with its weights).
    const codes = [1, 2, 3, 4, 5, 6].sort((a, b) => W[W_FIT + b]! - W[W_FIT + a]! || b - a);
    // Posting lists are split by county: counties nobody can commute from are never touched.
    const reach = this.reachTable(N.municipality[n]!, T);
    const regions = this.reachableRegions(reach);
    for (const code of codes) {
      if (heap.size === heap.k && heap.bound >= rest + occExp * W[W_FIT + code]!) break;
      for (const o of related[code]!)
        for (const r of regions) {
          const key = o * REGIONS + r;
          const list = this.byOccupation.list(key);
          if (list) scanVisited(P, N, n, T, W, heap, list, this.byOccupation.size(key), visited, gen, sk);
        }
    }
    const full = () => heap.size === heap.k;
    if (!(full() && heap.bound >= rest)) {
      // Phase 2: people with one of the need's skills. Without one (and without a related
      // occupation) nobody can score more than `noSkillMax`.
      const noSkillMax = rest - (req.length ? W[W_REQ]! : 0) - (merit.length ? W[W_MERIT]! : 0);
      if (noSkillMax < rest)
        for (const k of [...req, ...merit])
          for (const r of regions) {
            const key = k * REGIONS + r;
            const list = this.bySkill.list(key);
            if (list) scanVisited(P, N, n, T, W, heap, list, this.bySkill.size(key), visited, gen, sk);
          }
      // Phase 3: everyone else within commuting reach, only if they could still enter. They share
      // no skill with the need (phase 2 saw all who do), so the kernel skips the skill merge. A
      // sequential pass with a reach table beats gathering from municipality buckets.
      if (!(full() && heap.bound >= noSkillMax))
        scanRest(P, N, n, T, W, heap, visited, gen, reach, noSkillMax < rest);
    }
  }

  /** The k best needs for a participant (k = 0: every need without a hard blocker). */
  needsForParticipant(
    participant: string | ParticipantProfile,
    k: number,
    options: QueryOptions = {},
  ): RankedMatch[] {
    const { P, p } = this.participantSlot(participant);
    const T = this.engine.tables();
    const W = this.engine.packed;
    const N = this.needs;
    const limit = k > 0 ? k : Math.max(1, N.size);
    const heap = new TopK(limit);
    if (options.includeBlocked) {
      const blocked = new TopK(limit);
      scanNeeds(P, p, N, T, W, heap, blocked);
      return this.ranked(heap, blocked, limit, (slot) => N.ids[slot]!);
    }
    if (this.needVisited.length < N.capacity) this.needVisited = new Int32Array(N.capacity);
    const visited = this.needVisited;
    const gen = ++this.generation;
    const sk = this.skillTables(T);
    sk.mode = SKILLS_BY_PARTICIPANT;
    const held = P.skills.get(p);
    for (const k of held) sk.held[k] = 1;
    try {
      this.participantQuery(P, p, N, T, W, heap, visited, gen, sk);
    } finally {
      for (const k of held) sk.held[k] = 0;
    }
    return this.ranked(heap, undefined, limit, (slot) => N.ids[slot]!);
  }

  private participantQuery(
    P: ParticipantStore,
    p: number,
    N: NeedStore,
    T: KernelTables,
    W: Float64Array,
    heap: TopK,
    visited: Int32Array,
    gen: number,
    sk: SkillTables,
  ): void {
    const full = () => heap.size === heap.k;
    const rest = W[W_REST]!;
    const occExp = W[W_OCC]! + W[W_EXP]!;
    // Phase 1: needs whose occupation the person's experience relates to, closest level first.
    const related = relatedNeedOccupations(T, P.occupations.get(p));
    const codes = [1, 2, 3, 4, 5, 6].sort((a, b) => W[W_FIT + b]! - W[W_FIT + a]! || b - a);
    for (const code of codes) {
      if (full() && heap.bound >= rest + occExp * W[W_FIT + code]!) break;
      for (const x of related[code]!) {
        const list = this.needsByOccupation.list(x);
        if (list) scanNeedList(P, p, N, T, W, heap, list, this.needsByOccupation.size(x), visited, gen, sk);
      }
    }
    if (!(full() && heap.bound >= rest)) {
      // Phase 2: needs asking for a skill the person has, and needs that list no required or no
      // merit skills (those points are free). Every other need is worth at most `noSkillMax`.
      for (const k of P.skills.get(p)) {
        const list = this.needsBySkill.list(k);
        if (list) scanNeedList(P, p, N, T, W, heap, list, this.needsBySkill.size(k), visited, gen, sk);
      }
      const free = this.needsWithoutSkills.list(0);
      if (free) scanNeedList(P, p, N, T, W, heap, free, this.needsWithoutSkills.size(0), visited, gen, sk);
      const noSkillMax = rest - W[W_REQ]! - W[W_MERIT]!;
      // Phase 3: the rest, only if they could still enter.
      if (!(full() && heap.bound >= noSkillMax)) scanNeedsRest(P, p, N, T, W, heap, visited, gen);
    }
  }

  private ranked(
    heap: TopK,
    blocked: TopK | undefined,
    limit: number,
    id: (slot: number) => string,
  ): RankedMatch[] {
    const out = heap.sorted().map(({ score, slot }) => ({ id: id(slot), score }));
    if (blocked)
      for (const { score, slot } of blocked.sorted())
        if (out.length < limit) out.push({ id: id(slot), score });
    return out;
  }

  /** Full explanation of one pair already in the index (or given as values). */
  explain(participant: string | ParticipantProfile, need: string | RecruitmentNeed): MatchResult {
    const { P, p } = this.participantSlot(participant);
    const { N, n } = this.needSlot(need);
    return explainPair(this.engine.explainContext(), P, p, N, n);
  }

  /**
   * reach[municipality + 1] = 1 where someone could commute from (index 0: unknown municipality,
   * always in); undefined when the workplace municipality is unknown (everyone is in reach).
   */
  private reachTable(needMuni: number, T: KernelTables): Uint8Array | undefined {
    if (needMuni < 0 || needMuni >= T.distStride) return undefined;
    const def = this.engine.packed[W_DEFAULT_COMMUTE]!;
    const reach = new Uint8Array(T.distStride + 1);
    reach[0] = 1;
    for (let b = 1; b <= T.distStride; b++) {
      const d = T.dist[needMuni * T.distStride + (b - 1)]!;
      const max = Math.max(this.bucketReach[b] ?? 0, this.bucketUsesDefault[b] ? def : 0);
      reach[b] = d > max ? 0 : 1; // NaN (unknown distance) stays in
    }
    return reach;
  }

  /** Memory held by the typed arrays (bytes). */
  bytes(): number {
    const b =
      this.participants.bytes() +
      this.needs.bytes() +
      this.byOccupation.bytes() +
      this.bySkill.bytes() +
      this.needsByOccupation.bytes() +
      this.needsBySkill.bytes() +
      this.visited.byteLength;
    return b;
  }
}

function scanAll(
  P: ParticipantStore,
  N: NeedStore,
  n: number,
  T: KernelTables,
  W: Float64Array,
  heap: TopK,
  blocked: TopK | undefined,
): void {
  const alive = P.alive;
  const end = P.end;
  let bound = heap.bound;
  for (let p = 0; p < end; p++) {
    if (alive[p] === 0) continue;
    const s = scorePair(P, p, N, n, T, W, blocked ? Number.NEGATIVE_INFINITY : bound);
    if (s >= 0) {
      if (s > bound || (s === bound && heap.size < heap.k)) {
        heap.push(s, p);
        bound = heap.bound;
      }
    } else if (s === BLOCKED && blocked) {
      blocked.push(scoreIgnoringBlockers(P, p, N, n, T, W), p);
    }
  }
}

function scanVisited(
  P: ParticipantStore,
  N: NeedStore,
  n: number,
  T: KernelTables,
  W: Float64Array,
  heap: TopK,
  list: Int32Array,
  size: number,
  visited: Int32Array,
  gen: number,
  sk: SkillTables,
): void {
  let bound = heap.bound;
  for (let i = 0; i < size; i++) {
    const p = list[i]!;
    if (visited[p] === gen) continue;
    visited[p] = gen;
    const s = scorePair(P, p, N, n, T, W, bound, undefined, false, sk);
    if (s >= 0 && s >= bound) {
      heap.push(s, p);
      bound = heap.bound;
    }
  }
}

function scanRest(
  P: ParticipantStore,
  N: NeedStore,
  n: number,
  T: KernelTables,
  W: Float64Array,
  heap: TopK,
  visited: Int32Array,
  gen: number,
  reach: Uint8Array | undefined,
  noSkillOverlap: boolean,
): void {
  const alive = P.alive;
  const muni = P.municipality;
  const end = P.end;
  let bound = heap.bound;
  for (let p = 0; p < end; p++) {
    if (alive[p] === 0 || visited[p] === gen) continue;
    if (reach !== undefined && reach[muni[p]! + 1] === 0) continue;
    const s = scorePair(P, p, N, n, T, W, bound, undefined, noSkillOverlap);
    if (s >= 0 && s >= bound) {
      heap.push(s, p);
      bound = heap.bound;
    }
  }
}

/** Occupations grouped by their fit level (FIT_* code) to need occupation x. */
function relatedByLevel(T: KernelTables, x: number): number[][] {
  const out: number[][] = Array.from({ length: FIT_LEVEL_COUNT }, () => []);
  const fit = T.fit;
  const row = x * T.fitStride;
  for (let o = 0; o < T.fitStride; o++) {
    const code = fit[row + o]!;
    if (code > 0) out[code]!.push(o);
  }
  return out;
}

/** Int lists per key (slot postings); removal is a linear search, fine for edits. */
class Postings {
  private lists: Array<Int32Array | undefined> = [];
  private sizes: number[] = [];
  add(key: number, slot: number): void {
    while (this.lists.length <= key) {
      this.lists.push(undefined);
      this.sizes.push(0);
    }
    let list = this.lists[key];
    const size = this.sizes[key]!;
    if (!list || size === list.length) {
      const grown = new Int32Array(Math.max(8, size * 2));
      if (list) grown.set(list);
      list = grown;
      this.lists[key] = list;
    }
    list[size] = slot;
    this.sizes[key] = size + 1;
  }
  remove(key: number, slot: number): void {
    const list = this.lists[key];
    if (!list) return;
    const size = this.sizes[key]!;
    const i = list.subarray(0, size).indexOf(slot);
    if (i < 0) return;
    list[i] = list[size - 1]!;
    this.sizes[key] = size - 1;
  }
  list(key: number): Int32Array | undefined {
    return this.lists[key];
  }
  size(key: number): number {
    return this.sizes[key] ?? 0;
  }
  bytes(): number {
    let b = 0;
    for (const l of this.lists) b += l?.byteLength ?? 0;
    return b;
  }
}

function scanNeedList(
  P: ParticipantStore,
  p: number,
  N: NeedStore,
  T: KernelTables,
  W: Float64Array,
  heap: TopK,
  list: Int32Array,
  size: number,
  visited: Int32Array,
  gen: number,
  sk: SkillTables,
): void {
  let bound = heap.bound;
  for (let i = 0; i < size; i++) {
    const n = list[i]!;
    if (visited[n] === gen) continue;
    visited[n] = gen;
    const s = scorePair(P, p, N, n, T, W, bound, undefined, false, sk);
    if (s >= 0 && s >= bound) {
      heap.push(s, n);
      bound = heap.bound;
    }
  }
}

function scanNeedsRest(
  P: ParticipantStore,
  p: number,
  N: NeedStore,
  T: KernelTables,
  W: Float64Array,
  heap: TopK,
  visited: Int32Array,
  gen: number,
): void {
  const alive = N.alive;
  const end = N.end;
  let bound = heap.bound;
  for (let n = 0; n < end; n++) {
    if (alive[n] === 0 || visited[n] === gen) continue;
    const s = scorePair(P, p, N, n, T, W, bound, undefined, true);
    if (s >= 0 && s >= bound) {
      heap.push(s, n);
      bound = heap.bound;
    }
  }
}

/** Need occupations grouped by the best fit level any of the person's occupations has to them. */
function relatedNeedOccupations(T: KernelTables, occupations: number[]): number[][] {
  const out: number[][] = Array.from({ length: FIT_LEVEL_COUNT }, () => []);
  if (occupations.length === 0) return out;
  const fit = T.fit;
  const stride = T.fitStride;
  for (let x = 0; x < stride; x++) {
    let best = 0;
    for (const o of occupations) {
      const code = fit[x * stride + o]!;
      if (code > best) best = code;
    }
    if (best > 0) out[best]!.push(x);
  }
  return out;
}

function scanNeeds(
  P: ParticipantStore,
  p: number,
  N: NeedStore,
  T: KernelTables,
  W: Float64Array,
  heap: TopK,
  blocked: TopK | undefined,
): void {
  const alive = N.alive;
  const end = N.end;
  let bound = heap.bound;
  for (let n = 0; n < end; n++) {
    if (alive[n] === 0) continue;
    const s = scorePair(P, p, N, n, T, W, blocked ? Number.NEGATIVE_INFINITY : bound);
    if (s >= 0) {
      if (s > bound || heap.size < heap.k) {
        heap.push(s, n);
        bound = heap.bound;
      }
    } else if (s === BLOCKED && blocked) {
      blocked.push(scoreIgnoringBlockers(P, p, N, n, T, W), n);
    }
  }
}

const scratchOut = new Float64Array(16);
function scoreIgnoringBlockers(
  P: ParticipantStore,
  p: number,
  N: NeedStore,
  n: number,
  T: KernelTables,
  W: Float64Array,
): number {
  return scorePair(P, p, N, n, T, W, Number.NEGATIVE_INFINITY, scratchOut);
}

export { PRUNED };
