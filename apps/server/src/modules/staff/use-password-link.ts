import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { RequestMeta } from '../auth/index.ts';
import { assertPasswordStrength, hashPassword, sessionsChanged } from '../auth/index.ts';
import { hashLinkToken } from './password-link.ts';
import { passwordLinkRepository, staffRepository } from './staff.repository.ts';

// The public side of a one-time link (no login: the token is the proof). An unknown, used or
// expired link, or one of a deactivated account, all get the same answer.

const unusable = () =>
  problems.notFound(
    'Länken går inte att använda: den har redan använts, har gått ut eller har ersatts av en nyare. Be administratören om en ny länk.',
  );

/** Whose link it is, so the page can greet the person and name the username they log in with. */
export async function readPasswordLink(ctx: AppContext, { token }: { token: string }) {
  const found = await passwordLinkRepository.findUsable(ctx.db, hashLinkToken(token), ctx.clock());
  if (!found) throw unusable();
  return {
    username: found.staff.username,
    displayName: found.staff.displayName,
    purpose: found.link.purpose,
    expiresAt: found.link.expiresAt.toISOString(),
  };
}

/**
 * Sets the account's password from a one-time link (the usual strength rules, errors on
 * `newPassword`), uses up the link and ends every session of the account.
 */
export async function usePasswordLink(
  ctx: AppContext,
  { token, newPassword, meta }: { token: string; newPassword: string; meta: RequestMeta },
) {
  const tokenHash = hashLinkToken(token);
  const now = ctx.clock();
  const found = await passwordLinkRepository.findUsable(ctx.db, tokenHash, now);
  if (!found) throw unusable();
  const { staff, link } = found;
  assertPasswordStrength(newPassword, staff.username);
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    if (!(await passwordLinkRepository.markUsed(tx, tokenHash, now))) throw unusable();
    await staffRepository.updatePassword(tx, staff.municipalityCode, staff.id, passwordHash, now);
    await staffRepository.deleteSessions(tx, staff.municipalityCode, staff.id);
    await passwordLinkRepository.deleteUnused(tx, staff.municipalityCode, staff.id);
    await ctx.audit.record(
      tx,
      {
        kind: 'staff',
        id: staff.id,
        username: staff.username,
        displayName: staff.displayName,
        role: staff.role,
        municipalityCode: staff.municipalityCode,
        unitIds: [],
      },
      {
        action: 'update',
        entityType: 'staff_user',
        entityId: staff.id,
        reason: 'staff.password_link_used',
        details: { purpose: link.purpose },
      },
      meta,
    );
  });
  sessionsChanged(ctx);
}
