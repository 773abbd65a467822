import { createHash, randomBytes } from 'node:crypto';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { recruitmentNeedRepository } from '../recruitment-need/index.ts';
import type { EntryData } from './shortlist.presenter.ts';
import { shortlistRepository } from './shortlist.repository.ts';

/** Candidates one employer may receive in a calendar month before the liaison is warned. */
export const PRESENTATION_MONTH_CAP = 10;

export function hashLinkToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Presents consented candidates to the need's employer: an expiring, single-purpose link whose
 * token is stored only as a hash. Every candidate needs a consent in force for this need; people
 * with protected personal data are never presented through the system. Entries become
 * "presenterad", the need "kandidater presenterade". Past the month cap per employer: a warning.
 */
export async function createPresentation(
  ctx: AppContext,
  {
    actor,
    meta,
    needId,
    entryIds,
    expiresInDays,
  }: Caller & { needId: string; entryIds: string[]; expiresInDays: number },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'create',
    target: { kind: 'shortlist', needId },
    reason: 'presentation.create',
  });
  const m = actor.municipalityCode;
  const need = await recruitmentNeedRepository.find(ctx.db, m, needId);
  if (!need) throw problems.notFound();
  if (!need.need.employerId)
    throw problems.conflict('Behovet saknar arbetsgivare: koppla det till en arbetsgivare först.');
  const rows = (await shortlistRepository.entriesOfNeed(ctx.db, m, needId)) as EntryData[];
  const consents = await shortlistRepository.activeConsents(
    ctx.db,
    m,
    needId,
    rows.map((r) => r.entry.participantId),
  );
  const errors: FieldError[] = [];
  const chosen = [...new Set(entryIds)].map((id, i) => {
    const row = rows.find((r) => r.entry.id === id);
    const consent =
      row &&
      consents.find(
        (c) => c.participantId === row.entry.participantId && c.employerId === need.need.employerId,
      );
    if (!row)
      errors.push({ path: `entryIds.${i}`, message: 'Kandidaten står inte på behovets kandidatlista.' });
    else if (row.protectedIdentity)
      errors.push({
        path: `entryIds.${i}`,
        message:
          'Personen har skyddade personuppgifter och presenteras aldrig genom systemet. Hantera det utanför, med personens coach.',
      });
    else if (!consent)
      errors.push({
        path: `entryIds.${i}`,
        message: 'Samtycke saknas för den här arbetsgivaren och behovet.',
      });
    return row && consent ? { row, consent } : null;
  });
  if (errors.length > 0) throw problems.invalid(errors);
  const now = ctx.clock();
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const already = await shortlistRepository.presentedToEmployerSince(
    ctx.db,
    m,
    need.need.employerId,
    monthStart,
  );
  const warnings =
    already + chosen.length > PRESENTATION_MONTH_CAP
      ? [
          `Arbetsgivaren har fått ${already + chosen.length} kandidater den här månaden (riktvärde ${PRESENTATION_MONTH_CAP}). Överväg att vänta, så att arbetsgivaren inte översköljs.`,
        ]
      : [];
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + expiresInDays * 86_400_000);
  const created = await ctx.db.transaction(async (tx) => {
    const p = await shortlistRepository.insertPresentation(tx, {
      municipalityCode: m,
      needId,
      employerId: need.need.employerId!,
      tokenHash: hashLinkToken(token),
      expiresAt,
      createdById: actor.id,
      createdAt: now,
    });
    await shortlistRepository.insertPresentationCandidates(
      tx,
      chosen.map((c) => ({
        municipalityCode: m,
        presentationId: p.id,
        entryId: c!.row.entry.id,
        participantId: c!.row.entry.participantId,
        consentId: c!.consent.id,
      })),
    );
    for (const c of chosen) {
      const e = c!.row.entry;
      if (e.status === 'presented') continue;
      await shortlistRepository.updateEntry(tx, m, e.id, e.version, { status: 'presented' }, now);
      await shortlistRepository.addEvent(tx, {
        municipalityCode: m,
        entryId: e.id,
        at: now,
        staffId: actor.id,
        fromStatus: e.status,
        toStatus: 'presented',
      });
    }
    if (need.need.status === 'open')
      await recruitmentNeedRepository
        .update(tx, m, needId, need.need.version, { status: 'presented' }, now)
        .then(async (row) => {
          if (row)
            await recruitmentNeedRepository.addEvent(tx, {
              municipalityCode: m,
              needId,
              at: now,
              staffId: actor.id,
              kind: 'status',
              fromStatus: 'open',
              toStatus: 'presented',
            });
        });
    await access.record(tx, {
      action: 'create',
      entityType: 'presentation',
      entityId: p.id,
      details: { needId, candidates: chosen.length },
    });
    return p;
  });
  return {
    presentationId: created.id,
    token,
    path: `/svar/${token}`,
    expiresAt: expiresAt.toISOString(),
    warnings,
  };
}

/** Revokes a link at once (the employer then sees that it is no longer valid). */
export async function revokePresentation(
  ctx: AppContext,
  { actor, meta, presentationId }: Caller & { presentationId: string },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'shortlist' },
    reason: 'presentation.revoke',
  });
  const m = actor.municipalityCode;
  const p = await shortlistRepository.findPresentation(ctx.db, m, presentationId);
  if (!p) throw problems.notFound();
  await ctx.db.transaction(async (tx) => {
    if (!p.revokedAt) await shortlistRepository.revokePresentation(tx, m, presentationId, ctx.clock());
    await access.record(tx, {
      action: 'update',
      entityType: 'presentation',
      entityId: presentationId,
      details: { revoked: true },
    });
  });
  return { revoked: true };
}
