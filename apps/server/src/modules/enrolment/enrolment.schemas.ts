import { z } from '@hono/zod-openapi';
import { optionalText, Uuid, Version } from '../../http/schemas.ts';
import { EnrolmentFacts } from '../case/index.ts';

// ---- enrolment -------------------------------------------------------------------------------

export const EnrolmentPatchBody = EnrolmentFacts.partial()
  .extend({ version: Version })
  .openapi('EnrolmentPatchBody');
export type EnrolmentPatchBody = z.infer<typeof EnrolmentPatchBody>;

export const CoachAssignmentBody = z
  .object({ version: Version, coachId: Uuid.nullable(), reason: optionalText(500, { multiline: true }) })
  .openapi('CoachAssignmentBody');
export type CoachAssignmentBody = z.infer<typeof CoachAssignmentBody>;
