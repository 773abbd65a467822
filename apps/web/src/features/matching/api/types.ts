// The matching loop's vocabulary, taken from schema.gen.ts (generated from the server's OpenAPI
// document): candidates and needs with their explanation, allocation, shortlists, consents and
// presentations. Kept in the feature so that the shared api/types.ts stays the shared vocabulary.
import {
  type components,
  consentBodyFieldsValues,
  consentBodyGivenHowValues,
  employerAnswerBodyAnswerValues,
  employerAnswerBodyEmploymentFormValues,
  employerAnswerBodyEmploymentKindValues,
  employerAnswerBodyReasonValues,
  type paths,
  placementBodyKindValues,
  shortlistEntryStatusValues,
} from '../../../api/schema.gen.ts';

type Schemas = components['schemas'];

export type CandidateMatch = Schemas['CandidateMatch'];
export type CandidatesResponse = Schemas['Candidates'];
export type NeedMatch = Schemas['NeedMatch'];
/** What candidates and needs share: the score and its explanation. */
export type MatchExplanation = Pick<
  CandidateMatch,
  'score' | 'factors' | 'blockers' | 'gaps' | 'readyInWeeks'
>;
export type MatchFactor = CandidateMatch['factors'][number];
export type MatchGap = CandidateMatch['gaps'][number];
export type RecruitmentNeedInput = Schemas['RecruitmentNeedInput'];
export type Allocation = Schemas['Allocation'];
export type AllocationQuery = Schemas['AllocationQuery'];
export type AllocationProposal = Allocation['byNeed'][number]['proposals'][number];

export type Shortlist = Schemas['Shortlist'];
export type ShortlistEntry = Schemas['ShortlistEntry'];
export type ShortlistStatus = ShortlistEntry['status'];
export const SHORTLIST_STATUSES = shortlistEntryStatusValues;
export type PresentationSummary = Shortlist['presentations'][number];
export type PresentationCreated = Schemas['PresentationCreated'];

export type Consent = Schemas['Consent'];
export type ConsentBody = Schemas['ConsentBody'];
export type ConsentField = ConsentBody['fields'][number];
export const CONSENT_FIELDS = consentBodyFieldsValues;
export type ConsentHow = ConsentBody['givenHow'];
export const CONSENT_HOWS = consentBodyGivenHowValues;

export type EmployerLinkView = Schemas['EmployerLinkView'];
export type LinkCandidate = EmployerLinkView['candidates'][number];
export type EmployerAnswerBody = Schemas['EmployerAnswerBody'];
export type EmployerAnswer = EmployerAnswerBody['answer'];
export const EMPLOYER_ANSWERS = employerAnswerBodyAnswerValues;
export type NotRelevantReason = NonNullable<EmployerAnswerBody['reason']>;
export const NOT_RELEVANT_REASONS = employerAnswerBodyReasonValues;
export type HiredKind = NonNullable<EmployerAnswerBody['employmentKind']>;
export const HIRED_KINDS = employerAnswerBodyEmploymentKindValues;
export type HiredForm = NonNullable<EmployerAnswerBody['employmentForm']>;
export const HIRED_FORMS = employerAnswerBodyEmploymentFormValues;

export type Notification = Schemas['Notification'];
export type AlternativesResponse =
  paths['/api/matching/participants/{participantId}/alternatives']['get']['responses'][200]['content']['application/json'];
export type AlternativeOccupation = AlternativesResponse['alternatives'][number];

export type PlacementBody = Schemas['PlacementBody'];
export type PlacementView = Schemas['Placement'];
export type PlacementKind = PlacementBody['kind'];
export const PLACEMENT_KINDS = placementBodyKindValues;
