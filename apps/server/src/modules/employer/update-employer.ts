import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { presentEmployer } from './employer.presenter.ts';
import { employerRepository } from './employer.repository.ts';
import type { EmployerPatchBody } from './employer.schemas.ts';
import { checkEmployerFields, duplicateOrgnr, employerColumns, normalizeOrgnr } from './employer-fields.ts';

/** Changes some fields of an employer (optimistic: a stale `version` → 409). */
export async function updateEmployer(
  ctx: AppContext,
  { actor, meta, employerId, body }: Caller & { employerId: string; body: EmployerPatchBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'employer', employerId },
    reason: 'employer.update',
  });
  if (!(await employerRepository.find(ctx.db, actor.municipalityCode, employerId))) throw problems.notFound();
  const { version, ...rest } = body;
  const organisationsnummer = normalizeOrgnr(ctx, rest.organisationsnummer);
  await checkEmployerFields(ctx.db, actor.municipalityCode, rest);
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await employerRepository.update(
        tx,
        actor.municipalityCode,
        employerId,
        version,
        { ...employerColumns(rest), ...(organisationsnummer !== undefined ? { organisationsnummer } : {}) },
        ctx.clock(),
      );
      if (!row) throw problems.stale('arbetsgivaren');
      await access.record(tx, { action: 'update', details: { fields: Object.keys(rest).join(',') } });
      return presentEmployer(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateOrgnr();
    throw error;
  }
}
