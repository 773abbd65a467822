import { ageAt, parsePersonnummer } from '@arbetsbro/identity';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { isCoachOfUnit } from '../caseload/staff-lookup.ts';
import { enrolmentRepository } from '../enrolment/enrolment.repository.ts';
import { unitRepository } from '../unit/unit.repository.ts';
import { type FieldError, invalid, requireCaseRole, today } from './case-access.ts';
import { isUniqueViolation } from './db-errors.ts';
import { presentParticipantDetail } from './participant.presenter.ts';
import { participantRepository } from './participant.repository.ts';
import type { IntakeBody, Profile } from './participant.schemas.ts';
import { routeByAge } from './routing.ts';
import { checkProfile } from './vocabulary-check.ts';

const target = (reason: string) => ({ entityType: 'participant', reason });

/** Checks a personnummer before the intake form is filled in: valid? which unit? already known? */
export async function intakeCheck(
  ctx: AppContext,
  actor: StaffActor,
  input: { personnummer: string; enrolledAt?: string | undefined },
  meta: RequestMeta,
) {
  await requireCaseRole(ctx, actor, 'write', target('participant.intake_check'), meta);
  const day = input.enrolledAt ?? today(ctx);
  const parsed = parsePersonnummer(input.personnummer, { today: today(ctx) });
  if (!parsed.ok) {
    return {
      valid: false,
      errors: [{ path: 'personnummer', message: parsed.error.message }],
      kind: null,
      birthDate: null,
      age: null,
      suggestedUnitId: null,
      knownPerson: false,
      hasOpenEnrolment: false,
    };
  }
  const pnr = parsed.value;
  const age = ageAt(pnr.birthDate, day);
  const units = await unitRepository.list(ctx.db, actor.municipalityCode);
  const known = await participantRepository.findByPersonnummer(
    ctx.db,
    actor.municipalityCode,
    pnr.normalized,
  );
  const open = known
    ? await enrolmentRepository.findOpen(ctx.db, actor.municipalityCode, known.id)
    : undefined;
  // Looking a personnummer up is a read of personal data, even when nothing is found.
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'read',
      entityType: 'participant',
      entityId: known?.id ?? null,
      reason: 'participant.intake_check',
      details: { known: Boolean(known) },
    },
    meta,
  );
  return {
    valid: true,
    errors: [],
    kind: pnr.kind,
    birthDate: pnr.birthDate,
    age,
    suggestedUnitId: routeByAge(units, age)?.id ?? null,
    knownPerson: Boolean(known),
    hasOpenEnrolment: Boolean(open),
  };
}

/** Intake: a new person, or a new period for a known one (same person, linked by personnummer). */
export async function intake(ctx: AppContext, actor: StaffActor, body: IntakeBody, meta: RequestMeta) {
  await requireCaseRole(ctx, actor, 'write', target('participant.intake'), meta);
  const now = ctx.clock();
  const todayIso = today(ctx);
  const errors: FieldError[] = [];
  const parsed = parsePersonnummer(body.personnummer, { today: todayIso });
  if (!parsed.ok) throw invalid([{ path: 'personnummer', message: parsed.error.message }]);
  const pnr = parsed.value;

  if (body.enrolledAt > todayIso)
    errors.push({ path: 'enrolledAt', message: 'Inskrivningsdatum kan inte ligga i framtiden.' });
  if (body.enrolledAt < pnr.birthDate)
    errors.push({ path: 'enrolledAt', message: 'Inskrivningsdatum kan inte vara före födelsedatum.' });
  if (body.afRegisteredSince && body.afRegisteredSince > todayIso)
    errors.push({ path: 'afRegisteredSince', message: 'Datumet kan inte ligga i framtiden.' });
  if (body.afRegisteredSince && body.afRegisteredSince < pnr.birthDate)
    errors.push({ path: 'afRegisteredSince', message: 'Datumet kan inte vara före födelsedatum.' });
  if (body.profile) errors.push(...checkProfile(ctx, body.profile));

  const age = ageAt(pnr.birthDate, body.enrolledAt);
  const units = await unitRepository.list(ctx.db, actor.municipalityCode);
  let unitId = body.unitId;
  if (unitId) {
    if (!actor.unitIds.includes(unitId))
      errors.push({ path: 'unitId', message: 'Du kan bara skriva in deltagare i dina egna enheter.' });
  } else {
    const routed = routeByAge(units, age);
    if (!routed)
      errors.push({ path: 'unitId', message: 'Ingen enhet tar emot deltagare i den åldern. Välj enhet.' });
    else if (!actor.unitIds.includes(routed.id))
      errors.push({
        path: 'unitId',
        message: `Deltagaren hör åldersmässigt till ${routed.name}, som du inte arbetar i. Välj enhet eller låt enheten skriva in.`,
      });
    else unitId = routed.id;
  }
  const coachId = body.coachId === undefined ? actor.id : body.coachId;
  if (coachId && unitId && !(await isCoachOfUnit(ctx.db, actor.municipalityCode, coachId, unitId)))
    errors.push({ path: 'coachId', message: 'Coachen arbetar inte i den valda enheten.' });
  if (errors.length > 0 || !unitId) throw invalid(errors);

  const contact = body.contact ?? {};
  try {
    const participantId = await ctx.db.transaction(async (tx) => {
      let person = await participantRepository.findByPersonnummer(tx, actor.municipalityCode, pnr.normalized);
      const reenrolment = Boolean(person);
      if (person) {
        if (await enrolmentRepository.findOpen(tx, actor.municipalityCode, person.id))
          throw problems.conflict(
            'Personen har redan en pågående inskrivning. Avsluta den först eller kontakta ansvarig chef.',
          );
        // Name and contact details from the new intake are the newest we have.
        person = await participantRepository.update(
          tx,
          actor.municipalityCode,
          person.id,
          person.version,
          {
            firstName: body.firstName,
            lastName: body.lastName,
            ...(body.contact ? contactColumns(contact) : {}),
          },
          now,
        );
        if (!person) throw problems.conflict('Någon annan har ändrat deltagaren. Ladda om och försök igen.');
      } else {
        const { adaptations, adaptationsNote, ...profile } = normalizeProfile(body.profile ?? {});
        person = await participantRepository.insert(tx, {
          municipalityCode: actor.municipalityCode,
          personnummer: pnr.normalized,
          personnummerKind: pnr.kind,
          birthDate: pnr.birthDate,
          firstName: body.firstName,
          lastName: body.lastName,
          ...contactColumns(contact),
          profile,
          adaptations,
          adaptationsNote: adaptationsNote ?? null,
          createdAt: now,
          updatedAt: now,
        });
        await ctx.audit.record(
          tx,
          actor,
          { action: 'create', entityType: 'participant', entityId: person.id, reason: 'participant.intake' },
          meta,
        );
      }
      const enrolment = await enrolmentRepository.insert(tx, {
        municipalityCode: actor.municipalityCode,
        participantId: person.id,
        unitId,
        coachId: coachId ?? null,
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
        municipalityCode: actor.municipalityCode,
        enrolmentId: enrolment.id,
        coachId: coachId ?? null,
        assignedById: actor.id,
        at: now,
      });
      await ctx.audit.record(
        tx,
        actor,
        {
          action: 'create',
          entityType: 'enrolment',
          entityId: enrolment.id,
          reason: 'participant.intake',
          details: { participantId: person.id, unitId, reenrolment },
        },
        meta,
      );
      return person.id;
    });
    const row = (await participantRepository.find(ctx.db, actor.municipalityCode, participantId))!;
    return presentParticipantDetail(ctx.db, actor, row, todayIso);
  } catch (error) {
    // Two intakes of the same person at the same moment: the unique indexes decide, say it clearly.
    if (isUniqueViolation(error))
      throw problems.conflict('Personen skrevs just in av någon annan. Ladda om och försök igen.');
    throw error;
  }
}

export function contactColumns(contact: NonNullable<IntakeBody['contact']>) {
  return {
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    address: contact.address ?? null,
    preferredLanguage: contact.preferredLanguage ?? null,
  };
}

/** A complete profile document from a partial one (defaults for what the coach has not filled in). */
export function normalizeProfile(p: Partial<Profile>): Profile {
  return {
    occupations: p.occupations ?? [],
    wishedOccupations: p.wishedOccupations ?? [],
    interests: p.interests ?? [],
    interestsNote: p.interestsNote ?? null,
    skills: [...new Set(p.skills ?? [])],
    licences: [...new Set(p.licences ?? [])],
    languages: p.languages ?? [],
    educations: p.educations ?? [],
    municipality: p.municipality ?? null,
    postcode: p.postcode ? p.postcode.replace(' ', '') : null,
    maxCommuteKm: p.maxCommuteKm ?? null,
    hasCar: p.hasCar ?? null,
    availableFrom: p.availableFrom ?? null,
    extentPercent: p.extentPercent ?? null,
    shifts: p.shifts ?? null,
    weekends: p.weekends ?? null,
    adaptations: [...new Set(p.adaptations ?? [])],
    adaptationsNote: p.adaptationsNote ?? null,
  };
}
