// The enrolment data the outcome KPIs are computed from. The values follow the import contract of
// issue 4 (`arbetsbro import cases`): the importer maps a line's `exit.date` to `exitDate`.

import type { IsoDate } from './calendar.ts';

/** The coach's exit category (avslutsorsak), as recorded. */
export const EXIT_CATEGORIES = ['work', 'studies', 'other_authority', 'completed', 'other'] as const;
export type ExitCategory = (typeof EXIT_CATEGORIES)[number];

/** Kommunal arbetsmarknadsanställning is its own kind: it never counts as work (U40450). */
export const EMPLOYMENT_KINDS = ['unsubsidised', 'subsidised', 'municipal_labour_market'] as const;
export type EmploymentKind = (typeof EMPLOYMENT_KINDS)[number];

export const STUDY_KINDS = ['komvux', 'folkhogskola', 'hogskola', 'other'] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];

export interface ExitEmployment {
  kind: EmploymentKind;
  startDate: IsoDate;
  /** Verified at the follow-up one month after start: true held, false did not, null not yet known. */
  heldOneMonth: boolean | null;
}

export interface ExitStudies {
  kind: StudyKind;
  /** Studiemedelsberättigad: only such studies count as B (U40451). */
  studentFinanceEligible: boolean;
}

/** How one enrolment period ended. */
export interface EnrolmentExit {
  exitDate: IsoDate;
  category: ExitCategory;
  /** Expected when category is 'work'. */
  employment?: ExitEmployment;
  /** Expected when category is 'studies'. */
  studies?: ExitStudies;
}

/** Who referred the participant (anvisning), the Kolada categories U40806–U40810 and U40824. */
export const REFERRAL_SOURCES = [
  'arbetsformedlingen',
  'forsakringskassan',
  'self',
  'socialtjansten',
  'other',
  'arbetsformedlingen_with_socialtjansten',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

export const referralSourceLabels: Record<ReferralSource, string> = {
  arbetsformedlingen: 'Arbetsförmedlingen',
  forsakringskassan: 'Försäkringskassan',
  self: 'Deltagaren själv',
  socialtjansten: 'Socialtjänsten',
  other: 'Annan instans',
  arbetsformedlingen_with_socialtjansten: 'Arbetsförmedlingen i samverkan med socialtjänsten',
};

/** Highest education, the five answers of the KAS survey (U40813–U40816, U40827). */
export const EDUCATION_LEVELS = [
  'incomplete_compulsory',
  'compulsory',
  'upper_secondary',
  'post_secondary',
  'foreign_not_validated',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const educationLevelLabels: Record<EducationLevel, string> = {
  incomplete_compulsory: 'Ej fullgjord grundskola',
  compulsory: 'Högst grundskola',
  upper_secondary: 'Gymnasieutbildning',
  post_secondary: 'Eftergymnasial utbildning',
  foreign_not_validated: 'Utbildning saknas eller utländsk utbildning som inte validerats',
};

/** One enrolment period (inskrivning → avslut) with what the KPIs need about the person. */
export interface EnrolmentPeriod {
  /** The same for every period of one person (an internal id — never the personnummer). */
  personId: string;
  /** Date of enrolment; also the date of the referral (anvisning). */
  enrolledAt: IsoDate;
  birthDate: IsoDate;
  referralSource: ReferralSource;
  /** Null when not recorded. */
  educationLevel: EducationLevel | null;
  /** Months without work before enrolment; null when not known (U40835). */
  monthsWithoutWork: number | null;
  /** Absent or null while the period is ongoing. */
  exit?: EnrolmentExit | null;
  /**
   * Legal gender (juridiskt kön) as Kolada splits its KPIs: K (kvinnor) or M (män), from the
   * personnummer's second-to-last digit; null or absent when not known (counted in the total only).
   */
  gender?: KoladaGenderCode | null;
}

/** Kolada's gender codes for a split value; T (totalt) is the whole. */
export type KoladaGenderCode = 'K' | 'M';
