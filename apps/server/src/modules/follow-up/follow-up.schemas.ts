import { z } from '@hono/zod-openapi';
import { IsoDate, optionalText, StaffRef, TimeOfDay, text, Uuid, Version } from '../../http/schemas.ts';

// ---- follow-ups ------------------------------------------------------------------------------

export const FOLLOW_UP_WITH = ['participant', 'employer', 'both'] as const;
/** exit_verification: created by a work exit, one month after start; completing it verifies the job. */
export const FOLLOW_UP_KINDS = ['regular', 'meeting', 'exit_verification'] as const;
export const FollowUpCreateBody = z
  .object({
    with: z.enum(FOLLOW_UP_WITH),
    kind: z.enum(['regular', 'meeting']).default('regular'),
    dueDate: IsoDate,
    /** Optional time for a meeting (HH:MM). */
    dueTime: TimeOfDay.nullable().optional(),
    employerId: Uuid.nullable().optional(),
    interventionId: Uuid.nullable().optional(),
    purpose: optionalText(1000, { multiline: true }),
  })
  .openapi('FollowUpCreateBody');
export type FollowUpCreateBody = z.infer<typeof FollowUpCreateBody>;
export const FollowUpPatchBody = z
  .object({
    version: Version,
    dueDate: IsoDate.optional(),
    dueTime: TimeOfDay.nullable().optional(),
    purpose: optionalText(1000, { multiline: true }),
    /** Whom it is with; an employer follow-up names the employer. */
    with: z.enum(FOLLOW_UP_WITH).optional(),
    employerId: Uuid.nullable().optional(),
    /** Why the date, purpose or whom it is with changed (kept in the correction history). */
    reason: optionalText(1000, { multiline: true }),
    done: z.boolean().optional(),
    /** The outcome, required when marking done. */
    outcome: optionalText(4000, { multiline: true }),
    /** For exit_verification: did the job last one continuous month? Required when marking it done. */
    jobHeld: z.boolean().optional(),
  })
  .openapi('FollowUpPatchBody');
export type FollowUpPatchBody = z.infer<typeof FollowUpPatchBody>;
/** A follow-up that will not take place, and why (kept in the record). */
export const FollowUpCancelBody = z
  .object({
    version: Version,
    reason: text(1000, 'Skriv varför uppföljningen ställs in.', { multiline: true }),
  })
  .openapi('FollowUpCancelBody');
export type FollowUpCancelBody = z.infer<typeof FollowUpCancelBody>;
export const FollowUpIdParam = z.object({
  followUpId: Uuid.openapi({ param: { name: 'followUpId', in: 'path' } }),
});
export const FollowUpView = z
  .object({
    id: z.string().uuid(),
    enrolmentId: z.string().uuid(),
    participantId: z.string().uuid(),
    version: z.number().int(),
    kind: z.enum(FOLLOW_UP_KINDS),
    with: z.enum(FOLLOW_UP_WITH),
    dueDate: IsoDate,
    dueTime: z.string().nullable(),
    employer: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
    interventionId: z.string().uuid().nullable(),
    purpose: z.string().nullable(),
    done: z.boolean(),
    doneAt: z.string().datetime().nullable(),
    outcome: z.string().nullable(),
    jobHeld: z.boolean().nullable(),
    /** The due date passed without the follow-up being done (or cancelled). */
    overdue: z.boolean(),
    /** Cancelled with a reason: kept in the record, no longer due. */
    cancelled: z.boolean(),
    cancelReason: z.string().nullable(),
    createdAt: z.string().datetime(),
  })
  .openapi('FollowUp');
export type FollowUpView = z.infer<typeof FollowUpView>;
export const FollowUpListResponse = z.object({ items: z.array(FollowUpView) }).openapi('FollowUpList');

export const RemindersQuery = z.object({
  /** week: overdue + due within the next 7 days ("Min vecka"); overdue: only overdue. */
  range: z.enum(['week', 'overdue']).default('week'),
});
export const ReminderItem = FollowUpView.extend({
  /** For the list only: no personnummer. */
  participantName: z.string(),
  coach: StaffRef.nullable(),
}).openapi('Reminder');
export const RemindersResponse = z
  .object({
    items: z.array(ReminderItem),
    overdue: z.number().int(),
    today: z.number().int(),
    /** Interventions "Pågår" after their end date in open periods (a coach's own, a manager's units). */
    pastDueInterventions: z.array(
      z.object({
        id: z.string().uuid(),
        participantId: z.string().uuid(),
        participantName: z.string(),
        title: z.string(),
        endDate: IsoDate,
      }),
    ),
  })
  .openapi('RemindersResponse');
