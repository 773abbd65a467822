// Outcome (exit) classification and the unit's own values for Kolada's labour-market KPIs. Pure.
export {
  calculateOutcomeKpis,
  calculateOutcomeKpisFromGroups,
  type DurationKpiId,
  groupOutcomes,
  OUTCOME_KPI_IDS,
  type OutcomeGroups,
  type OutcomeKpiId,
  type OutcomeKpiReport,
  type OutcomeKpiValue,
  percent,
} from './calculate-outcome-kpis.ts';
export {
  classifyExit,
  type ExitClassification,
  type ExitReason,
  type ExitStatus,
  exitReasonMessages,
  KOLADA_EXIT_CATEGORIES,
  type KoladaExitCategory,
  verificationDueDate,
} from './classify-exit.ts';
export {
  calculateOutcomeKpisByGender,
  calculateOutcomeKpisByGenderFromGroups,
  GENDER_DIVIDED_KPIS,
  type GenderSplitReport,
  legalGenderOf,
} from './gender-split.ts';
export {
  kaplanMeier,
  type SurvivalCurve,
  type SurvivalObservation,
  type SurvivalStep,
} from './survival.ts';
export {
  EDUCATION_LEVELS,
  type EducationLevel,
  EMPLOYMENT_KINDS,
  type EmploymentKind,
  type EnrolmentExit,
  type EnrolmentPeriod,
  EXIT_CATEGORIES,
  type ExitCategory,
  type ExitEmployment,
  type ExitStudies,
  educationLevelLabels,
  type KoladaGenderCode,
  REFERRAL_SOURCES,
  type ReferralSource,
  referralSourceLabels,
  STUDY_KINDS,
  type StudyKind,
} from './types.ts';
