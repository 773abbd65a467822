import { ageAt, parsePersonnummer } from '@arbetsbro/identity';
import { requireAccess } from '../../access/index.ts';
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
  const age = ageAt(pnr.birthDate, enrolledAt ?? todayIso);
  const units = await unitRepository.list(ctx.db, actor.municipalityCode);
  const open = access.participantId
    ? await enrolmentRepository.findOpen(ctx.db, actor.municipalityCode, access.participantId)
    : undefined;
  return {
    valid: true,
    errors: [],
    kind: pnr.kind,
    birthDate: pnr.birthDate,
    age,
    suggestedUnitId: routeByAge(units, age)?.id ?? null,
    knownPerson: access.participantId !== null,
    hasOpenEnrolment: Boolean(open),
  };
}
