// The engine (taxonomy + weights + training catalogue + distances) and its in-process index.
import type { Taxonomy } from '@arbetsbro/taxonomy';
import { type ExplainContext, explainPair } from './explain.ts';
import { BLOCKED, type KernelTables, PRUNED, scorePair } from './kernel.ts';
import { NeedStore, ParticipantStore } from './store.ts';
import { defaultTrainingCatalogue, type TrainingCatalogue } from './training-catalogue.ts';
import type { DistanceFn, MatchResult, ParticipantProfile, RecruitmentNeed } from './types.ts';
import { Vocabulary } from './vocabulary.ts';
import {
  type MatchingWeights,
  type MatchingWeightsOverride,
  packWeights,
  resolveWeights,
  W_DEFAULT_COMMUTE,
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
    if (m !== this.distStride) {
      const d = new Float64Array(m * m).fill(Number.NaN);
      for (let i = 0; i < m; i++)
        for (let j = 0; j < m; j++) {
          const km = this.distance?.(this.vocab.muniCodes[i]!, this.vocab.muniCodes[j]!);
          d[i * m + j] = km === undefined ? Number.NaN : km;
        }
      this.dist = d;
      this.distStride = m;
    }
    return {
      fit: matrix,
      fitStride: stride,
      ssyk4: this.vocab.occSsyk4Code,
      skillWeight: this.vocab.skillWeight,
      dist: this.dist,
      distStride: this.distStride,
    };
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
  /** Participant slots per home municipality (index = municipality int + 1; 0 = unknown). */
  private buckets: Int32Array[] = [];
  private bucketSizes: number[] = [];
  private posInBucket = new Int32Array(1024);
  private bucketOf = new Int32Array(1024);
  /** Largest stated max commute per municipality bucket; NaN-stated counts as the unit default. */
  private bucketReach: number[] = [];
  private bucketUsesDefault: number[] = [];

  constructor(readonly engine: MatchingEngine) {}

  upsertParticipant(profile: ParticipantProfile): void {
    const P = this.participants;
    const existed = P.slotOf(profile.id);
    if (existed !== undefined) this.leaveBucket(existed);
    const slot = P.upsert(profile, this.engine.vocab);
    this.joinBucket(slot);
  }

  removeParticipant(id: string): boolean {
    const slot = this.participants.slotOf(id);
    if (slot === undefined) return false;
    this.leaveBucket(slot);
    return this.participants.remove(id);
  }

  upsertNeed(need: RecruitmentNeed): void {
    this.needs.upsert(need, this.engine.vocab, this.engine.catalogue);
  }

  removeNeed(id: string): boolean {
    return this.needs.remove(id);
  }

  private joinBucket(slot: number): void {
    if (slot >= this.posInBucket.length) {
      const cap = Math.max(slot + 1, this.posInBucket.length * 2);
      const a = new Int32Array(cap);
      a.set(this.posInBucket);
      this.posInBucket = a;
      const b = new Int32Array(cap);
      b.set(this.bucketOf);
      this.bucketOf = b;
    }
    const bucket = this.participants.municipality[slot]! + 1;
    while (this.buckets.length <= bucket) {
      this.buckets.push(new Int32Array(16));
      this.bucketSizes.push(0);
      this.bucketReach.push(0);
      this.bucketUsesDefault.push(0);
    }
    let list = this.buckets[bucket]!;
    const size = this.bucketSizes[bucket]!;
    if (size === list.length) {
      const grown = new Int32Array(list.length * 2);
      grown.set(list);
      this.buckets[bucket] = list = grown;
    }
    list[size] = slot;
    this.posInBucket[slot] = size;
    this.bucketOf[slot] = bucket;
    this.bucketSizes[bucket] = size + 1;
    const km = this.participants.maxCommuteKm[slot]!;
    // Reach only grows (a removal never shrinks it): a conservative prefilter stays correct.
    if (Number.isNaN(km)) this.bucketUsesDefault[bucket] = 1;
    else if (km > this.bucketReach[bucket]!) this.bucketReach[bucket] = km;
  }

  private leaveBucket(slot: number): void {
    const bucket = this.bucketOf[slot]!;
    const list = this.buckets[bucket]!;
    const last = --this.bucketSizes[bucket]!;
    const pos = this.posInBucket[slot]!;
    const moved = list[last]!;
    list[pos] = moved;
    this.posInBucket[moved] = pos;
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
    const blocked = options.includeBlocked ? new TopK(limit) : undefined;
    const lists = blocked ? undefined : this.reachableBuckets(N.municipality[n]!, T);
    if (lists === undefined) scanAll(P, N, n, T, W, heap, blocked);
    else for (const [list, size] of lists) scanList(P, N, n, T, W, heap, blocked, list, size);
    return this.ranked(heap, blocked, limit, (slot) => P.ids[slot]!);
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
    const blocked = options.includeBlocked ? new TopK(limit) : undefined;
    scanNeeds(P, p, N, T, W, heap, blocked);
    return this.ranked(heap, blocked, limit, (slot) => N.ids[slot]!);
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
   * Municipality buckets someone could commute from, or undefined when a full scan is as cheap
   * (workplace municipality unknown, or most participants within reach).
   */
  private reachableBuckets(needMuni: number, T: KernelTables): Array<[Int32Array, number]> | undefined {
    if (needMuni < 0 || needMuni >= T.distStride) return undefined;
    const def = this.engine.packed[W_DEFAULT_COMMUTE]!;
    const out: Array<[Int32Array, number]> = [];
    let total = 0;
    for (let b = 0; b < this.buckets.length; b++) {
      const size = this.bucketSizes[b]!;
      if (size === 0) continue;
      if (b > 0) {
        const d = T.dist[needMuni * T.distStride + (b - 1)]!;
        const reach = Math.max(this.bucketReach[b]!, this.bucketUsesDefault[b] ? def : 0);
        if (d > reach) continue; // NaN (unknown) stays in
      }
      out.push([this.buckets[b]!, size]);
      total += size;
    }
    return total > this.participants.size * 0.6 ? undefined : out;
  }

  /** Memory held by the typed arrays (bytes). */
  bytes(): number {
    let b = this.participants.bytes() + this.needs.bytes() + this.posInBucket.byteLength * 2;
    for (const l of this.buckets) b += l.byteLength;
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

function scanList(
  P: ParticipantStore,
  N: NeedStore,
  n: number,
  T: KernelTables,
  W: Float64Array,
  heap: TopK,
  blocked: TopK | undefined,
  list: Int32Array,
  size: number,
): void {
  let bound = heap.bound;
  for (let i = 0; i < size; i++) {
    const p = list[i]!;
    const s = scorePair(P, p, N, n, T, W, blocked ? Number.NEGATIVE_INFINITY : bound);
    if (s >= 0) {
      if (s > bound || heap.size < heap.k) {
        heap.push(s, p);
        bound = heap.bound;
      }
    } else if (s === BLOCKED && blocked) {
      blocked.push(scoreIgnoringBlockers(P, p, N, n, T, W), p);
    }
  }
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
