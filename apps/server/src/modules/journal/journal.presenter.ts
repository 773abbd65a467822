import type { JournalEntryRow } from './journal.repository.ts';
import type { JournalEntryView } from './journal.schemas.ts';

/** One journal note as the API shows it. */
export function presentJournalEntry(row: JournalEntryRow, authorName: string | null): JournalEntryView {
  return {
    id: row.id,
    enrolmentId: row.enrolmentId,
    kind: row.kind as JournalEntryView['kind'],
    occurredOn: row.occurredOn,
    text: row.text,
    author: row.authorId ? { id: row.authorId, displayName: authorName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    amendedAt: row.amendedAt ? row.amendedAt.toISOString() : null,
  };
}
