// Pure helpers for the matching loop's screens: reading a match's explanation into what a coach
// acts on (factors as points, the occupation relation in words, readiness), turning stored needs
// into the matching API's need values, filtering candidates, and the shortlist's rules as the
// server states them. No React, no I/O: unit-tested.
import type { NeedView } from '../../api/types.ts';
import type {
  MatchFactor,
  PresentationSummary,
  RecruitmentNeedInput,
  ShortlistEntry,
  ShortlistStatus,
} from './api/types.ts';
import { SHORTLIST_STATUSES } from './api/types.ts';

/** The engine's factors, in the order the engine lists them (packages/matching README). */
export const FACTOR_KEYS = [
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
] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

export function isFactorKey(value: string): value is FactorKey {
  return (FACTOR_KEYS as readonly string[]).includes(value);
}

export interface FactorRow {
  /** The engine's code; a code this app does not know yet is shown by its code. */
  key: string;
  known: boolean;
  points: number;
  max: number;
  /** 0–1, for the bar. */
  share: number;
  explanation: string;
}

/** The factors as rows for the bars and the table: points never below 0 or above the maximum. */
export function factorRows(factors: readonly MatchFactor[]): FactorRow[] {
  return factors.map((f) => {
    const max = Math.max(0, f.max);
    const points = Math.min(Math.max(0, f.contribution), max);
    return {
      key: f.factor,
      known: isFactorKey(f.factor),
      points,
      max,
      share: max > 0 ? points / max : 0,
      explanation: f.explanation,
    };
  });
}

/** The most points a match can get (the weights' sum, 100 with the default weights). */
export function maxScore(factors: readonly MatchFactor[]): number {
  return factors.reduce((sum, f) => sum + Math.max(0, f.max), 0);
}

/** Points as a person reads them: at most one decimal, with the language's decimal sign. */
export function formatPoints(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    maximumFractionDigits: 1,
  }).format(Math.round(value * 10) / 10);
}

/**
 * How the person's occupation relates to the need's, read from the occupation factor's
 * explanation (the engine writes it in Swedish from the taxonomy: same occupation name > same
 * SSYK-4 group > substitutable according to Arbetsförmedlingen 75 % / 25 % > same SSYK-3 / SSYK-2).
 */
export type OccupationRelation =
  | 'same'
  | 'ssyk4'
  | 'substitutable75'
  | 'substitutable25'
  | 'ssyk3'
  | 'ssyk2'
  | 'none'
  | 'other';

export function occupationRelation(factors: readonly MatchFactor[]): OccupationRelation | null {
  const occupation = factors.find((f) => f.factor === 'occupation');
  if (!occupation) return null;
  const text = occupation.explanation;
  if (/^Har arbetat som /.test(text)) return 'same';
  if (/samma yrkesgrupp \(SSYK/.test(text)) return 'ssyk4';
  if (/\(75\s?%\)/.test(text)) return 'substitutable75';
  if (/\(25\s?%\)/.test(text)) return 'substitutable25';
  if (/närliggande yrkesområde \(SSYK/.test(text)) return 'ssyk3';
  if (/samma yrkesområde \(SSYK/.test(text)) return 'ssyk2';
  if (/^Ingen erfarenhet av /.test(text)) return 'none';
  return 'other';
}

/** The occupation factor's own sentence ("Erfarenhet som truckförare, …"), if there is one. */
export function occupationExplanation(factors: readonly MatchFactor[]): string | null {
  return factors.find((f) => f.factor === 'occupation')?.explanation ?? null;
}

/** Ready now, or in N weeks once the trainings that close the gaps are done. */
export type Readiness = { kind: 'now' } | { kind: 'weeks'; weeks: number };

export function readiness(readyInWeeks: number): Readiness {
  return readyInWeeks > 0 ? { kind: 'weeks', weeks: Math.ceil(readyInWeeks) } : { kind: 'now' };
}

/** The candidate list's filter controls as the page holds them ('' = not chosen). */
export interface CandidateFilterState {
  unitId: string;
  onlyMine: boolean;
  /** '' any, '0' ready now, else weeks. */
  ready: string;
  /** '' any, else km. */
  commuteKm: string;
}

/** The request's filters for the chosen controls (the server filters before taking the top). */
export function candidateFilters(state: CandidateFilterState): {
  unitId?: string;
  mine?: boolean;
  readyWithinWeeks?: number;
  maxCommuteKm?: number;
} {
  return {
    ...(state.onlyMine ? { mine: true } : state.unitId ? { unitId: state.unitId } : {}),
    ...(state.ready === '' ? {} : { readyWithinWeeks: Number(state.ready) }),
    ...(state.commuteKm === '' ? {} : { maxCommuteKm: Number(state.commuteKm) }),
  };
}

/** Statuses in which the matching engine holds a stored need (open, or candidates presented). */
export function isMatchableStatus(status: NeedView['status']): boolean {
  return status === 'open' || status === 'presented';
}

/**
 * A stored need as the value `POST /api/matching/participants/{id}/needs` takes, mirroring how the
 * server puts stored needs in its index; null for a need without an occupation (not matchable).
 */
export function needInput(need: NeedView): RecruitmentNeedInput | null {
  if (!need.occupation) return null;
  const input: RecruitmentNeedInput = {
    id: need.id,
    occupation: need.occupation.id,
    requiredSkills: need.requiredSkills.map((s) => s.id),
    meritSkills: need.meritSkills.map((s) => s.id),
    licences: need.licences.map((l) => l.id),
    languages: need.languages.map((l) => ({ code: l.code, level: l.level })),
    positions: Math.max(1, Math.min(1000, need.positions)),
  };
  if (need.municipality) input.municipality = need.municipality;
  if (need.startDate) input.startDate = need.startDate;
  if (need.extentPercent) input.extentPercent = need.extentPercent;
  if (need.shifts) input.shifts = need.shifts;
  if (need.weekends !== null) input.weekends = need.weekends;
  if (need.requiresCar !== null) input.requiresCar = need.requiresCar;
  if (need.openTo.adaptations) input.adaptationsAccepted = need.openTo.adaptations;
  if (need.minExperienceYears !== null) input.minExperienceYears = need.minExperienceYears;
  return input;
}

/** What the exact allocation gains over the greedy floor: points and percent of the floor. */
export function allocationGain(total: number, greedy: number): { points: number; percent: number } {
  const points = Math.round((total - greedy) * 100) / 100;
  const percent = greedy > 0 ? Math.round((points / greedy) * 1000) / 10 : 0;
  return { points, percent };
}

/** "Presenterad" and "Anställd" are set by the system (a presentation, the employer's answer). */
export const SYSTEM_STATUSES: readonly ShortlistStatus[] = ['presented', 'hired'];

/** The statuses a person may move an entry to by hand from where it is. */
export function manualStatuses(current: ShortlistStatus): ShortlistStatus[] {
  return SHORTLIST_STATUSES.filter((s) => s !== current && !SYSTEM_STATUSES.includes(s));
}

/** Final outcomes: nobody presents such an entry again. */
const CLOSED_STATUSES: readonly ShortlistStatus[] = ['hired', 'not_relevant', 'declined'];

/** Why an entry cannot be presented now, or null when it can. */
export function presentBlock(entry: ShortlistEntry): 'protected' | 'noConsent' | 'closed' | null {
  // Protected personal data: never through the system, whatever the consent.
  if (entry.protectedIdentity) return 'protected';
  if (CLOSED_STATUSES.includes(entry.status)) return 'closed';
  if (!entry.consent) return 'noConsent';
  return null;
}

/** Whether a presentation's link still works. */
export function presentationState(p: PresentationSummary, now: Date): 'active' | 'revoked' | 'expired' {
  if (p.revoked) return 'revoked';
  return Date.parse(p.expiresAt) <= now.getTime() ? 'expired' : 'active';
}

/** The full address of an employer's link (the server gives the path; the token is shown once). */
export function linkAddress(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Where a notification's link goes in the web app. The server links a need as `/behov/<id>`;
 * the need's page is `/rekryteringsbehov/<id>` (with the matching part at `#matchning`).
 */
export function notificationPath(link: string | null): string | null {
  if (!link?.startsWith('/') || link.startsWith('//')) return null;
  const need = /^\/behov\/([0-9a-f-]{36})$/i.exec(link);
  if (need) return `/rekryteringsbehov/${need[1]}#matchning`;
  return link;
}
