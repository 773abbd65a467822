import type { AppContext } from '../../context.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { accessEnrolment, invalid, today } from '../participant/case-access.ts';
import type { JournalCreateBody, JournalEntryView } from '../participant/participant.schemas.ts';
import { type JournalEntryRow, journalRepository } from './journal.repository.ts';

// Journal notes are append-only: a correction is a new note (the record shows what was known when).

function present(row: JournalEntryRow, authorName: string | null): JournalEntryView {
  return {
    id: row.id,
    enrolmentId: row.enrolmentId,
    kind: row.kind as JournalEntryView['kind'],
    occurredOn: row.occurredOn,
    text: row.text,
    author: row.authorId ? { id: row.authorId, displayName: authorName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listJournal(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  meta: RequestMeta,
) {
  await accessEnrolment(
    ctx,
    actor,
    enrolmentId,
    'read',
    { entityType: 'journal_entry', entityId: enrolmentId, reason: 'journal.list' },
    meta,
  );
  const rows = await journalRepository.listForEnrolment(ctx.db, actor.municipalityCode, enrolmentId);
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'read',
      entityType: 'enrolment',
      entityId: enrolmentId,
      reason: 'journal.list',
      details: { count: rows.length },
    },
    meta,
  );
  return { items: rows.map((r) => present(r.entry, r.authorName)) };
}

export async function addJournalEntry(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  body: JournalCreateBody,
  meta: RequestMeta,
) {
  const e = await accessEnrolment(
    ctx,
    actor,
    enrolmentId,
    'write',
    { entityType: 'journal_entry', reason: 'journal.create' },
    meta,
  );
  if (body.occurredOn > today(ctx))
    throw invalid([{ path: 'occurredOn', message: 'En anteckning kan inte gälla en dag i framtiden.' }]);
  if (body.occurredOn < e.enrolledAt)
    throw invalid([{ path: 'occurredOn', message: 'Datumet kan inte vara före inskrivningen.' }]);
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
    await ctx.audit.record(
      tx,
      actor,
      {
        action: 'create',
        entityType: 'journal_entry',
        entityId: created.id,
        reason: 'journal.create',
        details: { enrolmentId },
      },
      meta,
    );
    return created;
  });
  return present(row, actor.displayName);
}
