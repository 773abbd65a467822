// The one place where a score is computed. Both query directions, the pair generator for
// allocation and the explanation call this function, so ranking and explanation can never disagree.
// It reads only typed arrays; blockers are checked first (cheap), then the cheap factors, and the
// skill merge only runs when the pair can still beat `bound` (the current top-k threshold).
import type { NeedStore, ParticipantStore } from './store.ts';
import {
  HF_EXTENT,
  HF_MAX_COMMUTE,
  HI_ADAPT,
  HI_AVAILABLE,
  HI_CRED_COUNT,
  HI_FLAGS,
  HI_INTEREST_COUNT,
  HI_LANG_COUNT,
  HI_MUNI,
  HI_OCC_COUNT,
  HI_SKILL_COUNT,
  HI_WISH_COUNT,
  HOT_F64,
  HOT_I32,
  NO_DATE,
} from './store.ts';
import { FIT_SAME, FIT_SSYK4 } from './vocabulary.ts';
import {
  W_ADAPT,
  W_AVAIL,
  W_COMMUTE,
  W_COMMUTE_AT_MAX,
  W_COMMUTE_UNKNOWN,
  W_DEFAULT_COMMUTE,
  W_EXP,
  W_EXP_YEARS,
  W_EXTENT,
  W_FIT,
  W_LANG,
  W_LIC,
  W_MAX_DELAY,
  W_MERIT,
  W_MIN_EXTENT,
  W_OCC,
  W_REQ,
  W_REST,
  W_WISH,
  W_WISH_INTEREST,
  W_WISH_SAME,
  W_WISH_SSYK4,
} from './weights.ts';

/** Shared lookup tables (from the vocabulary). */
export interface KernelTables {
  fit: Uint8Array;
  fitStride: number;
  ssyk4: Int32Array;
  skillWeight: Float64Array;
  /** dist[needMunicipality * distStride + participantMunicipality] in km; NaN when unknown. */
  dist: Float64Array;
  distStride: number;
}

export const SKILLS_BY_NEED = 1;
export const SKILLS_BY_PARTICIPANT = 2;

/** Per-query skill lookups (see the skills section of scorePair). */
export interface SkillTables {
  mode: typeof SKILLS_BY_NEED | typeof SKILLS_BY_PARTICIPANT;
  /** By need: rarity weight of each required / merit skill of the need, 0 elsewhere. */
  required: Float64Array;
  merit: Float64Array;
  /** By participant: 1 for each skill the person has. */
  held: Uint8Array;
}

function mergeCovered(
  nd: Int32Array,
  i: number,
  count: number,
  ps: Int32Array,
  j: number,
  pend: number,
  sw: Float64Array,
): number {
  const iend = i + count;
  let covered = 0;
  while (i < iend && j < pend) {
    const a = nd[i]!;
    const b = ps[j]!;
    if (a === b) {
      covered += sw[a]!;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return covered;
}

export const BLOCKED = -1;
export const PRUNED = -2;

/** Indices into the `out` array of factor contributions (same order as FactorCode). */
export const F_OCC = 0;
export const F_EXP = 1;
export const F_REQ = 2;
export const F_MERIT = 3;
export const F_LIC = 4;
export const F_LANG = 5;
export const F_AVAIL = 6;
export const F_EXTENT = 7;
export const F_COMMUTE = 8;
export const F_ADAPT = 9;
export const F_WISH = 10;
/** out[11]: distance in km (NaN unknown); out[12]: best occupation slot index (-1 none); out[13]: wish kind. */
export const F_DISTANCE = 11;
export const F_BEST_OCC = 12;
export const F_WISH_KIND = 13;
export const KERNEL_OUT_LENGTH = 14;

/**
 * Score of participant slot `p` for need slot `n` (0–100 with default weights).
 * Without `out`: returns BLOCKED for a pair with a hard blocker, PRUNED when it cannot exceed
 * `bound`. With `out`: always computes every factor into `out` and returns the score.
 */
export function scorePair(
  P: ParticipantStore,
  p: number,
  N: NeedStore,
  n: number,
  T: KernelTables,
  W: Float64Array,
  bound: number,
  out?: Float64Array,
  /** The caller knows the participant has none of the need's skills: skip the merges. */
  noSkillOverlap?: boolean,
  sk?: SkillTables,
): number {
  const explain = out !== undefined;
  // ---- occupation fit first: it bounds the score, so most non-candidates stop here ----------------
  const x = N.occupation[n]!;
  const fit = T.fit;
  const fitStride = T.fitStride;
  const row = x * fitStride;
  const minExp = N.minExperience[n]!;
  const target = minExp > 0 ? minExp : W[W_EXP_YEARS]!;
  const hotF = P.hotF;
  const hotI = P.hotI;
  const hf = p * HOT_F64;
  const hi = p * HOT_I32;
  const oc = hotI[hi + HI_OCC_COUNT]!;
  const ostride = P.occupations.stride;
  const obase = p * ostride;
  const od = P.occupations.data;
  const years = P.years;
  let fitBest = 0;
  let expBest = 0;
  let bestOcc = -1;
  for (let i = 0; i < oc; i++) {
    const o = od[obase + i]!;
    const lv = W[W_FIT + fit[row + o]!]!;
    if (lv > fitBest) {
      fitBest = lv;
      bestOcc = i;
    }
    const y = years[obase + i]!;
    const e = lv * (y >= target ? 1 : y / target);
    if (e > expBest) expBest = e;
  }
  if (!explain && W[W_REST]! + (W[W_OCC]! + W[W_EXP]!) * fitBest <= bound) return PRUNED;

  // ---- hard blockers, most selective first; without `out` the first one found ends the pair
  // (each check touches other arrays: stopping early saves cache misses) -------------------------
  let blocked = false;
  const pm = hotI[hi + HI_MUNI]!;
  const nm = N.municipality[n]!;
  const dist =
    pm >= 0 && nm >= 0 && nm < T.distStride && pm < T.distStride
      ? T.dist[nm * T.distStride + pm]!
      : Number.NaN;
  const ownMax = hotF[hf + HF_MAX_COMMUTE]!;
  const maxKm = Number.isNaN(ownMax) ? W[W_DEFAULT_COMMUTE]! : ownMax;
  if (dist > maxKm) {
    if (!explain) return BLOCKED;
    blocked = true;
  }
  const flags = hotI[hi + HI_FLAGS]!;
  const padapt = hotI[hi + HI_ADAPT]!;
  if ((N.shifts[n]! & ~flags & 7) !== 0 || (N.weekends[n]! === 1 && (flags & 8) === 0)) blocked = true;
  if (N.requiresCar[n]! === 1 && (flags & 16) === 0) blocked = true;
  if ((padapt & ~N.adaptations[n]!) !== 0) blocked = true;
  const pe = hotF[hf + HF_EXTENT]!;
  const ne = N.extent[n]!;
  if (pe < ne * W[W_MIN_EXTENT]!) blocked = true;
  const avail = hotI[hi + HI_AVAILABLE]!;
  const start = N.startDay[n]!;
  const delay = avail !== NO_DATE && start !== NO_DATE ? avail - start : 0;
  const maxDelay = W[W_MAX_DELAY]!;
  if (delay > maxDelay) blocked = true;
  if (blocked && !explain) return BLOCKED;
  // Credentials: sorted merge; a missing one without a training blocks.
  const reqCred = N.credentials.counts[n]!;
  let heldReq = 0;
  if (reqCred > 0) {
    const nd = N.credentials.data;
    const pd = P.credentials.data;
    let i = n * N.credentials.stride;
    const iend = i + reqCred;
    let j = p * P.credentials.stride;
    const jend = j + hotI[hi + HI_CRED_COUNT]!;
    while (i < iend) {
      const e = nd[i]!;
      const c = e >> 1;
      while (j < jend && pd[j]! < c) j++;
      if (j < jend && pd[j]! === c) heldReq++;
      else if ((e & 1) === 0) blocked = true;
      i++;
    }
  }
  // Languages: mean of (held rank / required rank, capped at 1); an unclosable shortfall blocks.
  const nl = N.languages.counts[n]!;
  let langShare = 1;
  if (nl > 0) {
    const nlBase = n * N.languages.stride;
    const plCount = hotI[hi + HI_LANG_COUNT]!;
    const plBase = p * P.languages.stride;
    const pld = P.languages.data;
    let sum = 0;
    for (let i = 0; i < nl; i++) {
      const e = N.languages.data[nlBase + i]!;
      const key = e >> 1;
      const lang = key >> 4;
      const rank = key & 15;
      let held = 0;
      for (let j = 0; j < plCount; j++) {
        const pl = pld[plBase + j]!;
        if (pl >> 4 === lang) held = pl & 15;
      }
      if (held >= rank) sum += 1;
      else {
        sum += held / rank;
        if ((e & 1) === 0) blocked = true;
      }
    }
    langShare = sum / nl;
  }
  if (blocked && !explain) return BLOCKED;

  let wish = 0;
  let wishKind = 0;
  const wc = hotI[hi + HI_WISH_COUNT]!;
  const wbase = p * P.wished.stride;
  for (let i = 0; i < wc; i++) {
    const code = fit[row + P.wished.data[wbase + i]!]!;
    if (code === FIT_SAME && W[W_WISH_SAME]! > wish) {
      wish = W[W_WISH_SAME]!;
      wishKind = 1;
    } else if (code === FIT_SSYK4 && W[W_WISH_SSYK4]! > wish) {
      wish = W[W_WISH_SSYK4]!;
      wishKind = 2;
    }
  }
  const ic = hotI[hi + HI_INTEREST_COUNT]!;
  if (ic > 0 && W[W_WISH_INTEREST]! > wish) {
    const c4 = T.ssyk4[x]!;
    if (c4 >= 0) {
      const ibase = p * P.interests.stride;
      for (let i = 0; i < ic; i++) {
        const k = P.interests.data[ibase + i]!;
        const level = (k / 10000) | 0;
        const code = k - level * 10000;
        const div = level === 4 ? 1 : level === 3 ? 10 : level === 2 ? 100 : 1000;
        if (((c4 / div) | 0) === code) {
          wish = W[W_WISH_INTEREST]!;
          wishKind = 3;
          break;
        }
      }
    }
  }

  // ---- wishes and the other cheap factors -------------------------------------------------------------------
  const occ = W[W_OCC]! * fitBest;
  const exp = W[W_EXP]! * expBest;
  const wishes = W[W_WISH]! * wish;
  const lic = reqCred === 0 ? W[W_LIC]! : (W[W_LIC]! * heldReq) / reqCred;
  const lang = W[W_LANG]! * langShare;
  const avail_ = delay <= 0 ? W[W_AVAIL]! : delay >= maxDelay ? 0 : W[W_AVAIL]! * (1 - delay / maxDelay);
  const extent = pe >= ne || ne <= 0 ? W[W_EXTENT]! : (W[W_EXTENT]! * pe) / ne;
  let commute: number;
  if (Number.isNaN(dist)) commute = W[W_COMMUTE]! * W[W_COMMUTE_UNKNOWN]!;
  else if (dist > maxKm) commute = 0;
  else
    commute = maxKm <= 0 ? W[W_COMMUTE]! : W[W_COMMUTE]! * (1 - ((1 - W[W_COMMUTE_AT_MAX]!) * dist) / maxKm);
  const adapt = (padapt & ~N.adaptations[n]!) === 0 ? W[W_ADAPT]! : 0;
  const cheap = occ + exp + wishes + lic + lang + avail_ + extent + commute + adapt;
  if (!explain) {
    const skillMax =
      noSkillOverlap === true
        ? (N.requiredSkills.counts[n]! === 0 ? W[W_REQ]! : 0) +
          (N.meritSkills.counts[n]! === 0 ? W[W_MERIT]! : 0)
        : W[W_REQ]! + W[W_MERIT]!;
    if (cheap + skillMax <= bound) return PRUNED;
  }

  // ---- skills, rarity weighted. Three equivalent ways to find the covered weight (same additions
  // in the same ascending skill order, so the same float result): a per-query table of the need's
  // skill weights (need → participants), a per-query table of the person's skills (participant →
  // needs), or a sorted-list merge (single pairs, explanations).
  const sw = T.skillWeight;
  const ps = P.skills.data;
  const pc = hotI[hi + HI_SKILL_COUNT]!;
  const pbase = p * P.skills.stride;
  const pend = pbase + pc;
  const rc = N.requiredSkills.counts[n]!;
  const mc = N.meritSkills.counts[n]!;
  let reqCovered = 0;
  let meritCovered = 0;
  if (noSkillOverlap !== true && (rc > 0 || mc > 0)) {
    if (sk !== undefined && sk.mode === SKILLS_BY_NEED) {
      const rw = sk.required;
      const mw = sk.merit;
      for (let j = pbase; j < pend; j++) {
        const b = ps[j]!;
        reqCovered += rw[b]!;
        meritCovered += mw[b]!;
      }
    } else if (sk !== undefined && sk.mode === SKILLS_BY_PARTICIPANT) {
      const held = sk.held;
      const rd = N.requiredSkills.data;
      for (let i = n * N.requiredSkills.stride, iend = i + rc; i < iend; i++) {
        const a = rd[i]!;
        if (held[a] === 1) reqCovered += sw[a]!;
      }
      const md = N.meritSkills.data;
      for (let i = n * N.meritSkills.stride, iend = i + mc; i < iend; i++) {
        const a = md[i]!;
        if (held[a] === 1) meritCovered += sw[a]!;
      }
    } else {
      reqCovered = mergeCovered(N.requiredSkills.data, n * N.requiredSkills.stride, rc, ps, pbase, pend, sw);
      meritCovered = mergeCovered(N.meritSkills.data, n * N.meritSkills.stride, mc, ps, pbase, pend, sw);
    }
  }
  const req = rc > 0 ? (W[W_REQ]! * reqCovered) / N.requiredTotal[n]! : W[W_REQ]!;
  const merit = mc > 0 ? (W[W_MERIT]! * meritCovered) / N.meritTotal[n]! : W[W_MERIT]!;
  const score = cheap + req + merit;
  if (explain) {
    out[F_OCC] = occ;
    out[F_EXP] = exp;
    out[F_REQ] = req;
    out[F_MERIT] = merit;
    out[F_LIC] = lic;
    out[F_LANG] = lang;
    out[F_AVAIL] = avail_;
    out[F_EXTENT] = extent;
    out[F_COMMUTE] = commute;
    out[F_ADAPT] = adapt;
    out[F_WISH] = wishes;
    out[F_DISTANCE] = dist;
    out[F_BEST_OCC] = bestOcc;
    out[F_WISH_KIND] = wishKind;
  }
  return score;
}
