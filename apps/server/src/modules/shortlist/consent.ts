import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { recruitmentNeedRepository } from '../recruitment-need/index.ts';
import { shortlistRepository } from './shortlist.repository.ts';
import type { ConsentBody } from './shortlist.schemas.ts';

// Consent (samtycke): the participant agrees to share named fields (name, contact details,
// profile/CV, references) with a named employer for a named need. Recorded by the person's coach,
// withdrawable at any time; a presentation shows exactly the consented fields, and nothing after
// withdrawal.

function view(c: Awaited<ReturnType<typeof shortlistRepository.findConsent>> & object, employerName: string) {
  return {
    id: c.id,
    participantId: c.participantId,
    needId: c.needId,
    employer: { id: c.employerId, name: employerName },
    fields: c.fields,
    givenOn: c.givenOn,
    givenHow: c.givenHow,
    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
  };
}

/** Records a consent for the need's employer; the person must be the coach's (current period). */
export async function recordConsent(ctx: AppContext, { actor, meta, body }: Caller & { body: ConsentBody }) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'participant', participantId: body.participantId },
    reason: 'consent.record',
  });
  const m = actor.municipalityCode;
  const need = await recruitmentNeedRepository.find(ctx.db, m, body.needId);
  if (!need?.need.employerId)
    throw problems.invalid([{ path: 'needId', message: 'Behovet finns inte eller saknar arbetsgivare.' }]);
  if (body.givenOn > today(ctx))
    throw problems.invalid([{ path: 'givenOn', message: 'Datumet kan inte ligga i framtiden.' }]);
  const created = await ctx.db.transaction(async (tx) => {
    const row = await shortlistRepository.insertConsent(tx, {
      municipalityCode: m,
      participantId: body.participantId,
      employerId: need.need.employerId!,
      needId: body.needId,
      fields: [...new Set(body.fields)],
      givenOn: body.givenOn,
      givenHow: body.givenHow,
      recordedById: actor.id,
    });
    await access.record(tx, {
      action: 'create',
      entityType: 'consent',
      entityId: row.id,
      details: { needId: body.needId, fields: row.fields.join(',') },
    });
    return row;
  });
  return view(created, need.employerName ?? '');
}

/** Withdraws a consent: from now on nothing of the person is shown through any link. */
export async function withdrawConsent(
  ctx: AppContext,
  { actor, meta, consentId }: Caller & { consentId: string },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'consent', consentId },
    reason: 'consent.withdraw',
  });
  const found = access.consent;
  if (!found.withdrawnAt)
    await ctx.db.transaction(async (tx) => {
      await shortlistRepository.withdrawConsent(tx, actor.municipalityCode, consentId, actor.id, ctx.clock());
      await access.record(tx, {
        action: 'update',
        entityType: 'consent',
        entityId: consentId,
        details: { withdrawn: true },
      });
    });
  const after = (await shortlistRepository.findConsent(ctx.db, actor.municipalityCode, consentId))!;
  const rows = await shortlistRepository.consentsOfParticipant(
    ctx.db,
    actor.municipalityCode,
    found.participantId,
  );
  return view(after, rows.find((r) => r.consent.id === consentId)?.employerName ?? '');
}

/** A person's consents, in force and withdrawn (their coach and manager). */
export async function listConsents(
  ctx: AppContext,
  { actor, meta, participantId }: Caller & { participantId: string },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'participant', participantId },
    reason: 'consent.list',
  });
  const rows = await shortlistRepository.consentsOfParticipant(ctx.db, actor.municipalityCode, participantId);
  return { items: rows.map((r) => view(r.consent, r.employerName)) };
}
