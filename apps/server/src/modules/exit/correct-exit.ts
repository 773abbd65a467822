import { classifyExit, verificationDueDate } from '@arbetsbro/kolada';
import { requireAccess, withConflictDetails } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import {
  caseFileAfterWrite,
  changedFields,
  correctionRepository,
  type EnrolmentRow,
  enrolmentRepository,
  presentExit,
  toEnrolmentExit,
} from '../case/index.ts';
import { followUpRepository } from '../follow-up/index.ts';
import { settingsRepository } from '../settings/index.ts';
import type { ExitCorrectionBody } from './exit.schemas.ts';
import { checkExit, exitColumns } from './register-exit.ts';

const DAY_MS = 86_400_000;

/** The exit's fields compared in a correction (flat, as the API's ExitView names them). */
const CORRECTED_FIELDS = [
  'date',
  'category',
  'koladaCategory',
  'employment.kind',
  'employment.startDate',
  'employment.employerName',
  'employment.occupationId',
  'employment.subsidy',
  'studies.kind',
  'studies.studentFinanceEligible',
  'studies.provider',
  'note',
] as const;

function flatExit(row: EnrolmentRow): Record<(typeof CORRECTED_FIELDS)[number], unknown> {
  const view = presentExit(row);
  return {
    date: view?.date,
    category: view?.category,
    koladaCategory: view?.koladaCategory,
    'employment.kind': view?.employment?.kind,
    'employment.startDate': view?.employment?.startDate,
    'employment.employerName': view?.employment?.employerName,
    'employment.occupationId': view?.employment?.occupationId,
    'employment.subsidy': view?.employment?.subsidy,
    'studies.kind': view?.studies?.kind,
    'studies.studentFinanceEligible': view?.studies?.studentFinanceEligible,
    'studies.provider': view?.studies?.provider,
    note: view?.note,
  };
}

/**
 * Corrects a recorded exit (category, kind of employment, dates …) with a reason; the earlier
 * values stay in the correction history and Kolada's classification follows the corrected exit.
 * A coach may correct within the municipality's `exitCorrectionDays` after the exit was recorded,
 * a manager at any time (403 with the reason otherwise). The one-month verification follows: kept
 * when the same job is still the exit, moved or started again for another job, cancelled when the
 * exit is no longer to a regular job.
 */
export async function correctExit(
  ctx: AppContext,
  { actor, meta, enrolmentId, body }: Caller & { enrolmentId: string; body: ExitCorrectionBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'correct',
    target: { kind: 'enrolment', enrolmentId },
    reason: 'enrolment.correct_exit',
  });
  const current = access.enrolment;
  if (!current.exitDate)
    throw problems.conflict('Inskrivningen är inte avslutad: det finns inget avslut att rätta.');
  if (actor.role === 'coach') await checkCoachWindow(ctx, actor.municipalityCode, current);
  const employerName = await checkExit(ctx, actor.municipalityCode, current, body);
  const later = access.periods.filter((p) => p.id !== current.id && p.enrolledAt > current.enrolledAt);
  const nextStart = later.map((p) => p.enrolledAt).sort()[0];
  if (nextStart && body.date > nextStart) {
    const errors: FieldError[] = [
      { path: 'date', message: `Personen skrevs in igen ${nextStart}: avslutet kan inte ligga efter det.` },
    ];
    throw problems.invalid(errors);
  }
  const conflict = {
    actor,
    what: 'avslutet',
    entity: { entityType: 'enrolment', entityId: enrolmentId },
    loadCurrent: () =>
      caseFileAfterWrite(ctx, {
        actor,
        participantId: current.participantId,
        relationship: access.relationship,
      }),
  };
  const now = ctx.clock();
  await withConflictDetails(ctx, conflict, () =>
    ctx.db.transaction(async (tx) => {
      const sameJob =
        body.category === 'work' &&
        current.exitCategory === 'work' &&
        body.employment?.startDate === current.exitEmploymentStart &&
        body.employment?.kind === current.exitEmploymentKind;
      const row = await enrolmentRepository.update(
        tx,
        actor.municipalityCode,
        enrolmentId,
        body.version,
        {
          ...exitColumns(body, employerName),
          // A verified job stays verified when only other details (employer's name, a note) change.
          exitHeldOneMonth: sameJob ? current.exitHeldOneMonth : null,
        },
        now,
      );
      if (!row) throw problems.stale('avslutet');
      await followVerification(tx, { actor, row, sameJob, now });
      const changes = changedFields(flatExit(current), flatExit(row), CORRECTED_FIELDS);
      if (changes.length === 0)
        throw problems.invalid([{ path: 'reason', message: 'Inget i avslutet ändrades.' }]);
      await correctionRepository.insert(tx, {
        municipalityCode: actor.municipalityCode,
        participantId: current.participantId,
        enrolmentId,
        subject: 'exit',
        subjectId: enrolmentId,
        reason: body.reason,
        changes,
        correctedById: actor.id,
        correctedAt: now,
      });
      await access.record(tx, {
        action: 'update',
        details: {
          correction: true,
          fields: changes.map((c) => c.field).join(','),
          koladaFrom: classifyExit(toEnrolmentExit(current)!).category,
          koladaTo: classifyExit(toEnrolmentExit(row)!).category,
        },
      });
    }),
  );
  return caseFileAfterWrite(ctx, {
    actor,
    participantId: current.participantId,
    relationship: access.relationship,
  });
}

async function checkCoachWindow(ctx: AppContext, municipalityCode: string, current: EnrolmentRow) {
  const { exitCorrectionDays } = await settingsRepository.get(ctx.db, municipalityCode);
  const recorded = current.exitRecordedAt ?? new Date(`${current.exitDate}T00:00:00Z`);
  const until = new Date(recorded.getTime() + exitCorrectionDays * DAY_MS);
  if (ctx.clock().getTime() > until.getTime())
    throw problems.forbidden(
      `Avslutet registrerades ${recorded.toISOString().slice(0, 10)}. Handläggare kan rätta ett avslut i ${exitCorrectionDays} dagar; därefter rättar enhetschefen det.`,
    );
}

/** Keeps the one-month verification in step with the corrected exit (inside the correction's tx). */
async function followVerification(
  tx: Db,
  input: { actor: Caller['actor']; row: EnrolmentRow; sameJob: boolean; now: Date },
) {
  const { actor, row, sameJob, now } = input;
  const existing = await followUpRepository.findVerification(tx, actor.municipalityCode, row.id);
  const due = verificationDueDate(toEnrolmentExit(row)!);
  if (!due) {
    if (existing && !existing.doneAt && !existing.cancelledAt)
      await followUpRepository.update(tx, actor.municipalityCode, existing.id, existing.version, {
        cancelledAt: now,
        cancelledById: actor.id,
        cancelReason:
          'Avslutet rättades: det är inte längre ett avslut till en anställning som ska följas upp.',
      });
    return;
  }
  if (!existing) {
    await followUpRepository.insert(tx, {
      municipalityCode: actor.municipalityCode,
      enrolmentId: row.id,
      kind: 'exit_verification',
      with: 'both',
      dueDate: due,
      employerId: row.exitEmployerId,
      purpose: 'Kontrollera att anställningen varat en sammanhängande månad.',
      createdAt: now,
      createdById: actor.id,
    });
    return;
  }
  if (sameJob && existing.doneAt) return;
  // Another job (or the same one not yet verified): due one month after its start, open again.
  await followUpRepository.update(tx, actor.municipalityCode, existing.id, existing.version, {
    dueDate: due,
    overdueSince: null,
    employerId: row.exitEmployerId,
    doneAt: null,
    doneById: null,
    outcome: null,
    jobHeld: null,
    cancelledAt: null,
    cancelledById: null,
    cancelReason: null,
  });
}
