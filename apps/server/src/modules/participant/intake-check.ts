import { ageAt, implausibleAgeMessage, parsePersonnummer } from '@arbetsbro/identity';
import { mayHandOverIntake, requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { enrolmentRepository, today } from '../case/index.ts';
import { unitRepository } from '../unit/index.ts';
import { routeByAge } from './routing.ts';

/**
 * Checks a personnummer before the intake form is filled in: valid? which unit by age? already
 * known? Looking a number up is a read of that person's data, audited even when nothing is found.
 */
export async function intakeCheck(
  ctx: AppContext,
  {
    actor,
    meta,
    personnummer,
    enrolledAt,
  }: Caller & { personnummer: string; enrolledAt?: string | undefined },
) {
  const todayIso = today(ctx);
  const parsed = parsePersonnummer(personnummer, { today: todayIso });
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'intake', ...(parsed.ok ? { personnummer: parsed.value.normalized } : {}) },
    reason: 'participant.intake_check',
  });
  const day = enrolledAt ?? todayIso;
  const problem = !parsed.ok
    ? { path: 'personnummer', message: parsed.error.message }
    : parsed.value.birthDate > day
      ? { path: 'enrolledAt', message: 'Inskrivningsdatum kan inte vara före födelsedatum.' }
      : personnummerAgeProblem(parsed.value.birthDate, day);
  if (!parsed.ok || problem) {
    return {
      valid: false,
      errors: problem ? [problem] : [],
      kind: null,
      birthDate: null,
      age: null,
      suggestedUnitId: null,
      knownPerson: false,
      hasOpenEnrolment: false,
      routedUnit: null,
      mayHandOver: false,
    };
  }
  const pnr = parsed.value;
  const age = ageAt(pnr.birthDate, day);
  const units = await unitRepository.list(ctx.db, actor.municipalityCode);
  const open = access.participantId
    ? await enrolmentRepository.findOpen(ctx.db, actor.municipalityCode, access.participantId)
    : undefined;
  const routed = routeByAge(units, age);
  return {
    valid: true,
    errors: [],
    kind: pnr.kind,
    birthDate: pnr.birthDate,
    age,
    suggestedUnitId: routed?.id ?? null,
    knownPerson: access.participantId !== null,
    hasOpenEnrolment: Boolean(open),
    routedUnit: routed
      ? {
          id: routed.id,
          name: routed.name,
          minAge: routed.minAge,
          maxAge: routed.maxAge,
          ownUnit: actor.unitIds.includes(routed.id),
        }
      : null,
    mayHandOver:
      !open && routed !== undefined && mayHandOverIntake(actor.role, actor.unitIds, routed.id, routed.id),
  };
}

function personnummerAgeProblem(birthDate: string, day: string) {
  const message = implausibleAgeMessage(birthDate, day);
  return message ? { path: 'personnummer', message } : null;
}
