import { classifyExit, verificationDueDate } from '@arbetsbro/kolada';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import {
  caseFileAfterWrite,
  type EnrolmentRow,
  enrolmentRepository,
  today,
  toEnrolmentExit,
} from '../case/index.ts';
import { employerRepository } from '../employer/index.ts';
import { type FollowUpRow, followUpRepository } from '../follow-up/index.ts';
import { type InterventionRow, interventionRepository } from '../intervention/index.ts';
import { vocabularyCheck } from '../reference/index.ts';
import type { ExitBody } from './exit.schemas.ts';

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
  { actor, meta, enrolmentId, body }: Caller & { enrolmentId: string; body: ExitBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'enrolment.exit',
  });
  const current = access.enrolment;
  if (current.exitDate) throw problems.conflict('Inskrivningen är redan avslutad.');
  const employerName = await checkExit(ctx, actor.municipalityCode, current, body);
  const open = await openItemsToClose(ctx, current, body);
  await ctx.db.transaction(async (tx) => {
    await closeOpenItems(tx, { actorId: actor.id, exitDate: body.date, now: ctx.clock(), ...open });
    const due = await writeExit(tx, {
      ctx,
      municipalityCode: actor.municipalityCode,
      actorId: actor.id,
      enrolmentId,
      body,
      employerName,
    });
    await access.record(tx, {
      action: 'update',
      details: {
        category: body.category,
        kolada: due.kolada,
        verificationDue: due.date,
        endedInterventions: open.interventions.length,
        cancelledFollowUps: open.followUps.length,
      },
    });
  });
  return caseFileAfterWrite(ctx, {
    actor,
    participantId: current.participantId,
    relationship: access.relationship,
  });
}

/**
 * The open interventions and follow-ups the coach chose to end with the exit (400 on an id that
 * is not an open item of this period). The others are kept as they are.
 */
async function openItemsToClose(ctx: AppContext, current: EnrolmentRow, body: ExitBody) {
  const ids = body.close ?? { interventionIds: [], followUpIds: [] };
  if (ids.interventionIds.length === 0 && ids.followUpIds.length === 0)
    return { interventions: [], followUps: [] };
  const code = current.municipalityCode;
  const interventions = (await interventionRepository.listForEnrolment(ctx.db, code, current.id))
    .map((r) => r.intervention)
    .filter((i) => ids.interventionIds.includes(i.id));
  const followUps = (await followUpRepository.listForEnrolment(ctx.db, code, current.id))
    .map((r) => r.followUp)
    .filter((f) => ids.followUpIds.includes(f.id));
  const errors: FieldError[] = [];
  if (
    interventions.length !== new Set(ids.interventionIds).size ||
    interventions.some((i) => i.status !== 'planned' && i.status !== 'active')
  )
    errors.push({
      path: 'close.interventionIds',
      message: 'Insatsen är inte en pågående eller planerad insats i perioden.',
    });
  if (
    followUps.length !== new Set(ids.followUpIds).size ||
    followUps.some((f) => f.doneAt !== null || f.cancelledAt !== null)
  )
    errors.push({
      path: 'close.followUpIds',
      message: 'Uppföljningen är inte en öppen uppföljning i perioden.',
    });
  if (errors.length > 0) throw problems.invalid(errors);
  return { interventions, followUps };
}

/**
 * Ends what the exit closes: a planned intervention is cancelled, an ongoing one completed on the
 * exit date (its end date moved forward to it if later); follow-ups are cancelled with the exit as reason.
 */
async function closeOpenItems(
  tx: Db,
  input: {
    actorId: string;
    exitDate: string;
    now: Date;
    interventions: InterventionRow[];
    followUps: FollowUpRow[];
  },
) {
  for (const i of input.interventions) {
    const values =
      i.status === 'planned'
        ? { status: 'cancelled' }
        : {
            status: 'completed',
            endDate: i.endDate && i.endDate < input.exitDate ? i.endDate : input.exitDate,
          };
    const done = await interventionRepository.update(tx, i.municipalityCode, i.id, i.version, values);
    if (!done) throw problems.stale('insatsen');
  }
  for (const f of input.followUps) {
    const done = await followUpRepository.update(tx, f.municipalityCode, f.id, f.version, {
      cancelledAt: input.now,
      cancelledById: input.actorId,
      cancelReason: `Inskrivningen avslutades ${input.exitDate}.`,
    });
    if (!done) throw problems.stale('uppföljningen');
  }
}

/** Every problem with the exit at once; returns the employer's name as recorded on the exit. */
export async function checkExit(
  ctx: AppContext,
  municipalityCode: string,
  current: EnrolmentRow,
  body: Omit<ExitBody, 'close'>,
): Promise<string | null> {
  const todayIso = today(ctx);
  const errors: FieldError[] = [];
  if (body.date < current.enrolledAt)
    errors.push({ path: 'date', message: 'Avslutsdatum kan inte vara före inskrivningsdatum.' });
  if (body.date > todayIso)
    errors.push({ path: 'date', message: 'Avslutsdatum kan inte ligga i framtiden.' });
  const job = body.category === 'work' ? body.employment : undefined;
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
      const found = await employerRepository.find(ctx.db, municipalityCode, job.employerId);
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
  if (errors.length > 0) throw problems.invalid(errors);
  return employerName;
}

/** The period's exit columns from an exit (registered or corrected); not exitHeldOneMonth. */
export function exitColumns(body: Omit<ExitBody, 'close' | 'version'>, employerName: string | null) {
  const job = body.category === 'work' ? body.employment : undefined;
  const studies = body.category === 'studies' ? body.studies : undefined;
  return {
    exitDate: body.date,
    exitCategory: body.category,
    exitEmploymentKind: job?.kind ?? null,
    exitEmploymentStart: job?.startDate ?? null,
    exitEmployerId: job?.employerId ?? null,
    exitEmployerName: employerName,
    exitOccupationId: job?.occupationId ?? null,
    exitSubsidy: job?.subsidy ?? null,
    exitStudiesKind: studies?.kind ?? null,
    exitStudentFinanceEligible: studies?.studentFinanceEligible ?? null,
    exitStudiesProvider: studies?.provider ?? null,
    exitNote: body.note ?? null,
  };
}

/** Closes the period and schedules the one-month verification of a regular job (inside `tx`; throws 409 when stale). */
export async function writeExit(
  tx: Db,
  input: {
    ctx: AppContext;
    municipalityCode: string;
    /** Null when the employer's answer on a link made it. */
    actorId: string | null;
    enrolmentId: string;
    body: ExitBody;
    employerName: string | null;
  },
) {
  const { ctx, municipalityCode, actorId, enrolmentId, body, employerName } = input;
  const job = body.category === 'work' ? body.employment : undefined;
  const now = ctx.clock();
  const row = await enrolmentRepository.update(
    tx,
    municipalityCode,
    enrolmentId,
    body.version,
    { ...exitColumns(body, employerName), exitHeldOneMonth: null, exitRecordedAt: now },
    now,
  );
  if (!row) throw problems.stale('inskrivningen');
  const exit = toEnrolmentExit(row)!;
  const date = verificationDueDate(exit);
  if (date) {
    await followUpRepository.insert(tx, {
      municipalityCode,
      enrolmentId,
      kind: 'exit_verification',
      with: 'both',
      dueDate: date,
      employerId: job?.employerId ?? null,
      purpose: 'Kontrollera att anställningen varat en sammanhängande månad.',
      createdAt: now,
      createdById: actorId,
    });
  }
  return { date, kolada: classifyExit(exit).category };
}
