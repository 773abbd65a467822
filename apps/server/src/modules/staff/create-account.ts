import { randomBytes } from 'node:crypto';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { hashPassword } from '../auth/index.ts';
import { checkUnitIds, loadAccount } from './accounts.ts';
import { issuePasswordLink } from './password-link.ts';
import { staffRepository } from './staff.repository.ts';
import type { AccountCreateBody } from './staff.schemas.ts';

const taken = (username: string) =>
  problems.invalid([
    { path: 'username', message: `Användarnamnet ${username} är upptaget. Välj ett annat.` },
  ]);

/**
 * Creates a staff account without a password the administrator knows: the account gets a
 * one-time link (72 h) for the person to choose their own. Returns the account and the link.
 */
export async function createAccount(
  ctx: AppContext,
  { actor, meta, body }: Caller & { body: AccountCreateBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'create',
    target: { kind: 'administration', entityType: 'staff_user' },
    reason: 'staff.create',
  });
  const unitIds = await checkUnitIds(ctx.db, actor.municipalityCode, body.role, body.unitIds);
  if (await staffRepository.findByUsername(ctx.db, body.username)) throw taken(body.username);
  // Nobody knows this password: the account can be logged in to once the link has been used.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  const now = ctx.clock();
  try {
    return await ctx.db.transaction(async (tx) => {
      const created = await staffRepository.insert(
        tx,
        {
          municipalityCode: actor.municipalityCode,
          username: body.username,
          displayName: body.displayName,
          role: body.role,
          passwordHash,
          createdAt: now,
          passwordChangedAt: now,
        },
        unitIds,
      );
      const link = await issuePasswordLink(tx, {
        municipalityCode: actor.municipalityCode,
        staffId: created.id,
        purpose: 'invite',
        createdById: actor.id,
        now,
      });
      await access.record(tx, {
        action: 'create',
        entityId: created.id,
        details: { role: body.role, units: unitIds.length },
      });
      return { account: await loadAccount(ctx, tx, actor.municipalityCode, created.id), link };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(body.username);
    throw error;
  }
}
