// Realistic synthetic participants and recruitment needs drawn from a taxonomy (for benchmarks and
// the quality evaluation). Deterministic for a seed. Nothing here is written to the repository:
// the taxonomy and municipality centroids are read from ../shared/data at run time when present.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultTaxonomy, loadTaxonomyFromDir, type Taxonomy } from '@arbetsbro/taxonomy';
import type { LatLng, ParticipantProfile, RecruitmentNeed, ShiftKind } from '../src/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** ../shared/data relative to the repository root, or SHARED_DATA. */
export const sharedDataDir = resolve(
  process.env.SHARED_DATA ?? join(here, '..', '..', '..', '..', 'shared', 'data'),
);

/** Small fast PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function loadEvalTaxonomy(): Promise<{ taxonomy: Taxonomy; real: boolean }> {
  const dir = join(sharedDataDir, 'taxonomy');
  if (!existsSync(dir)) return { taxonomy: defaultTaxonomy(), real: false };
  const t = await loadTaxonomyFromDir(dir);
  const builtIn = defaultTaxonomy();
  return {
    taxonomy: {
      ...t,
      credentials: t.credentials.length ? t.credentials : builtIn.credentials,
      languageLevels: t.languageLevels.length ? t.languageLevels : builtIn.languageLevels,
    },
    real: true,
  };
}

export interface Municipality extends LatLng {
  code: string;
  population: number;
}

/** Municipality centroids and populations from ../shared/data/geo/kommuner.csv (if present). */
export async function loadMunicipalities(): Promise<Municipality[]> {
  const file = join(sharedDataDir, 'geo', 'kommuner.csv');
  if (!existsSync(file)) return [];
  const [header, ...lines] = (await readFile(file, 'utf8')).trim().split('\n');
  const cols = header!.split(',');
  const ix = (name: string) => cols.findIndex((c) => c.startsWith(name));
  const [code, pop, lat, lng] = [ix('code'), ix('population'), ix('location_lat'), ix('location_lng')];
  const out: Municipality[] = [];
  for (const line of lines) {
    // Names contain no commas in this file; the columns we need are plain numbers.
    const f = line.split(',');
    const m = { code: f[code]!, population: Number(f[pop]), lat: Number(f[lat]), lng: Number(f[lng]) };
    if (/^\d{4}$/.test(m.code) && Number.isFinite(m.lat) && Number.isFinite(m.lng)) out.push(m);
  }
  return out;
}

interface Group {
  code: string;
  occupations: string[];
  skills: string[];
}

/** Draws profiles and needs that look like the real thing: occupation groups with their skills. */
export class SyntheticWorld {
  readonly groups: Group[];
  private readonly groupOfOcc = new Map<string, Group>();
  private readonly substitutesOf = new Map<string, Array<{ id: string; percent: number }>>();
  private readonly allSkills: string[];
  private readonly muniCodes: string[];
  private readonly muniCum: Float64Array;
  private readonly groupCum: Float64Array;
  readonly swedishLevels = ['SFI-B', 'SFI-C', 'SFI-D', 'SAS-GRUND', 'SAS-GY', 'CEFR-C1'];

  constructor(
    readonly taxonomy: Taxonomy,
    municipalities: Municipality[],
  ) {
    const ssyk4 = new Map(taxonomy.ssykGroups.filter((g) => g.level === 4).map((g) => [g.id, g.code]));
    const byCode = new Map<string, Group>();
    for (const o of taxonomy.occupations) {
      if (o.deprecated) continue;
      const code = ssyk4.get(o.ssyk4Id);
      if (!code) continue;
      let g = byCode.get(code);
      if (!g) {
        g = { code, occupations: [], skills: [] };
        byCode.set(code, g);
      }
      g.occupations.push(o.id);
      this.groupOfOcc.set(o.id, g);
    }
    for (const { ssyk4Id, skillId } of taxonomy.ssyk4Skills)
      byCode.get(ssyk4.get(ssyk4Id) ?? '')?.skills.push(skillId);
    this.groups = [...byCode.values()].filter((g) => g.skills.length >= 3);
    for (const e of taxonomy.substitutability) {
      let l = this.substitutesOf.get(e.substituteId);
      if (!l) {
        l = [];
        this.substitutesOf.set(e.substituteId, l);
      }
      l.push({ id: e.occupationId, percent: e.percent });
    }
    this.allSkills = taxonomy.skills.filter((s) => !s.deprecated).map((s) => s.id);
    // Bigger groups (more occupation names) are more common.
    this.groupCum = cumulative(this.groups.map((g) => Math.sqrt(g.occupations.length)));
    this.muniCodes = municipalities.map((m) => m.code);
    this.muniCum = cumulative(municipalities.map((m) => m.population));
  }

  private pick<T>(r: () => number, list: readonly T[]): T {
    return list[Math.floor(r() * list.length)]!;
  }

  pickGroup(r: () => number): Group {
    return this.groups[search(this.groupCum, r())]!;
  }

  pickMunicipality(r: () => number): string | undefined {
    return this.muniCodes.length ? this.muniCodes[search(this.muniCum, r())] : undefined;
  }

  groupOf(occupation: string): Group | undefined {
    return this.groupOfOcc.get(occupation);
  }

  /** Occupations `occupation`'s holders can fill, with percent (JobTech). */
  substitutesFrom(occupation: string): Array<{ id: string; percent: number }> {
    return this.substitutesOf.get(occupation) ?? [];
  }

  sampleSkills(r: () => number, from: readonly string[], p: number, max: number): string[] {
    const out: string[] = [];
    for (const s of from) if (r() < p && out.length < max) out.push(s);
    return out;
  }

  participant(r: () => number, id: string, group = this.pickGroup(r)): ParticipantProfile {
    const occ = this.pick(r, group.occupations);
    const occupations = [{ id: occ, years: Math.round(-Math.log(1 - r()) * 3 * 10) / 10 }];
    if (r() < 0.3) {
      const subs = this.substitutesFrom(occ);
      const second =
        subs.length && r() < 0.6 ? this.pick(r, subs).id : this.pick(r, this.pickGroup(r).occupations);
      if (second !== occ) occupations.push({ id: second, years: Math.round(r() * 40) / 10 });
    }
    const skills = this.sampleSkills(r, group.skills, 0.35, 24);
    const noise = 1 + Math.floor(r() * 3);
    for (let i = 0; i < noise; i++) skills.push(this.pick(r, this.allSkills));
    const licences: string[] = [];
    const l = r();
    if (l < 0.45) licences.push('B');
    else if (l < 0.5) licences.push('CE');
    else if (l < 0.53) licences.push('C');
    if (r() < 0.1) licences.push('TRUCK-B1');
    const languages = [{ code: 'sv', level: this.pick(r, this.swedishLevels) }];
    if (r() < 0.5)
      languages.push({ code: 'en', level: this.pick(r, ['CEFR-A2', 'CEFR-B1', 'CEFR-B2', 'CEFR-C1']) });
    if (r() < 0.3)
      languages.push({ code: this.pick(r, ['ar', 'so', 'ti', 'fa', 'pl', 'es']), level: 'CEFR-C2' });
    const municipality = this.pickMunicipality(r);
    const shifts: ShiftKind[] | undefined = r() < 0.7 ? undefined : r() < 0.5 ? ['day'] : ['day', 'evening'];
    const p: ParticipantProfile = {
      id,
      occupations,
      wishedOccupations: r() < 0.5 ? [r() < 0.6 ? occ : this.pick(r, group.occupations)] : [],
      interests: [],
      skills,
      licences,
      languages,
      maxCommuteKm: 10 + Math.floor(r() * 70),
      carAccess: r() < 0.6,
      availableFrom: day(Math.floor(r() * 60)),
      extentPercent: r() < 0.7 ? 100 : r() < 0.5 ? 75 : 50,
      ...(municipality ? { municipality } : {}),
      ...(shifts ? { shifts } : {}),
      ...(r() < 0.1 ? { weekends: false } : {}),
      ...(r() < 0.05
        ? { adaptationsNeeded: [this.pick(r, ['hörselslinga', 'anpassad-arbetstid', 'tillgänglig-lokal'])] }
        : {}),
    };
    return p;
  }

  need(r: () => number, id: string, group = this.pickGroup(r)): RecruitmentNeed {
    const occupation = this.pick(r, group.occupations);
    const required = this.sampleSkills(r, group.skills, 0.25, 6);
    if (required.length === 0) required.push(this.pick(r, group.skills));
    const merit = this.sampleSkills(r, group.skills, 0.1, 3);
    const municipality = this.pickMunicipality(r);
    const shiftsRoll = r();
    return {
      id,
      occupation,
      requiredSkills: required,
      meritSkills: merit,
      licences: r() < 0.2 ? ['B'] : r() < 0.05 ? ['CE'] : [],
      languages: [{ code: 'sv', level: this.pick(r, ['SFI-C', 'SFI-D', 'SAS-GRUND', 'SAS-GY']) }],
      positions: 1 + Math.floor(r() * 5),
      startDate: day(20 + Math.floor(r() * 60)),
      extentPercent: r() < 0.75 ? 100 : 75,
      ...(municipality ? { municipality } : {}),
      ...(shiftsRoll < 0.15
        ? { shifts: ['evening'] as ShiftKind[] }
        : shiftsRoll < 0.2
          ? { shifts: ['night'] as ShiftKind[] }
          : {}),
      ...(r() < 0.1 ? { weekends: true } : {}),
      ...(r() < 0.05 ? { requiresCar: true } : {}),
      adaptationsAccepted: r() < 0.5 ? ['anpassad-arbetstid', 'hörselslinga'] : [],
    };
  }
}

function day(offset: number): string {
  return new Date(Date.UTC(2027, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

function cumulative(weights: number[]): Float64Array {
  const c = new Float64Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) c[i] = s += weights[i]!;
  for (let i = 0; i < c.length; i++) c[i]! /= s || 1;
  return c;
}

function search(cum: Float64Array, x: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
