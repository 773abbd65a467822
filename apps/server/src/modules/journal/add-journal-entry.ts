import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { presentJournalEntry } from './journal.presenter.ts';
import { journalRepository } from './journal.repository.ts';
import type { JournalCreateBody } from './journal.schemas.ts';

// A note is amended only by its author, with a reason, and every earlier text is kept (amend-journal-entry.ts).

/** A new note, dated within the period and not in the future. */
export async function addJournalEntry(
  ctx: AppContext,
  { actor, meta, enrolmentId, body }: Caller & { enrolmentId: string; body: JournalCreateBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'journal.create',
  });
  if (body.occurredOn > today(ctx))
    throw problems.invalid([
      { path: 'occurredOn', message: 'En anteckning kan inte gälla en dag i framtiden.' },
    ]);
  if (body.occurredOn < access.enrolment.enrolledAt)
    throw problems.invalid([{ path: 'occurredOn', message: 'Datumet kan inte vara före inskrivningen.' }]);
  const row = await ctx.db.transaction(async (tx) => {
    const created = await journalRepository.insert(tx, {
      municipalityCode: actor.municipalityCode,
      enrolmentId,
      kind: body.kind,
      occurredOn: body.occurredOn,
      text: body.text,
      authorId: actor.id,
      createdAt: ctx.clock(),
    });
    await access.record(tx, {
      action: 'create',
      entityType: 'journal_entry',
      entityId: created.id,
      details: { enrolmentId },
    });
    return created;
  });
  return presentJournalEntry(row, actor.displayName);
}
