import { classifyExit, verificationDueDate } from '@arbetsbro/kolada';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { employerRepository } from '../employer/employer.repository.ts';
import { enrolmentRepository } from '../enrolment/enrolment.repository.ts';
import { followUpRepository } from '../follow-up/follow-up.repository.ts';
import {
  accessEnrolment,
  type FieldError,
  invalid,
  staleVersion,
  today,
} from '../participant/case-access.ts';
import { presentParticipantDetail } from '../participant/participant.presenter.ts';
import { participantRepository } from '../participant/participant.repository.ts';
import type { ExitBody } from '../participant/participant.schemas.ts';
import { vocabularyCheck } from '../participant/vocabulary-check.ts';
import { toEnrolmentExit } from './exit.presenter.ts';

/** How far ahead a job may start and still be recorded as the exit (an offer signed, start next month). */
const MAX_JOB_START_AHEAD_DAYS = 92;

function addDays(iso: string, days: number) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Avslut in Kolada's categories. A regular job (not kommunal arbetsmarknadsanställning) gets a
 * follow-up one month after the start; the exit counts as A only once that follow-up says the job
 * held (classifyExit). Re-enrolment later is a new period.
 */
export async function registerExit(
  ctx: AppContext,
  actor: StaffActor,
  enrolmentId: string,
  body: ExitBody,
  meta: RequestMeta,
) {
  const target = { entityType: 'enrolment', entityId: enrolmentId, reason: 'enrolment.exit' };
  const current = await accessEnrolment(ctx, actor, enrolmentId, 'write', target, meta);
  if (current.exitDate) throw problems.conflict('Inskrivningen är redan avslutad.');
  const todayIso = today(ctx);
  const errors: FieldError[] = [];
  if (body.date < current.enrolledAt)
    errors.push({ path: 'date', message: 'Avslutsdatum kan inte vara före inskrivningsdatum.' });
  if (body.date > todayIso)
    errors.push({ path: 'date', message: 'Avslutsdatum kan inte ligga i framtiden.' });
  const job = body.category === 'work' ? body.employment : undefined;
  const studies = body.category === 'studies' ? body.studies : undefined;
  let employerName = job?.employerName ?? null;
  if (job) {
    if (job.startDate < current.enrolledAt)
      errors.push({
        path: 'employment.startDate',
        message: 'Anställningen kan inte ha börjat före inskrivningen.',
      });
    if (job.startDate > addDays(todayIso, MAX_JOB_START_AHEAD_DAYS))
      errors.push({
        path: 'employment.startDate',
        message: 'Startdatum ligger för långt fram (högst tre månader).',
      });
    if (job.employerId) {
      const found = await employerRepository.find(ctx.db, actor.municipalityCode, job.employerId);
      if (!found) errors.push({ path: 'employment.employerId', message: 'Arbetsgivaren finns inte.' });
      else employerName = found.name;
    }
    if (job.occupationId) {
      const check = vocabularyCheck(ctx);
      check.occupation(job.occupationId, 'employment.occupationId');
      errors.push(...check.errors);
    }
    if (job.kind !== 'subsidised' && job.subsidy)
      errors.push({ path: 'employment.subsidy', message: 'Stödform gäller bara anställning med stöd.' });
  }
  if (errors.length > 0) throw invalid(errors);

  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    const row = await enrolmentRepository.update(
      tx,
      actor.municipalityCode,
      enrolmentId,
      body.version,
      {
        exitDate: body.date,
        exitCategory: body.category,
        exitEmploymentKind: job?.kind ?? null,
        exitEmploymentStart: job?.startDate ?? null,
        exitEmployerId: job?.employerId ?? null,
        exitEmployerName: employerName,
        exitOccupationId: job?.occupationId ?? null,
        exitSubsidy: job?.subsidy ?? null,
        exitHeldOneMonth: null,
        exitStudiesKind: studies?.kind ?? null,
        exitStudentFinanceEligible: studies?.studentFinanceEligible ?? null,
        exitStudiesProvider: studies?.provider ?? null,
        exitNote: body.note ?? null,
      },
      now,
    );
    if (!row) throw staleVersion('inskrivningen');
    const exit = toEnrolmentExit(row)!;
    const due = verificationDueDate(exit);
    if (due) {
      await followUpRepository.insert(tx, {
        municipalityCode: actor.municipalityCode,
        enrolmentId,
        kind: 'exit_verification',
        with: 'both',
        dueDate: due,
        employerId: job?.employerId ?? null,
        purpose: 'Kontrollera att anställningen varat en sammanhängande månad.',
        createdAt: now,
        createdById: actor.id,
      });
    }
    await ctx.audit.record(
      tx,
      actor,
      {
        action: 'update',
        entityType: 'enrolment',
        entityId: enrolmentId,
        reason: 'enrolment.exit',
        details: { category: body.category, kolada: classifyExit(exit).category, verificationDue: due },
      },
      meta,
    );
  });
  const person = (await participantRepository.find(ctx.db, actor.municipalityCode, current.participantId))!;
  return presentParticipantDetail(ctx.db, actor, person, todayIso);
}
