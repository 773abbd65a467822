import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { issuePasswordLink } from './password-link.ts';
import { staffRepository } from './staff.repository.ts';

/**
 * A password reset: a new one-time link (72 h) for the administrator to hand to the person. The
 * old password works until the link is used; earlier unused links of the account stop working.
 */
export async function createPasswordLink(
  ctx: AppContext,
  { actor, meta, staffId }: Caller & { staffId: string },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'administration', entityType: 'staff_user', entityId: staffId },
    reason: 'staff.password_link',
  });
  const staff = await staffRepository.findById(ctx.db, actor.municipalityCode, staffId);
  if (!staff) throw problems.notFound('Kontot finns inte.');
  if (!staff.active) {
    throw problems.conflict('Kontot är inaktiverat. Aktivera det först, så kan du skapa en länk.');
  }
  return ctx.db.transaction(async (tx) => {
    const link = await issuePasswordLink(tx, {
      municipalityCode: actor.municipalityCode,
      staffId,
      purpose: 'reset',
      createdById: actor.id,
      now: ctx.clock(),
    });
    await access.record(tx, { action: 'update', details: { passwordLink: 'reset' } });
    return link;
  });
}
