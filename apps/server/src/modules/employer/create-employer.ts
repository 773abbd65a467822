import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Caller } from '../auth/index.ts';
import { presentEmployer } from './employer.presenter.ts';
import { employerRepository } from './employer.repository.ts';
import type { EmployerCreateBody } from './employer.schemas.ts';
import { checkEmployerFields, duplicateOrgnr, employerColumns, normalizeOrgnr } from './employer-fields.ts';

/** A new employer; a second one with the same organisation number answers 409. */
export async function createEmployer(
  ctx: AppContext,
  { actor, meta, body }: Caller & { body: EmployerCreateBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'create',
    target: { kind: 'employer' },
    reason: 'employer.create',
  });
  const organisationsnummer = normalizeOrgnr(ctx, body.organisationsnummer) ?? null;
  await checkEmployerFields(ctx.db, actor.municipalityCode, body);
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await employerRepository.insert(tx, {
        ...(employerColumns(body) as { name: string }),
        organisationsnummer,
        municipalityCode: actor.municipalityCode,
      });
      await access.record(tx, { action: 'create', entityId: row.id });
      return presentEmployer(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateOrgnr();
    throw error;
  }
}
