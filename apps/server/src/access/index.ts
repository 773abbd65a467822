// The access layer: one call decides, audits and loads. See policy.ts for the table.
export type { EnrolmentRow, FollowUpRow, InterventionRow } from './access.repository.ts';
export { type ConflictAuthor, lastWriter, staleConflict, withConflictDetails } from './conflict.ts';
export {
  type Action,
  type Area,
  type CaseFields,
  decide,
  type Grant,
  mayAssign,
  mayHandOverIntake,
  policy,
  type Relationship,
  type Role,
} from './policy.ts';
export { assertMayReadReference } from './reference-policy.ts';
export {
  type Access,
  type AccessTarget,
  denyAccess,
  type ReadWith,
  requireAccess,
  requireAccessWith,
} from './require-access.ts';
