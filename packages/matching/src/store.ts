// Compact, typed-array records of participants and recruitment needs. Each record lives in a slot;
// variable-length parts (skills, occupations …) use a fixed stride per slot that grows when a longer
// list arrives, so an edit rewrites one slot and never rebuilds the store.
import type { TrainingCatalogue } from './training-catalogue.ts';
import type { ParticipantProfile, RecruitmentNeed, ShiftKind } from './types.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Fixed-stride int lists, one per slot. */
export class SlotLists {
  stride: number;
  counts: Uint16Array;
  data: Int32Array;
  constructor(capacity: number, stride: number) {
    this.stride = stride;
    this.counts = new Uint16Array(capacity);
    this.data = new Int32Array(capacity * stride);
  }

  grow(capacity: number): void {
    const counts = new Uint16Array(capacity);
    counts.set(this.counts);
    this.counts = counts;
    const data = new Int32Array(capacity * this.stride);
    data.set(this.data);
    this.data = data;
  }

  set(slot: number, values: ArrayLike<number>): void {
    if (values.length > this.stride) this.widen(Math.max(values.length, this.stride * 2));
    const base = slot * this.stride;
    for (let i = 0; i < values.length; i++) this.data[base + i] = values[i]!;
    this.counts[slot] = values.length;
  }

  get(slot: number): number[] {
    const base = slot * this.stride;
    return Array.from(this.data.subarray(base, base + this.counts[slot]!));
  }

  private widen(stride: number): void {
    const capacity = this.counts.length;
    const data = new Int32Array(capacity * stride);
    for (let s = 0; s < capacity; s++) {
      const n = this.counts[s]!;
      for (let i = 0; i < n; i++) data[s * stride + i] = this.data[s * this.stride + i]!;
    }
    this.data = data;
    this.stride = stride;
  }

  bytes(): number {
    return this.counts.byteLength + this.data.byteLength;
  }
}

const SHIFT_BITS: Record<ShiftKind, number> = { day: 1, evening: 2, night: 4 };
export const ALL_SHIFTS = 7;

// Layout of a participant's hot record (see ParticipantStore.hotF/hotI).
export const HOT_BYTES = 64;
export const HOT_F64 = 8;
export const HOT_I32 = 16;
export const HF_MAX_COMMUTE = 0;
export const HF_EXTENT = 1;
export const HI_MUNI = 4;
export const HI_AVAILABLE = 5;
/** shifts (bits 0–2) | weekends << 3 | car << 4 */
export const HI_FLAGS = 6;
export const HI_ADAPT = 7;
export const HI_OCC_COUNT = 8;
export const HI_LANG_COUNT = 9;
export const HI_CRED_COUNT = 10;
export const HI_WISH_COUNT = 11;
export const HI_INTEREST_COUNT = 12;
export const HI_SKILL_COUNT = 13;
export const NO_DATE = -2147483648;

export function shiftMask(shifts: readonly ShiftKind[] | undefined, fallback: number): number {
  if (!shifts) return fallback;
  let m = 0;
  for (const s of shifts) m |= SHIFT_BITS[s] ?? 0;
  return m;
}

export function dayNumber(iso: string | undefined): number {
  if (!iso) return NO_DATE;
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) throw new RangeError(`Ogiltigt datum: ${iso}`);
  return Math.floor(t / 86_400_000);
}

export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function sortedUnique(values: number[]): number[] {
  values.sort((a, b) => a - b);
  let w = 0;
  for (let i = 0; i < values.length; i++)
    if (i === 0 || values[i] !== values[w - 1]) values[w++] = values[i]!;
  values.length = w;
  return values;
}

/** Slot bookkeeping shared by both stores: ids ↔ slots, free list, capacity growth. */
abstract class SlotStore {
  capacity: number;
  /** Slots in use are 1. */
  alive: Uint8Array;
  ids: Array<string | undefined> = [];
  private readonly slotById = new Map<string, number>();
  private readonly free: number[] = [];
  /** One past the highest slot ever used: scans stop here. */
  end = 0;
  size = 0;

  constructor(capacity: number) {
    this.capacity = Math.max(1, capacity);
    this.alive = new Uint8Array(this.capacity);
  }

  slotOf(id: string): number | undefined {
    return this.slotById.get(id);
  }

  protected claim(id: string): number {
    const existing = this.slotById.get(id);
    if (existing !== undefined) return existing;
    let slot = this.free.pop();
    if (slot === undefined) {
      slot = this.end++;
      if (slot >= this.capacity) this.growTo(Math.max(16, this.capacity * 2));
    }
    this.slotById.set(id, slot);
    this.ids[slot] = id;
    this.alive[slot] = 1;
    this.size++;
    return slot;
  }

  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    this.slotById.delete(id);
    this.ids[slot] = undefined;
    this.alive[slot] = 0;
    this.free.push(slot);
    this.size--;
    return true;
  }

  protected growTo(capacity: number): void {
    const alive = new Uint8Array(capacity);
    alive.set(this.alive);
    this.alive = alive;
    this.growArrays(capacity);
    this.capacity = capacity;
  }

  protected abstract growArrays(capacity: number): void;
}

function grown<T extends Int32Array | Float64Array | Uint8Array>(a: T, capacity: number): T {
  const b = new (a.constructor as new (n: number) => T)(capacity);
  b.set(a);
  return b;
}

export class ParticipantStore extends SlotStore {
  occupations: SlotLists;
  /** Years per occupation, same stride as `occupations` (kept in step by `setOccupations`). */
  years: Float64Array;
  wished: SlotLists;
  /** SSYK keys (level * 10000 + code). */
  interests: SlotLists;
  /** Sorted skill ints. */
  skills: SlotLists;
  /** language int * 16 + rank in half steps (2–12). */
  languages: SlotLists;
  /** Sorted credential ints held, implications included. */
  credentials: SlotLists;
  municipality: Int32Array;
  /** NaN: not stated (the unit's default applies). */
  maxCommuteKm: Float64Array;
  car: Uint8Array;
  availableDay: Int32Array;
  extent: Float64Array;
  shifts: Uint8Array;
  weekends: Uint8Array;
  adaptations: Int32Array;
  /**
   * One 64-byte record per slot with what every candidate check reads (municipality, max commute,
   * dates, flags, list lengths): one cache line instead of a dozen when slots are visited out of
   * order through posting lists. Two views of the same buffer.
   */
  hotF: Float64Array;
  hotI: Int32Array;

  constructor(capacity = 1024) {
    super(capacity);
    const c = this.capacity;
    const hot = new ArrayBuffer(c * HOT_BYTES);
    this.hotF = new Float64Array(hot);
    this.hotI = new Int32Array(hot);
    this.occupations = new SlotLists(c, 4);
    this.years = new Float64Array(c * 4);
    this.wished = new SlotLists(c, 2);
    this.interests = new SlotLists(c, 2);
    this.skills = new SlotLists(c, 16);
    this.languages = new SlotLists(c, 3);
    this.credentials = new SlotLists(c, 4);
    this.municipality = new Int32Array(c);
    this.maxCommuteKm = new Float64Array(c);
    this.car = new Uint8Array(c);
    this.availableDay = new Int32Array(c);
    this.extent = new Float64Array(c);
    this.shifts = new Uint8Array(c);
    this.weekends = new Uint8Array(c);
    this.adaptations = new Int32Array(c);
  }

  protected growArrays(c: number): void {
    const hot = new ArrayBuffer(c * HOT_BYTES);
    new Uint8Array(hot).set(new Uint8Array(this.hotF.buffer));
    this.hotF = new Float64Array(hot);
    this.hotI = new Int32Array(hot);
    for (const l of [
      this.occupations,
      this.wished,
      this.interests,
      this.skills,
      this.languages,
      this.credentials,
    ])
      l.grow(c);
    const years = new Float64Array(c * this.occupations.stride);
    years.set(this.years);
    this.years = years;
    this.municipality = grown(this.municipality, c);
    this.maxCommuteKm = grown(this.maxCommuteKm, c);
    this.car = grown(this.car, c);
    this.availableDay = grown(this.availableDay, c);
    this.extent = grown(this.extent, c);
    this.shifts = grown(this.shifts, c);
    this.weekends = grown(this.weekends, c);
    this.adaptations = grown(this.adaptations, c);
  }

  /** Writes a profile into its slot (new or existing). Reads only the declared scoring fields. */
  upsert(p: ParticipantProfile, vocab: Vocabulary): number {
    const slot = this.claim(p.id);
    // Best years per occupation (a person may list the same occupation twice).
    const best = new Map<number, number>();
    for (const o of p.occupations ?? []) {
      const i = vocab.occupation(o.id);
      best.set(i, Math.max(best.get(i) ?? 0, Number.isFinite(o.years) ? Math.max(0, o.years) : 0));
    }
    const occs = [...best.keys()];
    const oldStride = this.occupations.stride;
    this.occupations.set(slot, occs);
    if (this.occupations.stride !== oldStride) {
      const years = new Float64Array(this.capacity * this.occupations.stride);
      for (let s = 0; s < this.capacity; s++)
        for (let i = 0; i < oldStride; i++)
          years[s * this.occupations.stride + i] = this.years[s * oldStride + i]!;
      this.years = years;
    }
    const base = slot * this.occupations.stride;
    occs.forEach((o, i) => {
      this.years[base + i] = best.get(o)!;
    });
    this.wished.set(slot, [...new Set((p.wishedOccupations ?? []).map((id) => vocab.occupation(id)))]);
    const interests = new Set<number>();
    for (const id of p.interests ?? []) {
      const key = vocab.interestKey(id);
      if (key !== undefined) interests.add(key);
    }
    this.interests.set(slot, [...interests]);
    this.skills.set(slot, sortedUnique((p.skills ?? []).map((id) => vocab.skill(id))));
    const langs = new Map<number, number>();
    for (const l of p.languages ?? []) {
      const i = vocab.language(l.code);
      langs.set(i, Math.max(langs.get(i) ?? 0, vocab.levelRankOf(l.level)));
    }
    this.languages.set(
      slot,
      [...langs].map(([i, r]) => i * 16 + Math.round(r * 2)),
    );
    this.credentials.set(slot, vocab.credentialList(p.licences));
    this.municipality[slot] = vocab.municipality(p.municipality);
    this.maxCommuteKm[slot] =
      typeof p.maxCommuteKm === 'number' && p.maxCommuteKm >= 0 ? p.maxCommuteKm : Number.NaN;
    this.car[slot] = p.carAccess === true ? 1 : 0;
    this.availableDay[slot] = dayNumber(p.availableFrom);
    this.extent[slot] = typeof p.extentPercent === 'number' ? p.extentPercent : 100;
    this.shifts[slot] = shiftMask(p.shifts, ALL_SHIFTS);
    this.weekends[slot] = p.weekends === false ? 0 : 1;
    this.adaptations[slot] = vocab.adaptationMask(p.adaptationsNeeded);
    this.writeHot(slot);
    return slot;
  }

  /** Copies the fields every candidate check reads into the slot's 64-byte hot record. */
  private writeHot(slot: number): void {
    const f = slot * HOT_F64;
    const i = slot * HOT_I32;
    this.hotF[f + HF_MAX_COMMUTE] = this.maxCommuteKm[slot]!;
    this.hotF[f + HF_EXTENT] = this.extent[slot]!;
    this.hotI[i + HI_MUNI] = this.municipality[slot]!;
    this.hotI[i + HI_AVAILABLE] = this.availableDay[slot]!;
    this.hotI[i + HI_FLAGS] = this.shifts[slot]! | (this.weekends[slot]! << 3) | (this.car[slot]! << 4);
    this.hotI[i + HI_ADAPT] = this.adaptations[slot]!;
    this.hotI[i + HI_OCC_COUNT] = this.occupations.counts[slot]!;
    this.hotI[i + HI_LANG_COUNT] = this.languages.counts[slot]!;
    this.hotI[i + HI_CRED_COUNT] = this.credentials.counts[slot]!;
    this.hotI[i + HI_WISH_COUNT] = this.wished.counts[slot]!;
    this.hotI[i + HI_INTEREST_COUNT] = this.interests.counts[slot]!;
    this.hotI[i + HI_SKILL_COUNT] = this.skills.counts[slot]!;
  }

  bytes(): number {
    let b = this.alive.byteLength + this.years.byteLength + this.hotF.byteLength;
    for (const l of [
      this.occupations,
      this.wished,
      this.interests,
      this.skills,
      this.languages,
      this.credentials,
    ])
      b += l.bytes();
    for (const a of [
      this.municipality,
      this.maxCommuteKm,
      this.car,
      this.availableDay,
      this.extent,
      this.shifts,
      this.weekends,
      this.adaptations,
    ])
      b += a.byteLength;
    return b;
  }
}

export class NeedStore extends SlotStore {
  occupation: Int32Array;
  requiredSkills: SlotLists;
  meritSkills: SlotLists;
  /** Sum of rarity weights of the required / merit skills. */
  requiredTotal: Float64Array;
  meritTotal: Float64Array;
  /**
   * Required credentials, sorted: credential int * 2 + 1 if a training in the catalogue gives it
   * (+ 0: missing it is a blocker).
   */
  credentials: SlotLists;
  /** (language int * 16 + rank in half steps) * 2 + (1 if a course can close the gap). */
  languages: SlotLists;
  municipality: Int32Array;
  startDay: Int32Array;
  extent: Float64Array;
  shifts: Uint8Array;
  weekends: Uint8Array;
  requiresCar: Uint8Array;
  adaptations: Int32Array;
  minExperience: Float64Array;
  positions: Int32Array;

  constructor(capacity = 256) {
    super(capacity);
    const c = this.capacity;
    this.occupation = new Int32Array(c);
    this.requiredSkills = new SlotLists(c, 8);
    this.meritSkills = new SlotLists(c, 4);
    this.requiredTotal = new Float64Array(c);
    this.meritTotal = new Float64Array(c);
    this.credentials = new SlotLists(c, 2);
    this.languages = new SlotLists(c, 2);
    this.municipality = new Int32Array(c);
    this.startDay = new Int32Array(c);
    this.extent = new Float64Array(c);
    this.shifts = new Uint8Array(c);
    this.weekends = new Uint8Array(c);
    this.requiresCar = new Uint8Array(c);
    this.adaptations = new Int32Array(c);
    this.minExperience = new Float64Array(c);
    this.positions = new Int32Array(c);
  }

  protected growArrays(c: number): void {
    for (const l of [this.requiredSkills, this.meritSkills, this.languages, this.credentials]) l.grow(c);
    this.occupation = grown(this.occupation, c);
    this.requiredTotal = grown(this.requiredTotal, c);
    this.meritTotal = grown(this.meritTotal, c);
    this.municipality = grown(this.municipality, c);
    this.startDay = grown(this.startDay, c);
    this.extent = grown(this.extent, c);
    this.shifts = grown(this.shifts, c);
    this.weekends = grown(this.weekends, c);
    this.requiresCar = grown(this.requiresCar, c);
    this.adaptations = grown(this.adaptations, c);
    this.minExperience = grown(this.minExperience, c);
    this.positions = grown(this.positions, c);
  }

  upsert(n: RecruitmentNeed, vocab: Vocabulary, catalogue: TrainingCatalogue): number {
    const slot = this.claim(n.id);
    this.occupation[slot] = vocab.occupation(n.occupation);
    const req = sortedUnique((n.requiredSkills ?? []).map((id) => vocab.skill(id)));
    // A skill listed both as required and as merit counts in both (so promoting a merit skill to
    // required never costs a person who has it anything).
    const merit = sortedUnique((n.meritSkills ?? []).map((id) => vocab.skill(id)));
    this.requiredSkills.set(slot, req);
    this.meritSkills.set(slot, merit);
    let rt = 0;
    for (const s of req) rt += vocab.skillWeight[s]!;
    let mt = 0;
    for (const s of merit) mt += vocab.skillWeight[s]!;
    this.requiredTotal[slot] = rt;
    this.meritTotal[slot] = mt;
    const creds = sortedUnique((n.licences ?? []).map((code) => vocab.credential(code)));
    this.credentials.set(
      slot,
      creds.map((c) => c * 2 + (catalogue.forCredential(vocab.credCodes[c]!) ? 1 : 0)),
    );
    const langs = new Map<number, number>();
    for (const l of n.languages ?? []) {
      const i = vocab.language(l.code);
      langs.set(i, Math.max(langs.get(i) ?? 0, vocab.levelRankOf(l.level)));
    }
    this.languages.set(
      slot,
      [...langs].map(
        ([i, r]) =>
          (i * 16 + Math.round(r * 2)) * 2 + (catalogue.forLanguage(vocab.langCodes[i]!, 0, r) ? 1 : 0),
      ),
    );
    this.municipality[slot] = vocab.municipality(n.municipality);
    this.startDay[slot] = dayNumber(n.startDate);
    this.extent[slot] = typeof n.extentPercent === 'number' ? n.extentPercent : 100;
    this.shifts[slot] = shiftMask(n.shifts, 0);
    this.weekends[slot] = n.weekends === true ? 1 : 0;
    this.requiresCar[slot] = n.requiresCar === true ? 1 : 0;
    this.adaptations[slot] = vocab.adaptationMask(n.adaptationsAccepted);
    this.minExperience[slot] =
      typeof n.minExperienceYears === 'number' ? Math.max(0, n.minExperienceYears) : 0;
    this.positions[slot] = Math.max(1, Math.floor(n.positions ?? 1));
    return slot;
  }

  bytes(): number {
    let b = this.alive.byteLength;
    for (const l of [this.requiredSkills, this.meritSkills, this.languages, this.credentials]) b += l.bytes();
    return b + this.occupation.byteLength * 13;
  }
}
