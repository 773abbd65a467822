import { decide, requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { staffRepository } from '../staff/index.ts';
import { presentEmployerPage } from './employer.presenter.ts';
import { employerRepository } from './employer.repository.ts';

/** The employer page: register fields, workplaces, contact persons, agreements, contact log, timeline. */
export async function getEmployer(
  ctx: AppContext,
  { actor, meta, employerId }: Caller & { employerId: string },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'employer', employerId },
    reason: 'employer.view',
  });
  const m = actor.municipalityCode;
  const employer = await employerRepository.find(ctx.db, m, employerId);
  if (!employer) throw problems.notFound();
  const [workplaces, contacts, agreements, contactLog, needs, placements] = [
    await employerRepository.workplaces(ctx.db, m, employerId),
    await employerRepository.contacts(ctx.db, m, employerId),
    await employerRepository.agreements(ctx.db, m, employerId),
    await employerRepository.contactLog(ctx.db, m, employerId),
    await employerRepository.needs(ctx.db, m, employerId),
    await employerRepository.placements(ctx.db, m, employerId),
  ];
  const liaison = employer.liaisonId
    ? await staffRepository.findById(ctx.db, m, employer.liaisonId)
    : undefined;
  return presentEmployerPage(
    {
      employer,
      liaisonName: liaison?.displayName ?? null,
      workplaces,
      contacts,
      agreements,
      contactLog,
      needs,
      placements,
    },
    today(ctx),
    decide('employer', actor.role, 'municipality', 'write') !== undefined,
  );
}
