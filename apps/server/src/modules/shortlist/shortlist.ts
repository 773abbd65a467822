import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { notify } from '../notification/index.ts';
import { recruitmentNeedRepository } from '../recruitment-need/index.ts';
import { type EntryData, presentEntry } from './shortlist.presenter.ts';
import { shortlistRepository } from './shortlist.repository.ts';
import { type ShortlistStatusBody, shortlistStatusLabels } from './shortlist.schemas.ts';

/** The need's shortlist for this actor: named or pseudonymised per entry, with the presentations. */
export async function getShortlist(ctx: AppContext, { actor, meta, needId }: Caller & { needId: string }) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'shortlist', needId },
    reason: 'shortlist.view',
  });
  const m = actor.municipalityCode;
  if (!(await recruitmentNeedRepository.find(ctx.db, m, needId))) throw problems.notFound();
  const rows = (await shortlistRepository.entriesOfNeed(ctx.db, m, needId)) as EntryData[];
  // People with protected personal data are shown only to their own coach and the manager.
  const visible = rows.filter(
    (r) =>
      !r.protectedIdentity ||
      (r.unitId !== null && actor.unitIds.includes(r.unitId) && actor.role !== 'liaison'),
  );
  const consents = await shortlistRepository.activeConsents(
    ctx.db,
    m,
    needId,
    visible.map((r) => r.entry.participantId),
  );
  const events = await shortlistRepository.eventsOf(
    ctx.db,
    m,
    visible.map((r) => r.entry.id),
  );
  const presentations = await shortlistRepository.presentationsOfNeed(ctx.db, m, needId);
  return {
    needId,
    items: visible.map((r) =>
      presentEntry(
        actor,
        r,
        consents.find((c) => c.participantId === r.entry.participantId),
        events
          .filter((e) => e.event.entryId === r.entry.id)
          .map((e) => ({
            ...e.event,
            by: e.event.byEmployer ? 'Arbetsgivaren (länk)' : (e.staffName ?? ''),
          })),
      ),
    ),
    protectedCount: rows.length - visible.length,
    presentations: presentations.map((p) => ({
      id: p.presentation.id,
      createdAt: p.presentation.createdAt.toISOString(),
      expiresAt: p.presentation.expiresAt.toISOString(),
      revoked: p.presentation.revokedAt !== null,
      candidates: p.candidates,
      answered: p.answered,
      lastViewedAt: p.presentation.lastViewedAt?.toISOString() ?? null,
    })),
  };
}

/**
 * Puts a person on a need's shortlist (from the candidates list or by hand). The person must be
 * enrolled now in one of the actor's units; their coach is told.
 */
export async function addToShortlist(
  ctx: AppContext,
  {
    actor,
    meta,
    needId,
    participantId,
    note,
  }: Caller & { needId: string; participantId: string; note?: string | null | undefined },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'shortlist', needId },
    reason: 'shortlist.add',
  });
  const m = actor.municipalityCode;
  const need = await recruitmentNeedRepository.find(ctx.db, m, needId);
  if (!need) throw problems.notFound();
  const open = await shortlistRepository.openEnrolment(ctx.db, m, participantId);
  // Not in the actor's units (or not enrolled): answered like a person that does not exist.
  if (!open || !actor.unitIds.includes(open.unitId))
    throw problems.notFound('Deltagaren finns inte bland dina enheters pågående inskrivningar.');
  if (!['open', 'presented'].includes(need.need.status))
    throw problems.conflict('Behovet är inte öppet. Öppna det innan kandidater läggs till.');
  const now = ctx.clock();
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const created = await shortlistRepository.insertEntry(tx, {
        municipalityCode: m,
        needId,
        participantId,
        status: 'considered',
        note: note ?? null,
        addedById: actor.id,
        createdAt: now,
        updatedAt: now,
      });
      if (!created) throw problems.conflict('Deltagaren står redan på kandidatlistan.');
      await shortlistRepository.addEvent(tx, {
        municipalityCode: m,
        entryId: created.id,
        at: now,
        staffId: actor.id,
        toStatus: 'considered',
      });
      if (open.coachId && open.coachId !== actor.id)
        await notify(tx, {
          municipalityCode: m,
          staffId: open.coachId,
          kind: 'shortlist.added',
          text: `En av dina deltagare har lagts på kandidatlistan för "${need.need.title}".`,
          link: `/behov/${needId}`,
        });
      await access.record(tx, {
        action: 'create',
        entityType: 'shortlist_entry',
        entityId: created.id,
        details: { needId, participantId },
      });
      return created.id;
    });
    return entryFor(ctx, actor, needId, id);
  } catch (error) {
    if (isUniqueViolation(error)) throw problems.conflict('Deltagaren står redan på kandidatlistan.');
    throw error;
  }
}

/** Moves an entry (bedöms, kontaktad, aktuell, …) with the reason kept in its history. */
export async function changeShortlistStatus(
  ctx: AppContext,
  { actor, meta, entryId, body }: Caller & { entryId: string; body: ShortlistStatusBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'shortlist' },
    reason: 'shortlist.status',
  });
  const m = actor.municipalityCode;
  const current = await shortlistRepository.findEntry(ctx.db, m, entryId);
  if (!current) throw problems.notFound();
  if (body.status === 'presented' || body.status === 'hired')
    throw problems.invalid([
      {
        path: 'status',
        message: `"${shortlistStatusLabels[body.status]}" sätts när kandidaten presenteras eller anställs, inte för hand.`,
      },
    ]);
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const row = await shortlistRepository.updateEntry(
      tx,
      m,
      entryId,
      body.version,
      { status: body.status },
      now,
    );
    if (!row) throw problems.stale('kandidatlistan');
    await shortlistRepository.addEvent(tx, {
      municipalityCode: m,
      entryId,
      at: now,
      staffId: actor.id,
      fromStatus: current.status,
      toStatus: body.status,
      reason: body.reason ?? null,
    });
    await access.record(tx, {
      action: 'update',
      entityType: 'shortlist_entry',
      entityId: entryId,
      details: { from: current.status, to: body.status },
    });
  });
  return entryFor(ctx, actor, current.needId, entryId);
}

async function entryFor(ctx: AppContext, actor: Caller['actor'], needId: string, entryId: string) {
  const m = actor.municipalityCode;
  const rows = (await shortlistRepository.entriesOfNeed(ctx.db, m, needId)) as EntryData[];
  const row = rows.find((r) => r.entry.id === entryId)!;
  const [consent] = await shortlistRepository.activeConsents(ctx.db, m, needId, [row.entry.participantId]);
  const events = await shortlistRepository.eventsOf(ctx.db, m, [entryId]);
  return presentEntry(
    actor,
    row,
    consent,
    events.map((e) => ({
      ...e.event,
      by: e.event.byEmployer ? 'Arbetsgivaren (länk)' : (e.staffName ?? ''),
    })),
  );
}
