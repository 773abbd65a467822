import { z } from '@hono/zod-openapi';
import { IsoDate, StaffRef, text, Uuid, Version } from '../../http/schemas.ts';
import { CorrectionReason } from '../correction/index.ts';

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
    version: z.number().int(),
    /** When the note was last amended (its earlier texts are in the correction history), else null. */
    amendedAt: z.string().datetime().nullable(),
  })
  .openapi('JournalEntry');
/** A note amended by its author: the new text (and kind, date) and why; the original is kept. */
export const JournalAmendBody = z
  .object({
    version: Version,
    kind: z.enum(JOURNAL_KINDS).optional(),
    occurredOn: IsoDate.optional(),
    text: text(10_000, 'Skriv en anteckning.', { multiline: true }),
    reason: CorrectionReason,
  })
  .openapi('JournalAmendBody');
export type JournalAmendBody = z.infer<typeof JournalAmendBody>;
export const JournalEntryIdParam = z.object({
  entryId: Uuid.openapi({ param: { name: 'entryId', in: 'path' } }),
});
export type JournalEntryView = z.infer<typeof JournalEntryView>;
export const JournalListResponse = z.object({ items: z.array(JournalEntryView) }).openapi('JournalList');
