// Default weights (points out of 100) and thresholds; a unit can override any of them.
import { z } from 'zod';

const points = z.number().min(0).max(1000);
const level = z.number().min(0).max(1);

export const matchingWeightsSchema = z
  .object({
    /** Points for each factor. The defaults sum to 100, so a score reads as "percent of a perfect match". */
    factors: z
      .object({
        occupation: points,
        experience: points,
        required_skills: points,
        merit_skills: points,
        licences: points,
        languages: points,
        availability: points,
        extent: points,
        commute: points,
        adaptations: points,
        wishes: points,
      })
      .strict(),
    /** Share of the occupation points per fit level (must keep this order to mean what it says). */
    occupationLevels: z
      .object({ same: level, ssyk4: level, sub75: level, sub25: level, ssyk3: level, ssyk2: level })
      .strict(),
    /** Share of the wishes points: the person wished this very occupation / one in the same SSYK-4 / an interest area. */
    wishLevels: z.object({ same: level, ssyk4: level, interest: level }).strict(),
    /** Years of experience that count as full experience when the need does not say. */
    experienceFullYears: z.number().positive(),
    /** A start this many days after the need's start date is a blocker; less costs points linearly. */
    maxStartDelayDays: z.number().min(0),
    /** A person who can work less than this share of the need's extent is blocked. */
    minExtentShare: level,
    /** Used when a participant has not said how far they can commute. */
    defaultMaxCommuteKm: z.number().positive(),
    /** Share of the commute points kept at the person's maximum distance (linear from 1 at 0 km). */
    commuteShareAtMax: level,
    /** Share of the commute points when the distance is unknown. */
    commuteShareUnknown: level,
  })
  .strict();

export type MatchingWeights = z.infer<typeof matchingWeightsSchema>;

export const DEFAULT_WEIGHTS: MatchingWeights = {
  factors: {
    occupation: 30,
    experience: 10,
    required_skills: 20,
    merit_skills: 5,
    licences: 7,
    languages: 7,
    availability: 4,
    extent: 3,
    commute: 5,
    adaptations: 2,
    wishes: 7,
  },
  occupationLevels: { same: 1, ssyk4: 0.8, sub75: 0.65, sub25: 0.45, ssyk3: 0.3, ssyk2: 0.15 },
  wishLevels: { same: 1, ssyk4: 0.6, interest: 0.5 },
  experienceFullYears: 3,
  maxStartDelayDays: 60,
  minExtentShare: 0.5,
  defaultMaxCommuteKm: 40,
  commuteShareAtMax: 0.5,
  commuteShareUnknown: 0.5,
};

export type MatchingWeightsOverride = {
  [K in keyof MatchingWeights]?: MatchingWeights[K] extends object
    ? Partial<MatchingWeights[K]>
    : MatchingWeights[K];
};

/** Defaults merged with a unit's overrides, validated. Throws a ZodError on nonsense. */
export function resolveWeights(override: MatchingWeightsOverride = {}): MatchingWeights {
  const merged = {
    ...DEFAULT_WEIGHTS,
    ...override,
    factors: { ...DEFAULT_WEIGHTS.factors, ...override.factors },
    occupationLevels: { ...DEFAULT_WEIGHTS.occupationLevels, ...override.occupationLevels },
    wishLevels: { ...DEFAULT_WEIGHTS.wishLevels, ...override.wishLevels },
  };
  return matchingWeightsSchema.parse(merged);
}

// Packed form read by the kernel: one Float64Array, fixed slots.
export const W_OCC = 0;
export const W_EXP = 1;
export const W_REQ = 2;
export const W_MERIT = 3;
export const W_LIC = 4;
export const W_LANG = 5;
export const W_AVAIL = 6;
export const W_EXTENT = 7;
export const W_COMMUTE = 8;
export const W_ADAPT = 9;
export const W_WISH = 10;
/** 11…17: occupation level shares indexed by FIT_* code (0 = none). */
export const W_FIT = 11;
export const W_WISH_SAME = 18;
export const W_WISH_SSYK4 = 19;
export const W_WISH_INTEREST = 20;
export const W_EXP_YEARS = 21;
export const W_MAX_DELAY = 22;
export const W_MIN_EXTENT = 23;
export const W_DEFAULT_COMMUTE = 24;
export const W_COMMUTE_AT_MAX = 25;
export const W_COMMUTE_UNKNOWN = 26;
/** Sum of all factor points except occupation and experience (an upper bound before those two). */
export const W_REST = 27;
const PACKED_LENGTH = 28;

export function packWeights(w: MatchingWeights): Float64Array {
  const p = new Float64Array(PACKED_LENGTH);
  const f = w.factors;
  p[W_OCC] = f.occupation;
  p[W_EXP] = f.experience;
  p[W_REQ] = f.required_skills;
  p[W_MERIT] = f.merit_skills;
  p[W_LIC] = f.licences;
  p[W_LANG] = f.languages;
  p[W_AVAIL] = f.availability;
  p[W_EXTENT] = f.extent;
  p[W_COMMUTE] = f.commute;
  p[W_ADAPT] = f.adaptations;
  p[W_WISH] = f.wishes;
  const l = w.occupationLevels;
  p.set([0, l.ssyk2, l.ssyk3, l.sub25, l.sub75, l.ssyk4, l.same], W_FIT);
  p[W_WISH_SAME] = w.wishLevels.same;
  p[W_WISH_SSYK4] = w.wishLevels.ssyk4;
  p[W_WISH_INTEREST] = w.wishLevels.interest;
  p[W_EXP_YEARS] = w.experienceFullYears;
  p[W_MAX_DELAY] = w.maxStartDelayDays;
  p[W_MIN_EXTENT] = w.minExtentShare;
  p[W_DEFAULT_COMMUTE] = w.defaultMaxCommuteKm;
  p[W_COMMUTE_AT_MAX] = w.commuteShareAtMax;
  p[W_COMMUTE_UNKNOWN] = w.commuteShareUnknown;
  p[W_REST] =
    f.required_skills +
    f.merit_skills +
    f.licences +
    f.languages +
    f.availability +
    f.extent +
    f.commute +
    f.adaptations +
    f.wishes;
  return p;
}
