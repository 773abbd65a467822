import { z } from '@hono/zod-openapi';
import { IsoDate, StaffRef, Uuid } from '../../http/schemas.ts';

// ---- caseload / search -----------------------------------------------------------------------

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

export const CaseloadQuery = z.object({
  /** mine: enrolments assigned to the actor (coach); unit: every active enrolment in the actor's units. */
  scope: z.enum(['mine', 'unit']).default('mine'),
  filter: z.enum(CASELOAD_FILTERS).default('all'),
  unitId: Uuid.optional(),
  /** A manager's view of one coach's caseload. */
  coachId: Uuid.optional(),
  sort: z.enum(['name', 'enrolled', 'next_follow_up', 'coach']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type CaseloadQuery = z.infer<typeof CaseloadQuery>;

export const ParticipantListItem = z
  .object({
    participantId: z.string().uuid(),
    enrolmentId: z.string().uuid(),
    /** Masked: YYYYMMDD-****. */
    personnummerMasked: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    age: z.number().int(),
    unitId: z.string().uuid(),
    unitName: z.string(),
    coach: StaffRef.nullable(),
    enrolledAt: IsoDate,
    status: z.enum(['active', 'exited']),
    exitDate: IsoDate.nullable(),
    nextFollowUpDate: IsoDate.nullable(),
    overdueFollowUps: z.number().int(),
    activeInterventions: z.number().int(),
    /** Interventions still "Pågår" after their end date: to be ended or extended. */
    pastDueInterventions: z.number().int(),
    needsExitVerification: z.boolean(),
    hasMeetingToday: z.boolean(),
  })
  .openapi('ParticipantListItem');
export type ParticipantListItem = z.infer<typeof ParticipantListItem>;

export const CaseloadResponse = z
  .object({
    items: z.array(ParticipantListItem),
    total: z.number().int(),
    /** Count per filter for the same scope/unit (the filter chips). */
    counts: z.object(
      Object.fromEntries(CASELOAD_FILTERS.map((f) => [f, z.number().int()])) as Record<
        CaseloadFilter,
        z.ZodNumber
      >,
    ),
  })
  .openapi('CaseloadResponse');
export type CaseloadResponse = z.infer<typeof CaseloadResponse>;

export const SearchBody = z
  .object({
    /** Name (part), or personnummer (10/12 digits, or YYYYMMDD). */
    query: z.string().trim().min(2, 'Skriv minst två tecken.').max(100),
    includeExited: z.boolean().default(true),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .openapi('ParticipantSearchBody');
export type SearchBody = z.infer<typeof SearchBody>;
export const SearchResponse = z
  .object({ items: z.array(ParticipantListItem), total: z.number().int() })
  .openapi('ParticipantSearchResponse');

export const CaseloadUnitsResponse = z
  .object({
    units: z.array(
      z.object({
        id: z.string().uuid(),
        name: z.string(),
        minAge: z.number().int().nullable(),
        maxAge: z.number().int().nullable(),
        coaches: z.array(StaffRef),
      }),
    ),
  })
  .openapi('CaseloadUnitsResponse');
