import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type StaffRole, staffRoles } from '../../db/schema/index.ts';
import { problems } from '../../http/problem.ts';
import type { Actor, RequestMeta } from '../auth/index.ts';
import { assertPasswordStrength, hashPassword } from '../auth/index.ts';
import { unitRepository } from '../unit/index.ts';
import { staffRepository } from './staff.repository.ts';
import { Username } from './staff.schemas.ts';

export const CreateStaffUserInput = z.object({
  username: Username,
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(staffRoles),
  password: z.string(),
  /** Unit names or ids. */
  units: z.array(z.string()).default([]),
});

/**
 * Creates an account with a password chosen up front: the CLI (`arbetsbro user create`), the demo
 * data and tests (the system actor). In the web app an administrator uses `createAccount`, which
 * hands out a one-time link instead.
 */
export async function createStaffUser(
  ctx: AppContext,
  actor: Actor,
  input: z.input<typeof CreateStaffUserInput>,
  meta: RequestMeta = { requestId: null },
  options: { skipPasswordRules?: boolean } = {},
) {
  if (actor.kind === 'staff' && actor.role !== 'admin')
    throw problems.forbidden('Bara administratörer kan skapa konton.');
  const parsed = CreateStaffUserInput.safeParse(input);
  if (!parsed.success) throw problems.badRequest(parsed.error.issues.map((i) => i.message).join(' '));
  const data = parsed.data;
  if (!options.skipPasswordRules) assertPasswordStrength(data.password, data.username);
  if (await staffRepository.findByUsername(ctx.db, data.username)) {
    throw problems.conflict(`Användarnamnet ${data.username} är upptaget.`);
  }
  const units = await unitRepository.list(ctx.db, actor.municipalityCode);
  const unitIds = data.units.map((ref) => {
    const found = units.find((u) => u.id === ref || u.name.toLowerCase() === ref.trim().toLowerCase());
    if (!found)
      throw problems.badRequest(
        `Enheten "${ref}" finns inte. Enheter: ${units.map((u) => u.name).join(', ') || 'inga'}.`,
      );
    return found.id;
  });
  const passwordHash = await hashPassword(data.password);
  return ctx.db.transaction(async (tx) => {
    const created = await staffRepository.insert(
      tx,
      {
        municipalityCode: actor.municipalityCode,
        username: data.username,
        displayName: data.displayName,
        role: data.role as StaffRole,
        passwordHash,
      },
      unitIds,
    );
    await ctx.audit.record(
      tx,
      actor,
      {
        action: 'create',
        entityType: 'staff_user',
        entityId: created.id,
        reason: 'staff.create',
        details: { role: data.role },
      },
      meta,
    );
    return { id: created.id, username: created.username, role: created.role, unitIds };
  });
}
