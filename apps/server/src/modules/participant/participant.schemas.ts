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
    /** The unit the configured age ranges route the person to (any unit); null if none fits. */
    suggestedUnitId: z.string().uuid().nullable(),
    /** The person is already known (a new enrolment will link to the same person). */
    knownPerson: z.boolean(),
    /** The known person has an open enrolment: a new intake is refused (409). */
    hasOpenEnrolment: z.boolean(),
    /** The unit the age rule routes the person to (any unit of the municipality), with its range. */
    routedUnit: z
      .object({
        id: z.string().uuid(),
        name: z.string(),
        minAge: z.number().int().nullable(),
        maxAge: z.number().int().nullable(),
        /** One of the actor's own units: the intake can be done here. */
        ownUnit: z.boolean(),
      })
      .nullable(),
    /** The intake may be handed over to `routedUnit` as a referral (`handOver: true`). */
    mayHandOver: z.boolean(),
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
  /**
   * Hand the intake over to the unit the age rule routes the person to, when that is not one of
   * the actor's units (a referral): enrolled there without a coach, that unit's coaches notified.
   * `unitId`, if given, must be that unit; `coachId` must be absent or null.
   */
  handOver: z.boolean().optional(),
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

/** The answer to a handed-over intake: the actor gets no case file (they have no access to it). */
export const IntakeHandOverResponse = z
  .object({
    handedOver: z.literal(true),
    unit: z.object({ id: z.string().uuid(), name: z.string() }),
    /** How many of the unit's coaches were notified. */
    notified: z.number().int(),
  })
  .openapi('IntakeHandOverResponse');
export type IntakeHandOverResponse = z.infer<typeof IntakeHandOverResponse>;

type ProfileShape = typeof Profile.shape;
/**
 * Part of the profile: only the fields sent are changed (no defaults filled in, unlike
 * `Profile.partial()`, whose lists would default to empty and wipe the other sections).
 */
const ProfilePatch = z
  .object(
    Object.fromEntries(
      Object.entries(Profile.shape).map(([key, schema]) => [
        key,
        (schema instanceof z.ZodDefault ? schema.unwrap() : schema).optional(),
      ]),
    ) as unknown as { [K in keyof ProfileShape]: z.ZodOptional<z.ZodType<z.infer<ProfileShape[K]>>> },
  )
  .refine((p) => Object.keys(p).length > 0, { message: 'Ange minst en uppgift i profilen att spara.' })
  .openapi('ParticipantProfilePatch');

/**
 * One section of the profile (`version` = profileVersion): the fields sent replace those stored,
 * the others are kept as they are.
 */
export const ProfilePatchBody = z
  .object({ version: Version, profile: ProfilePatch })
  .openapi('ProfilePatchBody');
export type ProfilePatchBody = z.infer<typeof ProfilePatchBody>;
