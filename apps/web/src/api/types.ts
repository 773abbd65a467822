// The API's vocabulary for the web app: names for the server's own types and enum lists, all taken
// from schema.gen.ts (generated from the server's OpenAPI document by `npm run api:types`). Nothing
// here is written by hand: a field renamed or a value added on the server changes these types, and
// `npm run check` then points at every place in the app that has not followed.
import {
  agreementBodyKindValues,
  type components,
  contactLogBodyKindValues,
  credentialKindValues,
  employerTimelineItemKindValues,
  enrolmentReferralSourceValues,
  exitBodyCategoryValues,
  exitBodyEmploymentKindValues,
  exitBodyStudiesKindValues,
  followUpCreateBodyKindValues,
  followUpCreateBodyWithValues,
  interventionCreateBodyTypeValues,
  interventionStatusValues,
  journalCreateBodyKindValues,
  needOpenToTargetGroupsValues,
  participantProfileAdaptationsValues,
  participantProfileShiftsValues,
  type paths,
  pathsApiEmployerContactLogFollowUpsGetParametersQueryRangeValues,
  pathsApiFollowUpsRemindersGetParametersQueryRangeValues,
  pathsApiParticipantsCaseloadGetParametersQueryFilterValues,
  pathsApiParticipantsCaseloadGetParametersQueryScopeValues,
  pathsApiRecruitmentNeedsGetParametersQueryStatusValues,
  planPutBodyGoalValues,
  planPutBodyStepsStatusValues,
  recruitmentNeedCreateBodyShiftsValues,
} from './schema.gen.ts';

type Schemas = components['schemas'];

/** The server's text limits per schema and field (e.g. `maxLengths.JournalCreateBody.text`). */
export { maxLengths } from './schema.gen.ts';

/** Query parameters of a GET path. */
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

/**
 * Every member of a union, in the order the UI shows them. A member the server adds or removes
 * makes the list a type error, for enums the generator cannot list (nullable ones).
 */
function everyMember<T extends string>() {
  return <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L => list;
}

// ---- session ----------------------------------------------------------------------------------

export type SessionUser = Schemas['SessionUser'];
export type Session = Schemas['Session'];
export type LoginBody = Schemas['LoginBody'];
export type PasswordChangeBody = Schemas['PasswordChangeBody'];
export type Role = SessionUser['role'];

// ---- shared pieces ----------------------------------------------------------------------------

export type StaffRef = Schemas['StaffRef'];

// ---- taxonomy and reference data --------------------------------------------------------------

export type ConceptOption = Schemas['TaxonomySearchResult'];
export type ConceptKind = ConceptOption['kind'];
export type ConceptSearchKind = NonNullable<QueryOf<'/api/taxonomy/search'>['kind']>;
export type Concept = Schemas['TaxonomyConcept'];
export type Credential = Schemas['Credential'];
export const CREDENTIAL_KINDS = credentialKindValues;
export type LanguageLevel = Schemas['LanguageLevel'];
export type Municipality = Schemas['Municipality'];

// ---- participants and their periods -----------------------------------------------------------

export type ParticipantDetail = Schemas['ParticipantDetail'];
export type ParticipantListItem = Schemas['ParticipantListItem'];
export type EnrolmentView = Schemas['Enrolment'];
export type ExitView = Schemas['ExitView'];
export type Profile = Schemas['ParticipantProfile'];
export type Contact = Schemas['ParticipantContact'];
export type IntakeBody = Schemas['IntakeBody'];
export type IntakeCheckBody = Schemas['IntakeCheckBody'];
export type IntakeCheckResponse = Schemas['IntakeCheckResponse'];
export type ParticipantPatchBody = Schemas['ParticipantPatchBody'];
export type ProfilePutBody = Schemas['ProfilePutBody'];
export type ProfilePatchBody = Schemas['ProfilePatchBody'];
export type ProfilePatch = Schemas['ParticipantProfilePatch'];
export type IntakeHandOverResponse = Schemas['IntakeHandOverResponse'];
export type EnrolmentPatchBody = Schemas['EnrolmentPatchBody'];
export type CoachAssignmentBody = Schemas['CoachAssignmentBody'];
export type ExitBody = Schemas['ExitBody'];
export type ExitCorrectionBody = Schemas['ExitCorrectionBody'];
export type IdentityCorrectionBody = Schemas['IdentityCorrectionBody'];
export type CorrectionView = Schemas['Correction'];
export type FollowUpCancelBody = Schemas['FollowUpCancelBody'];
export type JournalAmendBody = Schemas['JournalAmendBody'];

export type ReferralSource = EnrolmentView['referralSource'];
export const REFERRAL_SOURCES = enrolmentReferralSourceValues;
export type EducationLevel = NonNullable<EnrolmentView['educationLevel']>;
export const EDUCATION_LEVELS = everyMember<EducationLevel>()([
  'incomplete_compulsory',
  'compulsory',
  'upper_secondary',
  'post_secondary',
  'foreign_not_validated',
]);

export type ShiftKind = NonNullable<Profile['shifts']>[number];
export const SHIFT_KINDS = participantProfileShiftsValues;
export type AdaptationCode = Profile['adaptations'][number];
export const ADAPTATION_CODES = participantProfileAdaptationsValues;
/** The part of an adaptation code before the dot: working time, physical, work environment. */
export type AdaptationGroup = AdaptationCode extends `${infer Group}.${string}` ? Group : never;
export const ADAPTATION_GROUPS = everyMember<AdaptationGroup>()(['working_time', 'physical', 'environment']);

export type ExitCategory = ExitBody['category'];
export const EXIT_CATEGORIES = exitBodyCategoryValues;
export type EmploymentKind = NonNullable<ExitBody['employment']>['kind'];
export const EMPLOYMENT_KINDS = exitBodyEmploymentKindValues;
export type StudyKind = NonNullable<ExitBody['studies']>['kind'];
export const STUDY_KINDS = exitBodyStudiesKindValues;

// ---- caseload ---------------------------------------------------------------------------------

export type CaseloadResponse = Schemas['CaseloadResponse'];
export type CaseloadQuery = QueryOf<'/api/participants/caseload'>;
export type CaseloadScope = NonNullable<CaseloadQuery['scope']>;
export const CASELOAD_SCOPES = pathsApiParticipantsCaseloadGetParametersQueryScopeValues;
export type CaseloadFilter = NonNullable<CaseloadQuery['filter']>;
export const CASELOAD_FILTERS = pathsApiParticipantsCaseloadGetParametersQueryFilterValues;
export type CaseloadUnit = Schemas['CaseloadUnitsResponse']['units'][number];

// ---- plan -------------------------------------------------------------------------------------

export type PlanResponse = Schemas['PlanResponse'];
export type PlanVersionView = Schemas['PlanVersion'];
export type PlanPutBody = Schemas['PlanPutBody'];
export type PlanGoal = PlanPutBody['goal'];
export const PLAN_GOALS = planPutBodyGoalValues;
export type PlanStepStatus = PlanPutBody['steps'][number]['status'];
export const PLAN_STEP_STATUSES = planPutBodyStepsStatusValues;

// ---- interventions ----------------------------------------------------------------------------

export type InterventionView = Schemas['Intervention'];
export type InterventionCreateBody = Schemas['InterventionCreateBody'];
export type InterventionPatchBody = Schemas['InterventionPatchBody'];
export type InterventionType = InterventionView['type'];
export const INTERVENTION_TYPES = interventionCreateBodyTypeValues;
export type InterventionStatus = InterventionView['status'];
export const INTERVENTION_STATUSES = interventionStatusValues;
export type SubsidyKind = NonNullable<InterventionView['subsidyKind']>;
export const SUBSIDY_KINDS = everyMember<SubsidyKind>()([
  'nystartsjobb',
  'lonebidrag',
  'introduktionsjobb',
  'other',
]);

// ---- journal ----------------------------------------------------------------------------------

export type JournalEntryView = Schemas['JournalEntry'];
export type JournalCreateBody = Schemas['JournalCreateBody'];
export type JournalKind = JournalEntryView['kind'];
export const JOURNAL_KINDS = journalCreateBodyKindValues;

// ---- follow-ups -------------------------------------------------------------------------------

export type FollowUpView = Schemas['FollowUp'];
export type FollowUpCreateBody = Schemas['FollowUpCreateBody'];
export type FollowUpPatchBody = Schemas['FollowUpPatchBody'];
export type FollowUpWith = FollowUpView['with'];
export const FOLLOW_UP_WITH = followUpCreateBodyWithValues;
/** The kinds a coach plans; the one-month check after a work exit is created by the server. */
export const PLANNED_FOLLOW_UP_KINDS = followUpCreateBodyKindValues;
export type ReminderItem = Schemas['Reminder'];
export type RemindersResponse = Schemas['RemindersResponse'];
export type ReminderRange = NonNullable<QueryOf<'/api/follow-ups/reminders'>['range']>;
export const REMINDER_RANGES = pathsApiFollowUpsRemindersGetParametersQueryRangeValues;

// ---- employers --------------------------------------------------------------------------------

export type EmployerView = Schemas['Employer'];
export type EmployerCreateBody = Schemas['EmployerCreateBody'];
export type EmployerPatchBody = Schemas['EmployerPatchBody'];
export type EmployerDetail = Schemas['EmployerDetail'];
export type EmployerListResponse = Schemas['EmployerList'];
export type EmployerQuery = QueryOf<'/api/employers'>;
export type WorkplaceView = Schemas['Workplace'];
export type WorkplaceBody = Schemas['WorkplaceBody'];
export type ContactPersonView = Schemas['ContactPerson'];
export type ContactPersonBody = Schemas['ContactPersonBody'];
export type AgreementView = Schemas['Agreement'];
export type AgreementBody = Schemas['AgreementBody'];
export type AgreementKind = AgreementView['kind'];
export const AGREEMENT_KINDS = agreementBodyKindValues;
export type ContactLogEntry = Schemas['ContactLogEntry'];
export type ContactLogBody = Schemas['ContactLogBody'];
export type ContactLogPatchBody = Schemas['ContactLogPatchBody'];
export type ContactKind = ContactLogEntry['kind'];
export const CONTACT_KINDS = contactLogBodyKindValues;
export type TimelineItem = Schemas['EmployerTimelineItem'];
export type TimelineKind = TimelineItem['kind'];
export const TIMELINE_KINDS = employerTimelineItemKindValues;
export type ContactFollowUps = Schemas['ContactFollowUps'];
export type ContactFollowUpItem = ContactFollowUps['items'][number];
export type ContactFollowUpRange = NonNullable<QueryOf<'/api/employer-contact-log/follow-ups'>['range']>;
export const CONTACT_FOLLOW_UP_RANGES = pathsApiEmployerContactLogFollowUpsGetParametersQueryRangeValues;

// ---- recruitment needs ------------------------------------------------------------------------

export type NeedView = Schemas['RecruitmentNeed'];
export type NeedDetail = Schemas['RecruitmentNeedDetail'];
export type NeedListResponse = Schemas['RecruitmentNeedList'];
export type NeedCreateBody = Schemas['RecruitmentNeedCreateBody'];
export type NeedPatchBody = Schemas['RecruitmentNeedPatchBody'];
export type NeedStatusBody = Schemas['RecruitmentNeedStatusBody'];
export type NeedHistoryItem = Schemas['RecruitmentNeedHistoryItem'];
export type NeedQuery = QueryOf<'/api/recruitment-needs'>;
export type NeedStatus = NeedView['status'];
export const NEED_STATUSES = pathsApiRecruitmentNeedsGetParametersQueryStatusValues;
export type ClosingReason = NonNullable<NeedView['closingReason']>;
export const CLOSING_REASONS = everyMember<ClosingReason>()([
  'filled_through_us',
  'filled_elsewhere',
  'withdrawn',
  'no_suitable_candidates',
]);
export type EmploymentForm = NonNullable<NeedView['employmentForm']>;
export const EMPLOYMENT_FORMS = everyMember<EmploymentForm>()([
  'permanent',
  'fixed_term',
  'probationary',
  'hourly',
  'seasonal',
]);
export type NeedShift = NonNullable<NeedView['shifts']>[number];
export const NEED_SHIFTS = recruitmentNeedCreateBodyShiftsValues;
export type TargetGroup = NonNullable<NeedView['openTo']['targetGroups']>[number];
export const TARGET_GROUPS = needOpenToTargetGroupsValues;
export type DiscriminationWarning = Schemas['DiscriminationWarning'];
export type NeedSuggestions = Schemas['NeedSuggestions'];
export type PublicNeedBody = Schemas['PublicNeedBody'];
export type PublicNeedResponse = Schemas['PublicNeedResponse'];
