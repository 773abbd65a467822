// The case core shared by the case modules (participant, enrolment, plan, intervention, journal,
// follow-up, exit, caseload): the person and period tables, the case file view and its rules.

export * from './case.schemas.ts';
export { maskPersonnummer, presentCaseFile, profileOf } from './case-file.presenter.ts';
export { caseFileAfterWrite } from './case-file-view.ts';
export { requireOpen, today } from './case-rules.ts';
export {
  type CaseCorrectionRow,
  changedFields,
  correctionRepository,
} from './correction.repository.ts';
export { type EnrolmentInsert, type EnrolmentRow, enrolmentRepository } from './enrolment.repository.ts';
export { needsVerification, presentExit, toEnrolmentExit } from './exit-view.presenter.ts';
export { type CaseFile, loadCaseFile, loadCaseFileForAccess } from './load-case-file.ts';
export {
  type ParticipantInsert,
  type ParticipantRow,
  participantRepository,
} from './participant.repository.ts';
export { contactColumns, normalizeProfile } from './profile.ts';
