// Outcome (exit) classification and the unit's own values for Kolada's labour-market KPIs. Pure.
export {
  calculateOutcomeKpis,
  OUTCOME_KPI_IDS,
  type OutcomeKpiId,
  type OutcomeKpiReport,
  type OutcomeKpiValue,
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
  REFERRAL_SOURCES,
  type ReferralSource,
  referralSourceLabels,
  STUDY_KINDS,
  type StudyKind,
} from './types.ts';
