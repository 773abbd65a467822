import { requireAccess, withConflictDetails } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { changedFields, correctionRepository, today } from '../case/index.ts';
import { presentJournalEntry } from './journal.presenter.ts';
import { journalRepository } from './journal.repository.ts';
import type { JournalAmendBody } from './journal.schemas.ts';

/**
 * Amends a journal note, as a record system must: the note shows the new text and that it was
 * amended, and the original (every earlier text, kind and date) stays in the correction history
 * with the reason. Only the note's author amends it (403: others write a new note).
 */
export async function amendJournalEntry(
  ctx: AppContext,
  { actor, meta, entryId, body }: Caller & { entryId: string; body: JournalAmendBody },
) {
  // A note that does not exist answers like one outside the actor's units (the access layer's 404).
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'correct',
    target: { kind: 'journal_entry', entryId },
    reason: 'journal.amend',
  });
  const current = access.journalEntry;
  if (current.authorId !== actor.id)
    throw problems.forbidden(
      'Bara den som skrev anteckningen kan ändra den. Skriv en ny anteckning i stället.',
    );
  const next = {
    kind: body.kind ?? (current.kind as JournalAmendBody['kind'] & string),
    occurredOn: body.occurredOn ?? current.occurredOn,
    text: body.text,
  };
  const errors: FieldError[] = [];
  if (next.occurredOn > today(ctx))
    errors.push({ path: 'occurredOn', message: 'En anteckning kan inte gälla en dag i framtiden.' });
  if (next.occurredOn < access.enrolment.enrolledAt)
    errors.push({ path: 'occurredOn', message: 'Datumet kan inte vara före inskrivningen.' });
  const changes = changedFields(
    { kind: current.kind, occurredOn: current.occurredOn, text: current.text },
    next,
    ['kind', 'occurredOn', 'text'],
  );
  if (changes.length === 0) errors.push({ path: 'text', message: 'Anteckningen ändrades inte.' });
  if (errors.length > 0) throw problems.invalid(errors);
  const conflict = {
    actor,
    what: 'anteckningen',
    entity: { entityType: 'journal_entry', entityId: entryId },
    loadCurrent: async () => {
      const now = await journalRepository.find(ctx.db, actor.municipalityCode, entryId);
      return now ? presentJournalEntry(now.entry, now.authorName) : null;
    },
  };
  const now = ctx.clock();
  const row = await withConflictDetails(ctx, conflict, () =>
    ctx.db.transaction(async (tx) => {
      const updated = await journalRepository.amend(
        tx,
        { municipalityCode: actor.municipalityCode, id: entryId, version: body.version },
        { ...next, amendedAt: now, amendedById: actor.id },
      );
      if (!updated) throw problems.stale('anteckningen');
      await correctionRepository.insert(tx, {
        municipalityCode: actor.municipalityCode,
        participantId: access.participantId,
        enrolmentId: current.enrolmentId,
        subject: 'journal_entry',
        subjectId: entryId,
        reason: body.reason,
        changes,
        correctedById: actor.id,
        correctedAt: now,
      });
      await access.record(tx, {
        action: 'update',
        details: { enrolmentId: current.enrolmentId, fields: changes.map((c) => c.field).join(',') },
      });
      return updated;
    }),
  );
  return presentJournalEntry(row, actor.displayName);
}
