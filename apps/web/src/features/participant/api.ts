import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client.ts';

// Types mirrored from apps/server/src/modules/participant/participant.schemas.ts (the server's
// Zod schemas are the source of truth; the web bundle cannot import server code). Keep the two
// in step: a field renamed there is a type error nowhere here, so change both in one commit.

export type IsoDate = string;

export const REFERRAL_SOURCES = [
  'arbetsformedlingen',
  'forsakringskassan',
  'self',
  'socialtjansten',
  'other',
  'arbetsformedlingen_with_socialtjansten',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

export const EDUCATION_LEVELS = [
  'incomplete_compulsory',
  'compulsory',
  'upper_secondary',
  'post_secondary',
  'foreign_not_validated',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const EXIT_CATEGORIES = ['work', 'studies', 'other_authority', 'completed', 'other'] as const;
export type ExitCategory = (typeof EXIT_CATEGORIES)[number];
export const EMPLOYMENT_KINDS = ['unsubsidised', 'subsidised', 'municipal_labour_market'] as const;
export type EmploymentKind = (typeof EMPLOYMENT_KINDS)[number];
export const STUDY_KINDS = ['komvux', 'folkhogskola', 'hogskola', 'other'] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];
export const SUBSIDY_KINDS = ['nystartsjobb', 'lonebidrag', 'introduktionsjobb', 'other'] as const;
export type SubsidyKind = (typeof SUBSIDY_KINDS)[number];

export const SHIFT_KINDS = ['day', 'evening', 'night'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];
export const ADAPTATION_CODES = [
  'working_time.part_time',
  'working_time.flexible_hours',
  'working_time.no_night_shifts',
  'working_time.extra_breaks',
  'physical.no_heavy_lifting',
  'physical.seated_work',
  'physical.accessible_workplace',
  'physical.no_standing_all_day',
  'environment.quiet',
  'environment.clear_instructions',
  'environment.supervisor_support',
  'environment.scent_free',
] as const;
export type AdaptationCode = (typeof ADAPTATION_CODES)[number];

export const CASELOAD_FILTERS = [
  'all',
  'unassigned',
  'new',
  'follow_up_overdue',
  'no_active_intervention',
  'exit_needs_verification',
  'meetings_today',
] as const;
export type CaseloadFilter = (typeof CASELOAD_FILTERS)[number];

export const PLAN_STEP_STATUSES = ['proposed', 'planned', 'in_progress', 'done', 'cancelled'] as const;
export type PlanStepStatus = (typeof PLAN_STEP_STATUSES)[number];
export const PLAN_GOALS = ['work', 'studies'] as const;
export type PlanGoal = (typeof PLAN_GOALS)[number];

export const INTERVENTION_TYPES = [
  'praktik',
  'arbetstraning',
  'utbildning',
  'jobbspar',
  'subsidised_employment',
  'municipal_employment',
  'study_guidance',
  'coaching',
] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];
export const INTERVENTION_STATUSES = ['planned', 'active', 'completed', 'cancelled'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];

export const JOURNAL_KINDS = ['note', 'meeting', 'phone', 'employer_contact', 'other'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];
export const FOLLOW_UP_WITH = ['participant', 'employer', 'both'] as const;
export type FollowUpWith = (typeof FOLLOW_UP_WITH)[number];
export type FollowUpKind = 'regular' | 'meeting' | 'exit_verification';

export interface StaffRef {
  id: string;
  displayName: string;
}

export interface Contact {
  phone: string | null;
  email: string | null;
  address: string | null;
  preferredLanguage: string | null;
}

export interface Profile {
  occupations: { id: string; years: number }[];
  wishedOccupations: string[];
  interests: string[];
  interestsNote?: string | null;
  skills: string[];
  licences: string[];
  languages: { code: string; level: string }[];
  educations: {
    title: string;
    level?: EducationLevel | null;
    completedYear?: number | null;
    validatedInSweden?: boolean | null;
  }[];
  municipality?: string | null;
  postcode?: string | null;
  maxCommuteKm?: number | null;
  hasCar?: boolean | null;
  availableFrom?: IsoDate | null;
  extentPercent?: number | null;
  shifts?: ShiftKind[] | null;
  weekends?: boolean | null;
  adaptations: AdaptationCode[];
  adaptationsNote?: string | null;
}

export interface ExitView {
  date: IsoDate;
  category: ExitCategory;
  employment: {
    kind: EmploymentKind;
    startDate: IsoDate;
    employerId: string | null;
    employerName: string | null;
    occupationId: string | null;
    subsidy: string | null;
    heldOneMonth: boolean | null;
    verificationDueDate: IsoDate | null;
  } | null;
  studies: { kind: StudyKind; studentFinanceEligible: boolean; provider: string | null } | null;
  note: string | null;
  koladaCategory: 'A' | 'B' | 'C' | 'D' | 'E';
  status: 'verified' | 'pending_verification';
  reason: string;
  reasonText: string;
}

export interface EnrolmentView {
  id: string;
  participantId: string;
  version: number;
  unitId: string;
  unitName: string;
  coach: StaffRef | null;
  enrolledAt: IsoDate;
  referralSource: ReferralSource;
  educationLevel: EducationLevel | null;
  monthsWithoutWork: number | null;
  incomeSupport: boolean;
  afRegisteredSince: IsoDate | null;
  ageAtEnrolment: number;
  status: 'active' | 'exited';
  exit: ExitView | null;
  coachHistory: { coach: StaffRef | null; from: string; to: string | null; assignedBy: StaffRef | null }[];
}

export interface ParticipantDetail {
  id: string;
  version: number;
  personnummer: string;
  personnummerKind: 'personnummer' | 'samordningsnummer';
  birthDate: IsoDate;
  age: number;
  firstName: string;
  lastName: string;
  contact: Contact;
  profile: Profile;
  adaptationsVisible: boolean;
  profileVersion: number;
  enrolments: EnrolmentView[];
  currentEnrolmentId: string | null;
  permissions: { write: boolean; reassign: boolean };
}

export interface ParticipantListItem {
  participantId: string;
  enrolmentId: string;
  personnummerMasked: string;
  firstName: string;
  lastName: string;
  age: number;
  unitId: string;
  unitName: string;
  coach: StaffRef | null;
  enrolledAt: IsoDate;
  status: 'active' | 'exited';
  exitDate: IsoDate | null;
  nextFollowUpDate: IsoDate | null;
  overdueFollowUps: number;
  activeInterventions: number;
  needsExitVerification: boolean;
  hasMeetingToday: boolean;
}

export interface CaseloadResponse {
  items: ParticipantListItem[];
  total: number;
  counts: Record<CaseloadFilter, number>;
}

export interface CaseloadUnit {
  id: string;
  name: string;
  minAge: number | null;
  maxAge: number | null;
  coaches: StaffRef[];
}

export interface IntakeCheckResponse {
  valid: boolean;
  errors: { path: string; message: string }[];
  kind: 'personnummer' | 'samordningsnummer' | null;
  birthDate: IsoDate | null;
  age: number | null;
  suggestedUnitId: string | null;
  knownPerson: boolean;
  hasOpenEnrolment: boolean;
}

export interface IntakeBody {
  personnummer: string;
  firstName: string;
  lastName: string;
  contact?: Partial<Contact>;
  unitId?: string;
  coachId?: string | null;
  enrolledAt: IsoDate;
  referralSource: ReferralSource;
  educationLevel: EducationLevel | null;
  monthsWithoutWork: number | null;
  incomeSupport: boolean;
  afRegisteredSince?: IsoDate | null;
}

export interface PlanStep {
  id?: string;
  title: string;
  description?: string | null;
  status: PlanStepStatus;
  dueDate?: IsoDate | null;
  interventionId?: string | null;
}

export interface PlanVersionView {
  enrolmentId: string;
  version: number;
  goal: PlanGoal;
  goalDescription: string | null;
  goalOccupationId: string | null;
  steps: (PlanStep & { id: string; description: string | null; dueDate: IsoDate | null })[];
  agreedWithParticipant: boolean;
  agreedAt: IsoDate | null;
  createdAt: string;
  createdBy: StaffRef | null;
}

export interface PlanResponse {
  current: PlanVersionView | null;
  versions: {
    version: number;
    createdAt: string;
    createdBy: StaffRef | null;
    agreedWithParticipant: boolean;
  }[];
}

export interface PlanPutBody {
  expectedVersion: number;
  goal: PlanGoal;
  goalDescription?: string | null;
  goalOccupationId?: string | null;
  steps: PlanStep[];
  agreedWithParticipant: boolean;
  agreedAt?: IsoDate | null;
}

export interface InterventionView {
  id: string;
  enrolmentId: string;
  version: number;
  type: InterventionType;
  subsidyKind: SubsidyKind | null;
  title: string;
  employer: { id: string; name: string } | null;
  provider: string | null;
  occupationId: string | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  hoursPerWeek: number | null;
  goals: string | null;
  status: InterventionStatus;
  recruitmentNeedId: string | null;
  createdAt: string;
}

export interface InterventionBody {
  type: InterventionType;
  subsidyKind?: SubsidyKind | null;
  title: string;
  employerId?: string | null;
  provider?: string | null;
  startDate: IsoDate;
  endDate?: IsoDate | null;
  hoursPerWeek?: number | null;
  goals?: string | null;
  status?: InterventionStatus;
}

export interface JournalEntryView {
  id: string;
  enrolmentId: string;
  kind: JournalKind;
  occurredOn: IsoDate;
  text: string;
  author: StaffRef | null;
  createdAt: string;
}

export interface FollowUpView {
  id: string;
  enrolmentId: string;
  participantId: string;
  version: number;
  kind: FollowUpKind;
  with: FollowUpWith;
  dueDate: IsoDate;
  dueTime: string | null;
  employer: { id: string; name: string } | null;
  interventionId: string | null;
  purpose: string | null;
  done: boolean;
  doneAt: string | null;
  outcome: string | null;
  jobHeld: boolean | null;
  overdue: boolean;
  createdAt: string;
}

export interface FollowUpCreateBody {
  with: FollowUpWith;
  kind: 'regular' | 'meeting';
  dueDate: IsoDate;
  dueTime?: string | null;
  employerId?: string | null;
  interventionId?: string | null;
  purpose?: string | null;
}

export interface FollowUpPatchBody {
  version: number;
  dueDate?: IsoDate;
  dueTime?: string | null;
  purpose?: string | null;
  done?: boolean;
  outcome?: string | null;
  jobHeld?: boolean;
}

export interface ReminderItem extends FollowUpView {
  participantName: string;
  coach: StaffRef | null;
}

export interface RemindersResponse {
  items: ReminderItem[];
  overdue: number;
  today: number;
}

export interface ExitBody {
  version: number;
  date: IsoDate;
  category: ExitCategory;
  employment?: {
    kind: EmploymentKind;
    startDate: IsoDate;
    employerId?: string | null;
    employerName?: string | null;
    subsidy?: SubsidyKind | null;
  };
  studies?: { kind: StudyKind; studentFinanceEligible: boolean; provider?: string | null };
  note?: string | null;
}

export interface EmployerView {
  id: string;
  version: number;
  name: string;
  organisationsnummer: string | null;
}

export interface OccupationOption {
  id: string;
  label: string;
}

// ---- queries --------------------------------------------------------------------------------

export const participantKeys = {
  all: ['participants'] as const,
  caseload: (scope: string, filter: CaseloadFilter, unitId: string | undefined) =>
    ['participants', 'caseload', scope, filter, unitId ?? ''] as const,
  search: (query: string) => ['participants', 'search', query] as const,
  detail: (id: string) => ['participants', 'detail', id] as const,
  plan: (enrolmentId: string) => ['participants', 'plan', enrolmentId] as const,
  planVersion: (enrolmentId: string, n: number) => ['participants', 'plan', enrolmentId, n] as const,
  interventions: (enrolmentId: string) => ['participants', 'interventions', enrolmentId] as const,
  journal: (enrolmentId: string) => ['participants', 'journal', enrolmentId] as const,
  followUps: (enrolmentId: string) => ['participants', 'follow-ups', enrolmentId] as const,
  reminders: (range: string) => ['participants', 'reminders', range] as const,
  units: ['participants', 'units'] as const,
  employers: ['participants', 'employers'] as const,
  occupations: ['participants', 'occupations'] as const,
};

export function useCaseload(scope: 'mine' | 'unit', filter: CaseloadFilter, unitId?: string) {
  return useQuery({
    queryKey: participantKeys.caseload(scope, filter, unitId),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ scope, filter });
      if (unitId) params.set('unitId', unitId);
      return apiFetch<CaseloadResponse>(`/api/participants/caseload?${params}`, { signal });
    },
    placeholderData: (previous) => previous,
  });
}

/** Search by name or personnummer. The words go in a POST body: never in a URL or a log line. */
export function useParticipantSearch(query: string) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: participantKeys.search(trimmed),
    queryFn: ({ signal }) =>
      apiFetch<{ items: ParticipantListItem[]; total: number }>('/api/participants/search', {
        method: 'POST',
        body: { query: trimmed },
        signal,
      }),
    enabled: trimmed.length >= 2,
    placeholderData: (previous) => previous,
    // Nothing personal lingers in the cache once the search box is cleared.
    gcTime: 0,
  });
}

export function useCaseloadUnits() {
  return useQuery({
    queryKey: participantKeys.units,
    queryFn: ({ signal }) => apiFetch<{ units: CaseloadUnit[] }>('/api/caseload/units', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useEmployers() {
  return useQuery({
    queryKey: participantKeys.employers,
    queryFn: ({ signal }) => apiFetch<{ items: EmployerView[] }>('/api/employers', { signal }),
    staleTime: 60_000,
  });
}

export function useCreateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; organisationsnummer?: string | null }) =>
      apiFetch<EmployerView>('/api/employers', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: participantKeys.employers }),
  });
}

export interface Credential {
  code: string;
  label: string;
  kind: 'driving_licence' | 'certificate';
}

export interface LanguageLevel {
  code: string;
  label: string;
  scale: 'sfi' | 'sas' | 'cefr';
}

/** Driving licences and certificates in the vocabulary in force. */
export function useCredentials() {
  return useQuery({
    queryKey: ['reference', 'credentials'],
    queryFn: ({ signal }) =>
      apiFetch<{ credentials: Credential[] }>('/api/reference/credentials', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useLanguageLevels() {
  return useQuery({
    queryKey: ['reference', 'language-levels'],
    queryFn: ({ signal }) =>
      apiFetch<{ languageLevels: LanguageLevel[] }>('/api/reference/language-levels', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useMunicipalities() {
  return useQuery({
    queryKey: ['reference', 'municipalities'],
    queryFn: ({ signal }) =>
      apiFetch<{ municipalities: { code: string; name: string }[] }>('/api/reference/municipalities', {
        signal,
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useIntakeCheck() {
  return useMutation({
    mutationFn: (body: { personnummer: string; enrolledAt?: IsoDate }) =>
      apiFetch<IntakeCheckResponse>('/api/participants/intake-check', { method: 'POST', body }),
  });
}

export function useParticipant(participantId: string) {
  return useQuery({
    queryKey: participantKeys.detail(participantId),
    queryFn: ({ signal }) => apiFetch<ParticipantDetail>(`/api/participants/${participantId}`, { signal }),
  });
}

/** After a write: the record and every list it shows up in. */
function useInvalidateParticipant() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: participantKeys.all });
}

export function useCreateParticipant() {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (body: IntakeBody) =>
      apiFetch<ParticipantDetail>('/api/participants', { method: 'POST', body }),
    onSuccess: () => void invalidate(),
  });
}

export function usePatchParticipant(participantId: string) {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (body: {
      version: number;
      firstName?: string;
      lastName?: string;
      contact?: Partial<Contact>;
    }) => apiFetch<ParticipantDetail>(`/api/participants/${participantId}`, { method: 'PATCH', body }),
    onSuccess: () => void invalidate(),
  });
}

export function usePutProfile(participantId: string) {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (body: { version: number; profile: Profile }) =>
      apiFetch<ParticipantDetail>(`/api/participants/${participantId}/profile`, { method: 'PUT', body }),
    onSuccess: () => void invalidate(),
  });
}

export function usePatchEnrolment(enrolmentId: string) {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (body: {
      version: number;
      enrolledAt?: IsoDate;
      referralSource?: ReferralSource;
      educationLevel?: EducationLevel | null;
      monthsWithoutWork?: number | null;
      incomeSupport?: boolean;
      afRegisteredSince?: IsoDate | null;
    }) => apiFetch<EnrolmentView>(`/api/enrolments/${enrolmentId}`, { method: 'PATCH', body }),
    onSuccess: () => void invalidate(),
  });
}

export function useAssignCoach(enrolmentId: string) {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (body: { version: number; coachId: string | null; reason?: string | null }) =>
      apiFetch<EnrolmentView>(`/api/enrolments/${enrolmentId}/coach`, { method: 'PUT', body }),
    onSuccess: () => void invalidate(),
  });
}

export function usePlan(enrolmentId: string) {
  return useQuery({
    queryKey: participantKeys.plan(enrolmentId),
    queryFn: ({ signal }) => apiFetch<PlanResponse>(`/api/enrolments/${enrolmentId}/plan`, { signal }),
  });
}

export function usePlanVersion(enrolmentId: string, n: number | null) {
  return useQuery({
    queryKey: participantKeys.planVersion(enrolmentId, n ?? 0),
    queryFn: ({ signal }) =>
      apiFetch<PlanVersionView>(`/api/enrolments/${enrolmentId}/plan/versions/${n}`, { signal }),
    enabled: n !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePutPlan(enrolmentId: string) {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (body: PlanPutBody) =>
      apiFetch<PlanResponse>(`/api/enrolments/${enrolmentId}/plan`, { method: 'PUT', body }),
    onSuccess: () => void invalidate(),
  });
}

export function useInterventions(enrolmentId: string) {
  return useQuery({
    queryKey: participantKeys.interventions(enrolmentId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: InterventionView[] }>(`/api/enrolments/${enrolmentId}/interventions`, { signal }),
  });
}

export function useCreateIntervention(enrolmentId: string) {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (body: InterventionBody) =>
      apiFetch<InterventionView>(`/api/enrolments/${enrolmentId}/interventions`, { method: 'POST', body }),
    onSuccess: () => void invalidate(),
  });
}

export function usePatchIntervention() {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<InterventionBody> & { id: string; version: number }) =>
      apiFetch<InterventionView>(`/api/interventions/${id}`, { method: 'PATCH', body }),
    onSuccess: () => void invalidate(),
  });
}

export function useJournal(enrolmentId: string) {
  return useQuery({
    queryKey: participantKeys.journal(enrolmentId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: JournalEntryView[] }>(`/api/enrolments/${enrolmentId}/journal`, { signal }),
  });
}

export function useCreateJournalEntry(enrolmentId: string) {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (body: { kind: JournalKind; occurredOn: IsoDate; text: string }) =>
      apiFetch<JournalEntryView>(`/api/enrolments/${enrolmentId}/journal`, { method: 'POST', body }),
    onSuccess: () => void invalidate(),
  });
}

export function useFollowUps(enrolmentId: string) {
  return useQuery({
    queryKey: participantKeys.followUps(enrolmentId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: FollowUpView[] }>(`/api/enrolments/${enrolmentId}/follow-ups`, { signal }),
  });
}

export function useCreateFollowUp(enrolmentId: string) {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (body: FollowUpCreateBody) =>
      apiFetch<FollowUpView>(`/api/enrolments/${enrolmentId}/follow-ups`, { method: 'POST', body }),
    onSuccess: () => void invalidate(),
  });
}

export function usePatchFollowUp() {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: ({ id, ...body }: FollowUpPatchBody & { id: string }) =>
      apiFetch<FollowUpView>(`/api/follow-ups/${id}`, { method: 'PATCH', body }),
    onSuccess: () => void invalidate(),
  });
}

export function useReminders(range: 'week' | 'overdue') {
  return useQuery({
    queryKey: participantKeys.reminders(range),
    queryFn: ({ signal }) =>
      apiFetch<RemindersResponse>(`/api/follow-ups/reminders?range=${range}`, { signal }),
  });
}

export function useExit(enrolmentId: string) {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (body: ExitBody) =>
      apiFetch<EnrolmentView>(`/api/enrolments/${enrolmentId}/exit`, { method: 'POST', body }),
    onSuccess: () => void invalidate(),
  });
}
