// The taxonomy compiled to small integers, so that the index and the scoring kernel work on typed
// arrays: occupation ids → ints with their SSYK-4 code, a fit-level matrix occupation × occupation
// (same name, same SSYK-4, substitutable 75 %/25 %, same SSYK-3/2), skill ids → ints with a rarity
// weight, credentials → ints (with what each implies), languages and levels → ints and ranks.
// Ids the taxonomy does not know are interned on first sight (an unknown occupation only fits itself).
import type { ConceptId, Taxonomy } from '@arbetsbro/taxonomy';

/** Occupation fit levels, ordered: a higher code is a closer fit. */
export const FIT_NONE = 0;
export const FIT_SSYK2 = 1;
export const FIT_SSYK3 = 2;
export const FIT_SUB25 = 3;
export const FIT_SUB75 = 4;
export const FIT_SSYK4 = 5;
export const FIT_SAME = 6;
export const FIT_LEVEL_COUNT = 7;

const MAX_BITS = 32;

export class Vocabulary {
  readonly taxonomy: Taxonomy;
  /** Occupation-name id → int. */
  private readonly occIndex = new Map<ConceptId, number>();
  readonly occIds: ConceptId[] = [];
  readonly occLabels: string[] = [];
  /** SSYK-4 code as a number (e.g. 5321), or -1 when unknown. */
  occSsyk4Code: Int32Array = new Int32Array(0);
  /** fitMatrix[needOcc * stride + participantOcc] = FIT_* code. Rebuilt when occupations are added. */
  fitMatrix: Uint8Array = new Uint8Array(0);
  fitStride = 0;
  private fitDirty = true;
  /** (occupation to fill, substitute) → percent. */
  private readonly substitutes = new Map<number, Array<{ substitute: number; percent: number }>>();

  private readonly ssykCodeById = new Map<ConceptId, { code: string; level: number; label: string }>();
  private readonly ssykLabelByKey = new Map<number, string>();

  private readonly skillIndex = new Map<ConceptId, number>();
  readonly skillIds: ConceptId[] = [];
  readonly skillLabels: string[] = [];
  /** Rarity weight per skill int: ln(1 + groups / (1 + groups listing the skill)). */
  skillWeight: Float64Array = new Float64Array(0);
  private readonly skillDf = new Map<ConceptId, number>();
  private readonly ssyk4Count: number;

  /** SSYK-4 code → skill ints typical for the group (JobTech). */
  readonly groupSkills = new Map<number, number[]>();

  private readonly credIndex = new Map<string, number>();
  /** Lower-case keys. */
  readonly credCodes: string[] = [];
  /** Codes as the taxonomy (or the first input) writes them ("CE", "TRUCK-B1"). */
  readonly credDisplayCodes: string[] = [];
  readonly credLabels: string[] = [];
  /** Every credential a credential satisfies (itself included). */
  readonly credClosure: Array<Set<number>> = [];

  private readonly langIndex = new Map<string, number>();
  readonly langCodes: string[] = [];
  readonly langLabels: string[] = [];
  private readonly langAlias = new Map<string, string>();
  private readonly levelRank = new Map<string, number>();
  private readonly levelLabelByRank = new Map<number, string>();
  /** SFI/SAS labels by rank: what a coach expects to read for Swedish. */
  private readonly swedishLevelLabelByRank = new Map<number, string>();

  private readonly adaptIndex = new Map<string, number>();
  readonly adaptCodes: string[] = [];

  private readonly muniIndex = new Map<string, number>();
  readonly muniCodes: string[] = [];

  constructor(taxonomy: Taxonomy) {
    this.taxonomy = taxonomy;
    for (const g of taxonomy.ssykGroups) {
      this.ssykCodeById.set(g.id, { code: g.code, level: g.level, label: g.label });
      this.ssykLabelByKey.set(ssykKey(g.level, Number(g.code)), g.label);
    }
    const ssyk4 = new Map<ConceptId, number>();
    for (const g of taxonomy.ssykGroups) if (g.level === 4) ssyk4.set(g.id, Number(g.code));
    this.ssyk4Count = Math.max(1, ssyk4.size);
    const occs = taxonomy.occupations.filter((o) => !o.deprecated);
    const codes: number[] = [];
    for (const o of occs) {
      this.occIndex.set(o.id, this.occIds.length);
      this.occIds.push(o.id);
      this.occLabels.push(o.label);
      codes.push(ssyk4.get(o.ssyk4Id) ?? -1);
    }
    // Deprecated names resolve to their replacement (or stand alone).
    for (const o of taxonomy.occupations) {
      if (!o.deprecated) continue;
      const target = o.replacedBy !== undefined ? this.occIndex.get(o.replacedBy) : undefined;
      if (target !== undefined) this.occIndex.set(o.id, target);
    }
    this.occSsyk4Code = Int32Array.from(codes);
    for (const e of taxonomy.substitutability) {
      const x = this.occIndex.get(e.occupationId);
      const y = this.occIndex.get(e.substituteId);
      if (x === undefined || y === undefined) continue;
      let list = this.substitutes.get(x);
      if (!list) {
        list = [];
        this.substitutes.set(x, list);
      }
      list.push({ substitute: y, percent: e.percent });
    }

    for (const { skillId } of taxonomy.ssyk4Skills)
      this.skillDf.set(skillId, (this.skillDf.get(skillId) ?? 0) + 1);
    for (const s of taxonomy.skills) {
      if (s.deprecated && s.replacedBy) continue;
      this.internSkill(s.id, s.label);
    }
    for (const s of taxonomy.skills) {
      if (!s.deprecated || !s.replacedBy) continue;
      const t = this.skillIndex.get(s.replacedBy);
      if (t !== undefined) this.skillIndex.set(s.id, t);
      else this.internSkill(s.id, s.label);
    }

    for (const { ssyk4Id, skillId } of taxonomy.ssyk4Skills) {
      const code = ssyk4.get(ssyk4Id);
      if (code === undefined) continue;
      let list = this.groupSkills.get(code);
      if (!list) {
        list = [];
        this.groupSkills.set(code, list);
      }
      list.push(this.skill(skillId));
    }

    for (const c of taxonomy.credentials) this.internCredential(c.code, c.label);
    for (const c of taxonomy.credentials) {
      const i = this.credIndex.get(normCode(c.code))!;
      for (const implied of c.implies ?? []) {
        this.credClosure[i]!.add(this.internCredential(implied));
      }
    }
    this.closeCredentials();

    for (const l of taxonomy.languages) {
      const canonical = (l.iso6391 ?? l.id).toLowerCase();
      this.langAlias.set(l.id.toLowerCase(), canonical);
      if (l.iso6392) this.langAlias.set(l.iso6392.toLowerCase(), canonical);
      if (!this.langIndex.has(canonical)) {
        this.langIndex.set(canonical, this.langCodes.length);
        this.langCodes.push(canonical);
        this.langLabels.push(l.label);
      }
    }
    for (const lv of taxonomy.languageLevels) {
      this.levelRank.set(lv.code.toLowerCase(), lv.rank);
      if (!this.levelLabelByRank.has(lv.rank) || lv.scale === 'cefr')
        this.levelLabelByRank.set(lv.rank, lv.label);
      if (lv.scale !== 'cefr') this.swedishLevelLabelByRank.set(lv.rank, lv.label);
    }
  }

  // ---- occupations -------------------------------------------------------------------------

  occupation(id: ConceptId): number {
    let i = this.occIndex.get(id);
    if (i === undefined) {
      i = this.occIds.length;
      this.occIndex.set(id, i);
      this.occIds.push(id);
      this.occLabels.push(id);
      const grown = new Int32Array(i + 1);
      grown.set(this.occSsyk4Code);
      grown[i] = -1;
      this.occSsyk4Code = grown;
      this.fitDirty = true;
    }
    return i;
  }

  knowsOccupation(id: ConceptId): boolean {
    return this.occIndex.has(id);
  }

  get occupationCount(): number {
    return this.occIds.length;
  }

  /** The fit matrix, rebuilt if occupations were interned since the last call. */
  fit(): { matrix: Uint8Array; stride: number } {
    if (this.fitDirty) this.buildFitMatrix();
    return { matrix: this.fitMatrix, stride: this.fitStride };
  }

  private buildFitMatrix(): void {
    const n = this.occIds.length;
    const codes = this.occSsyk4Code;
    const m = new Uint8Array(n * n);
    for (let x = 0; x < n; x++) {
      const cx = codes[x]!;
      const row = x * n;
      if (cx >= 0) {
        const x3 = (cx / 10) | 0;
        const x2 = (cx / 100) | 0;
        for (let y = 0; y < n; y++) {
          const cy = codes[y]!;
          if (cy < 0) continue;
          m[row + y] =
            cy === cx
              ? FIT_SSYK4
              : ((cy / 10) | 0) === x3
                ? FIT_SSYK3
                : ((cy / 100) | 0) === x2
                  ? FIT_SSYK2
                  : 0;
        }
      }
      for (const { substitute, percent } of this.substitutes.get(x) ?? []) {
        const level = percent >= 75 ? FIT_SUB75 : FIT_SUB25;
        if (m[row + substitute]! < level) m[row + substitute] = level;
      }
      m[row + x] = FIT_SAME;
    }
    this.fitMatrix = m;
    this.fitStride = n;
    this.fitDirty = false;
  }

  /** Occupations whose holders can fill `occupation`, with percent (JobTech substitutability). */
  substitutesFor(occupation: number): ReadonlyArray<{ substitute: number; percent: number }> {
    return this.substitutes.get(occupation) ?? [];
  }

  ssykLabel(level: number, code: number): string | undefined {
    return this.ssykLabelByKey.get(ssykKey(level, code));
  }

  /**
   * An interest as an SSYK key (level * 10000 + code), from an SSYK group id or an occupation id
   * (an occupation counts as interest in its SSYK-4 group). Undefined when not resolvable.
   */
  interestKey(id: ConceptId): number | undefined {
    const g = this.ssykCodeById.get(id);
    if (g) return ssykKey(g.level, Number(g.code));
    const o = this.occIndex.get(id);
    if (o !== undefined) {
      const c = this.occSsyk4Code[o]!;
      return c >= 0 ? ssykKey(4, c) : undefined;
    }
    return undefined;
  }

  // ---- skills ------------------------------------------------------------------------------

  skill(id: ConceptId): number {
    return this.skillIndex.get(id) ?? this.internSkill(id, id);
  }

  private internSkill(id: ConceptId, label: string): number {
    const existing = this.skillIndex.get(id);
    if (existing !== undefined) return existing;
    const i = this.skillIds.length;
    this.skillIndex.set(id, i);
    this.skillIds.push(id);
    this.skillLabels.push(label);
    if (i >= this.skillWeight.length) {
      const grown = new Float64Array(Math.max(64, this.skillWeight.length * 2));
      grown.set(this.skillWeight);
      this.skillWeight = grown;
    }
    const df = this.skillDf.get(id) ?? 0;
    this.skillWeight[i] = Math.log(1 + this.ssyk4Count / (1 + df));
    return i;
  }

  // ---- credentials -------------------------------------------------------------------------

  credential(code: string): number {
    return this.internCredential(code);
  }

  private internCredential(code: string, label?: string): number {
    const key = normCode(code);
    let i = this.credIndex.get(key);
    if (i === undefined) {
      i = this.credCodes.length;
      this.credIndex.set(key, i);
      this.credCodes.push(key);
      this.credDisplayCodes.push(code.trim());
      this.credLabels.push(label ?? code);
      this.credClosure.push(new Set([i]));
    } else if (label && this.credLabels[i] === key) {
      this.credLabels[i] = label;
    }
    return i;
  }

  /** Transitive closure of `implies` (CE → C → B). */
  private closeCredentials(): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (const closure of this.credClosure) {
        const before = closure.size;
        for (const j of [...closure]) for (const k of this.credClosure[j]!) closure.add(k);
        if (closure.size !== before) changed = true;
      }
    }
  }

  /** Sorted ints of every credential a set of held codes satisfies. */
  credentialList(codes: readonly string[] | undefined): number[] {
    const out = new Set<number>();
    for (const c of codes ?? []) for (const k of this.credClosure[this.credential(c)]!) out.add(k);
    return [...out].sort((a, b) => a - b);
  }

  // ---- languages ---------------------------------------------------------------------------

  language(code: string): number {
    const lower = code.toLowerCase();
    const canonical = this.langAlias.get(lower) ?? lower;
    let i = this.langIndex.get(canonical);
    if (i === undefined) {
      i = this.langCodes.length;
      this.langIndex.set(canonical, i);
      this.langCodes.push(canonical);
      this.langLabels.push(code);
    }
    return i;
  }

  /** Rank 1–6 (half steps allowed: SFI D is 2.5) of a level code ("sfi-d", "B2", "3"); unknown: 1. */
  levelRankOf(level: string | number | undefined): number {
    if (level === undefined) return 1;
    if (typeof level === 'number') return clampRank(level);
    const key = level.toLowerCase();
    const known = this.levelRank.get(key);
    if (known !== undefined) return clampRank(known);
    const cefr = /^([abc])([12])$/.exec(key);
    if (cefr) return (cefr[1]!.charCodeAt(0) - 97) * 2 + Number(cefr[2]);
    const n = Number(key);
    return Number.isFinite(n) && n > 0 ? clampRank(n) : 1;
  }

  levelLabel(rank: number, language?: string): string {
    if (language === 'sv') {
      const sv = this.swedishLevelLabelByRank.get(rank);
      if (sv) return sv;
    }
    return (
      this.levelLabelByRank.get(rank) ?? ['', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'][rank] ?? `nivå ${rank}`
    );
  }

  // ---- adaptations, municipalities -------------------------------------------------------------

  adaptationMask(codes: readonly string[] | undefined): number {
    let mask = 0;
    for (const c of codes ?? []) {
      const key = normCode(c);
      let i = this.adaptIndex.get(key);
      if (i === undefined) {
        i = this.adaptCodes.length;
        if (i >= MAX_BITS) throw new RangeError(`Fler än ${MAX_BITS} olika anpassningar stöds inte`);
        this.adaptIndex.set(key, i);
        this.adaptCodes.push(key);
      }
      mask |= 1 << i;
    }
    return mask;
  }

  municipality(code: string | undefined): number {
    if (code === undefined || code === '') return -1;
    let i = this.muniIndex.get(code);
    if (i === undefined) {
      i = this.muniCodes.length;
      this.muniIndex.set(code, i);
      this.muniCodes.push(code);
    }
    return i;
  }
}

export function ssykKey(level: number, code: number): number {
  return level * 10000 + code;
}

function normCode(code: string): string {
  return code.trim().toLowerCase();
}

function clampRank(r: number): number {
  return Math.max(1, Math.min(6, Math.round(r * 2) / 2));
}

/** Bits of a mask, lowest first. */
export function bitsOf(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < MAX_BITS; i++) if (mask & (1 << i)) out.push(i);
  return out;
}
