import { ageAt, implausibleAgeMessage, type Personnummer, parsePersonnummer } from '@arbetsbro/identity';
import { type Access, denyAccess, mayHandOverIntake, requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller, StaffActor } from '../auth/index.ts';
import {
  caseFileAfterWrite,
  contactColumns,
  enrolmentRepository,
  normalizeProfile,
  type ParticipantDetail,
  participantRepository,
  today,
} from '../case/index.ts';
import { notify } from '../notification/index.ts';
import { checkProfile } from '../reference/index.ts';
import { coachesOfUnits, isCoachOfUnit } from '../staff/index.ts';
import { type UnitRow, unitRepository } from '../unit/index.ts';
import type { IntakeBody, IntakeHandOverResponse } from './participant.schemas.ts';
import { routeByAge } from './routing.ts';

/**
 * Intake: a new person, or a new period for a known one (same person, linked by personnummer).
 * Steps: access → parse and check the facts → choose unit and coach → write person and period
 * in one transaction. Throws 400 with every field's problem, 409 when the person has an open period.
 *
 * With `handOver`, the intake is a referral to the unit the age rule routes the person to, when
 * that is not one of the coach's units: the period is opened there without a coach (the unit's
 * "Ej tilldelade"), the unit's coaches are notified, and the answer carries no case file — the
 * coach who handed over has no access to it. The access layer decides who may hand over where.
 */
export async function intake(
  ctx: AppContext,
  { actor, meta, body }: Caller & { body: IntakeBody },
): Promise<ParticipantDetail | IntakeHandOverResponse> {
  const request = {
    actor,
    meta,
    action: 'write' as const,
    target: { kind: 'intake' as const },
    reason: 'participant.intake',
  };
  const access = await requireAccess(ctx, request);
  const todayIso = today(ctx);
  const parsed = parsePersonnummer(body.personnummer, { today: todayIso });
  if (!parsed.ok) throw problems.invalid([{ path: 'personnummer', message: parsed.error.message }]);
  const pnr = parsed.value;
  // Before the birth date there is no age to route by (that date is an error below).
  const age = body.enrolledAt >= pnr.birthDate ? ageAt(pnr.birthDate, body.enrolledAt) : null;
  const units = await unitRepository.list(ctx.db, actor.municipalityCode);
  const routed = age === null ? undefined : routeByAge(units, age);
  if (body.handOver) await checkHandOver(ctx, request, body, routed);
  const errors = [
    ...checkDates(body, pnr.birthDate, todayIso),
    ...(body.profile ? checkProfile(ctx, body.profile) : []),
  ];
  const placement = body.handOver
    ? handOverPlacement(body, routed)
    : await chooseUnitAndCoach(ctx, actor, body, age, routed);
  errors.push(...placement.errors);
  if (errors.length > 0 || !placement.unitId) throw problems.invalid(errors);
  const { unitId, coachId } = placement;
  try {
    const participantId = await ctx.db.transaction(async (tx) => {
      const id = await writeIntake(tx, { ctx, actor, access, body, pnr, unitId, coachId });
      if (body.handOver) await notifyHandOver(tx, { actor, units, unitId, participantId: id });
      return id;
    });
    if (body.handOver) {
      const coaches = await coachesOfUnits(ctx.db, actor.municipalityCode, [unitId]);
      const unit = units.find((u) => u.id === unitId)!;
      return { handedOver: true, unit: { id: unit.id, name: unit.name }, notified: coaches.length };
    }
    return caseFileAfterWrite(ctx, { actor, participantId, relationship: 'current' });
  } catch (error) {
    // Two intakes of the same person at the same moment: the unique indexes decide, say it clearly.
    if (isUniqueViolation(error))
      throw problems.conflict('Personen skrevs just in av någon annan. Ladda om och försök igen.');
    throw error;
  }
}

/**
 * The access layer's rule for a hand-over (mayHandOverIntake): only to the unit the age rule
 * routes the person to, and only when it is not one of the coach's own. Refused → 403, audited.
 */
async function checkHandOver(
  ctx: AppContext,
  request: Parameters<typeof denyAccess>[1],
  body: IntakeBody,
  routed: UnitRow | undefined,
) {
  const unitId = body.unitId ?? routed?.id;
  if (unitId && mayHandOverIntake(request.actor.role, request.actor.unitIds, routed?.id ?? null, unitId))
    return;
  const message = !routed
    ? 'Ingen enhet tar emot deltagare i den åldern, så inskrivningen kan inte lämnas över.'
    : request.actor.unitIds.includes(routed.id)
      ? `Deltagaren hör till ${routed.name}, som är din egen enhet: skriv in deltagaren själv.`
      : `En inskrivning kan bara lämnas över till den enhet åldersregeln anger: ${routed.name}.`;
  await denyAccess(
    ctx,
    { ...request, reason: 'participant.intake_hand_over' },
    'hand_over:not_age_unit',
    message,
  );
}

/** A handed-over period: in the routed unit, without a coach (that unit assigns one). */
function handOverPlacement(body: IntakeBody, routed: UnitRow | undefined) {
  const errors: FieldError[] = [];
  if (body.coachId)
    errors.push({
      path: 'coachId',
      message: 'En överlämnad inskrivning får ingen coach: den mottagande enheten fördelar den.',
    });
  return { unitId: routed?.id, coachId: null, errors };
}

/** Tells the receiving unit's coaches, in the same transaction: who handed over, from which unit. */
async function notifyHandOver(
  tx: Db,
  input: { actor: StaffActor; units: readonly UnitRow[]; unitId: string; participantId: string },
) {
  const { actor, units, unitId, participantId } = input;
  const m = actor.municipalityCode;
  const to = units.find((u) => u.id === unitId)!;
  const from = units
    .filter((u) => actor.unitIds.includes(u.id))
    .map((u) => u.name)
    .join(', ');
  for (const coach of await coachesOfUnits(tx, m, [unitId])) {
    await notify(tx, {
      municipalityCode: m,
      staffId: coach.id,
      kind: 'intake.handed_over',
      text: `${actor.displayName}${from ? ` (${from})` : ''} har lämnat över en inskrivning till ${to.name}. Personen står under Ej tilldelade.`,
      link: `/deltagare/${participantId}`,
    });
  }
}

/** Dates must lie between the birth date and today. */
function checkDates(body: IntakeBody, birthDate: string, todayIso: string): FieldError[] {
  const errors: FieldError[] = [];
  if (body.enrolledAt > todayIso)
    errors.push({ path: 'enrolledAt', message: 'Inskrivningsdatum kan inte ligga i framtiden.' });
  if (body.enrolledAt < birthDate)
    errors.push({ path: 'enrolledAt', message: 'Inskrivningsdatum kan inte vara före födelsedatum.' });
  else {
    const implausible = implausibleAgeMessage(birthDate, body.enrolledAt);
    if (implausible) errors.push({ path: 'personnummer', message: implausible });
  }
  if (body.afRegisteredSince && body.afRegisteredSince > todayIso)
    errors.push({ path: 'afRegisteredSince', message: 'Datumet kan inte ligga i framtiden.' });
  if (body.afRegisteredSince && body.afRegisteredSince < birthDate)
    errors.push({ path: 'afRegisteredSince', message: 'Datumet kan inte vara före födelsedatum.' });
  return errors;
}

/** The unit (given, or routed by age among the actor's units) and the coach (default: the actor). */
async function chooseUnitAndCoach(
  ctx: AppContext,
  actor: StaffActor,
  body: IntakeBody,
  age: number | null,
  routed: UnitRow | undefined,
) {
  const errors: FieldError[] = [];
  let unitId = body.unitId;
  if (unitId) {
    if (!actor.unitIds.includes(unitId))
      errors.push({ path: 'unitId', message: 'Du kan bara skriva in deltagare i dina egna enheter.' });
  } else if (age !== null) {
    if (!routed)
      errors.push({ path: 'unitId', message: 'Ingen enhet tar emot deltagare i den åldern. Välj enhet.' });
    else if (!actor.unitIds.includes(routed.id))
      errors.push({
        path: 'unitId',
        message: `Deltagaren hör åldersmässigt till ${routed.name}, som du inte arbetar i. Välj enhet eller lämna över inskrivningen till ${routed.name}.`,
      });
    else unitId = routed.id;
  }
  const coachId = body.coachId === undefined ? actor.id : body.coachId;
  if (coachId && unitId && !(await isCoachOfUnit(ctx.db, actor.municipalityCode, coachId, unitId)))
    errors.push({ path: 'coachId', message: 'Coachen arbetar inte i den valda enheten.' });
  return { unitId, coachId, errors };
}

/** Person (new, or the known one updated) and the new period with its first coach assignment. */
async function writeIntake(
  tx: Db,
  input: {
    ctx: AppContext;
    actor: StaffActor;
    access: Access<'intake'>;
    body: IntakeBody;
    pnr: Personnummer;
    unitId: string;
    coachId: string | null;
  },
): Promise<string> {
  const { ctx, actor, access, body, pnr, unitId, coachId } = input;
  const m = actor.municipalityCode;
  const now = ctx.clock();
  let person = await participantRepository.findByPersonnummer(tx, m, pnr.normalized);
  const reenrolment = Boolean(person);
  if (person) {
    if (await enrolmentRepository.findOpen(tx, m, person.id))
      throw problems.conflict(
        'Personen har redan en pågående inskrivning. Avsluta den först eller kontakta ansvarig chef.',
      );
    // Name and contact details from the new intake are the newest we have.
    person = await participantRepository.update(
      tx,
      m,
      person.id,
      person.version,
      {
        firstName: body.firstName,
        lastName: body.lastName,
        ...(body.contact ? contactColumns(body.contact) : {}),
      },
      now,
    );
    if (!person) throw problems.stale('deltagaren');
  } else {
    const { adaptations, adaptationsNote, ...profile } = normalizeProfile(body.profile ?? {});
    person = await participantRepository.insert(tx, {
      municipalityCode: m,
      personnummer: pnr.normalized,
      personnummerKind: pnr.kind,
      birthDate: pnr.birthDate,
      firstName: body.firstName,
      lastName: body.lastName,
      ...contactColumns(body.contact ?? {}),
      profile,
      adaptations,
      adaptationsNote: adaptationsNote ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await access.record(tx, { action: 'create', entityType: 'participant', entityId: person.id });
  }
  const enrolment = await enrolmentRepository.insert(tx, {
    municipalityCode: m,
    participantId: person.id,
    unitId,
    coachId,
    enrolledAt: body.enrolledAt,
    referralSource: body.referralSource,
    educationLevel: body.educationLevel,
    monthsWithoutWork: body.monthsWithoutWork,
    incomeSupport: body.incomeSupport,
    afRegisteredSince: body.afRegisteredSince ?? null,
    createdAt: now,
    updatedAt: now,
  });
  await enrolmentRepository.recordAssignment(tx, {
    municipalityCode: m,
    enrolmentId: enrolment.id,
    coachId,
    assignedById: actor.id,
    at: now,
  });
  await access.record(tx, {
    action: 'create',
    entityType: 'enrolment',
    entityId: enrolment.id,
    details: { participantId: person.id, unitId, reenrolment, handOver: Boolean(body.handOver) },
  });
  return person.id;
}
