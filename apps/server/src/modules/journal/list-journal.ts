import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { presentJournalEntry } from './journal.presenter.ts';
import { journalRepository } from './journal.repository.ts';

/** The period's journal notes. */
export async function listJournal(
  ctx: AppContext,
  { actor, meta, enrolmentId }: Caller & { enrolmentId: string },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'journal.list',
  });
  const rows = await journalRepository.listForEnrolment(ctx.db, actor.municipalityCode, enrolmentId);
  return { items: rows.map((r) => presentJournalEntry(r.entry, r.authorName)) };
}
