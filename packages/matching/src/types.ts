// Plain values in, plain values out: the engine never reads a database or a file.
import type { ConceptId } from '@arbetsbro/taxonomy';

export type ShiftKind = 'day' | 'evening' | 'night';

export interface LanguageRequirement {
  /** ISO 639-1 code ("sv", "en") or a JobTech language concept id. */
  code: string;
  /** A language level code from the taxonomy (e.g. "sfi-d", "B1"); resolved to a rank. */
  level: string;
}

export interface OccupationExperience {
  /** JobTech occupation-name concept id. */
  id: ConceptId;
  years: number;
}

/**
 * What the engine may know about a participant. Input objects may carry more fields (name, gender,
 * birth year, origin …): the engine never reads anything that is not declared here, and a property
 * test checks that changing such fields changes nothing.
 */
export interface ParticipantProfile {
  id: string;
  occupations: OccupationExperience[];
  /** Occupation names the person wants to work as (their own wishes). */
  wishedOccupations?: ConceptId[];
  /** SSYK group concept ids (any level) or occupation-name ids the person is interested in. */
  interests?: ConceptId[];
  skills: ConceptId[];
  /** Credential codes from the taxonomy (B, CE, truck-a …). */
  licences?: string[];
  languages?: LanguageRequirement[];
  /** Kommunkod of the home municipality (4 digits). */
  municipality?: string;
  maxCommuteKm?: number;
  /** Has a car (or can borrow one) for the commute. Unknown counts as no car. */
  carAccess?: boolean;
  /** ISO date (YYYY-MM-DD). Missing means available now. */
  availableFrom?: string;
  /** How much the person can work, 1–100 %. Missing means 100. */
  extentPercent?: number;
  /** Shifts the person can work. Missing means any. */
  shifts?: ShiftKind[];
  /** Can work weekends. Missing means yes. */
  weekends?: boolean;
  /** Workplace adaptations the person has chosen to share as needed (codes). */
  adaptationsNeeded?: string[];
}

export interface RecruitmentNeed {
  id: string;
  /** JobTech occupation-name concept id. */
  occupation: ConceptId;
  requiredSkills?: ConceptId[];
  meritSkills?: ConceptId[];
  licences?: string[];
  languages?: LanguageRequirement[];
  municipality?: string;
  positions?: number;
  /** ISO date (YYYY-MM-DD). */
  startDate?: string;
  extentPercent?: number;
  /** Shifts the job includes; the person must be able to work each of them. */
  shifts?: ShiftKind[];
  weekends?: boolean;
  /** The job needs an own car (home care, field service …). */
  requiresCar?: boolean;
  /** Adaptations the employer can offer (codes). */
  adaptationsAccepted?: string[];
  /** Minimum years of experience in the occupation family the employer asks for. Missing: 0. */
  minExperienceYears?: number;
}

export type FactorCode =
  | 'occupation'
  | 'experience'
  | 'required_skills'
  | 'merit_skills'
  | 'licences'
  | 'languages'
  | 'availability'
  | 'extent'
  | 'commute'
  | 'adaptations'
  | 'wishes';

export interface FactorContribution {
  factor: FactorCode;
  /** Points this factor adds to the score (0 … its weight). */
  contribution: number;
  /** The most this factor could have added (its weight). */
  max: number;
  explanation: string;
}

export type BlockerCode =
  | 'licence_missing'
  | 'language_missing'
  | 'not_available_in_time'
  | 'extent_too_low'
  | 'shift_not_possible'
  | 'weekend_not_possible'
  | 'commute_too_far'
  | 'car_required'
  | 'adaptation_not_offered';

export interface Blocker {
  code: BlockerCode;
  message: string;
}

export type GapRequirement =
  | { kind: 'skill'; skillId: ConceptId; required: boolean }
  | { kind: 'credential'; code: string }
  | { kind: 'language'; code: string; rank: number };

export interface TrainingOption {
  trainingId: string;
  label: string;
  weeks: number;
}

export interface Gap {
  requirement: GapRequirement;
  /** Human-readable description of what is missing (Swedish). */
  description: string;
  closedBy?: { trainingId: string; label: string; weeks: number };
}

export interface MatchResult {
  participantId: string;
  needId: string;
  /** 0–100, higher is better. Computed even when blocked, so a coach can see what a blocker costs. */
  score: number;
  factors: FactorContribution[];
  blockers: Blocker[];
  gaps: Gap[];
  /** Weeks of training until every closable gap is closed (trainings run one after another). */
  readyInWeeks: number;
  /** Straight-line km between the person's and the workplace's municipality; null when unknown. */
  commuteKm: number | null;
}

/** Distance in km between two municipalities (kommunkod), or undefined when unknown. */
export type DistanceFn = (fromMunicipality: string, toMunicipality: string) => number | undefined;
