import { z } from '@hono/zod-openapi';
import { IsoDate, StaffRef, text } from '../../http/schemas.ts';

// ---- journal ---------------------------------------------------------------------------------

export const JOURNAL_KINDS = ['note', 'meeting', 'phone', 'employer_contact', 'other'] as const;
export const JournalCreateBody = z
  .object({
    kind: z.enum(JOURNAL_KINDS).default('note'),
    /** When it happened (not in the future). */
    occurredOn: IsoDate,
    text: text(10_000, 'Skriv en anteckning.', { multiline: true }),
  })
  .openapi('JournalCreateBody');
export type JournalCreateBody = z.infer<typeof JournalCreateBody>;
export const JournalEntryView = z
  .object({
    id: z.string().uuid(),
    enrolmentId: z.string().uuid(),
    kind: z.enum(JOURNAL_KINDS),
    occurredOn: IsoDate,
    text: z.string(),
    author: StaffRef.nullable(),
    createdAt: z.string().datetime(),
  })
  .openapi('JournalEntry');
export type JournalEntryView = z.infer<typeof JournalEntryView>;
export const JournalListResponse = z.object({ items: z.array(JournalEntryView) }).openapi('JournalList');
