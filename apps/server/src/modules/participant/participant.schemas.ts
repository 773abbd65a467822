import { z } from '@hono/zod-openapi';
import { IsoDate, text, Uuid, Version } from '../../http/schemas.ts';
import { Contact, EnrolmentFacts, Profile } from '../case/index.ts';

export const IntakeCheckBody = z
  .object({ personnummer: z.string().max(20), enrolledAt: IsoDate.optional() })
  .openapi('IntakeCheckBody');
export const IntakeCheckResponse = z
  .object({
    valid: z.boolean(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })),
    kind: z.enum(['personnummer', 'samordningsnummer']).nullable(),
    birthDate: IsoDate.nullable(),
    age: z.number().int().nullable(),
    /** Unit chosen by the configured age ranges among the actor's units; null if none fits. */
    suggestedUnitId: z.string().uuid().nullable(),
    /** The person is already known (a new enrolment will link to the same person). */
    knownPerson: z.boolean(),
    /** The known person has an open enrolment: a new intake is refused (409). */
    hasOpenEnrolment: z.boolean(),
  })
  .openapi('IntakeCheckResponse');

export const IntakeBody = EnrolmentFacts.extend({
  personnummer: z.string().max(20),
  firstName: text(100, 'Ange förnamn.'),
  lastName: text(100, 'Ange efternamn.'),
  contact: Contact.optional(),
  /** Absent: routed by age among the actor's units. */
  unitId: Uuid.optional(),
  /** Absent: the acting coach; null leaves the enrolment unassigned. */
  coachId: Uuid.nullable().optional(),
  profile: Profile.partial().optional(),
}).openapi('IntakeBody');
export type IntakeBody = z.infer<typeof IntakeBody>;

export const ParticipantPatchBody = z
  .object({
    version: Version,
    firstName: text(100, 'Ange förnamn.').optional(),
    lastName: text(100, 'Ange efternamn.').optional(),
    /** Replaces the contact details as a whole (send every field you want to keep). */
    contact: Contact.optional(),
  })
  .openapi('ParticipantPatchBody');
export type ParticipantPatchBody = z.infer<typeof ParticipantPatchBody>;

/** `version` is the participant's `profileVersion` (the profile is edited apart from contact details). */
export const ProfilePutBody = z.object({ version: Version, profile: Profile }).openapi('ProfilePutBody');
export type ProfilePutBody = z.infer<typeof ProfilePutBody>;
