import { parsePersonnummer } from '@arbetsbro/identity';
import { requireAccess, withConflictDetails } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { type FieldError, problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import {
  caseFileAfterWrite,
  changedFields,
  correctionRepository,
  participantRepository,
  today,
} from '../case/index.ts';
import type { IdentityCorrectionBody } from './correction.schemas.ts';

/**
 * A person's name or personnummer entered wrongly, put right by the manager with a reason; the
 * earlier values stay in the correction history. A personnummer that another person in the
 * municipality has is refused (409): that is the same person twice, not a typo to correct here.
 */
export async function correctIdentity(
  ctx: AppContext,
  { actor, meta, participantId, body }: Caller & { participantId: string; body: IdentityCorrectionBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'correct_identity',
    target: { kind: 'participant', participantId },
    reason: 'participant.correct_identity',
  });
  const person = (await participantRepository.find(ctx.db, actor.municipalityCode, participantId))!;
  const errors: FieldError[] = [];
  let pnr: {
    personnummer: string;
    personnummerKind: 'personnummer' | 'samordningsnummer';
    birthDate: string;
  } | null = null;
  if (body.personnummer !== undefined) {
    const parsed = parsePersonnummer(body.personnummer, { today: today(ctx) });
    if (!parsed.ok) errors.push({ path: 'personnummer', message: parsed.error.message });
    else {
      pnr = {
        personnummer: parsed.value.normalized,
        personnummerKind: parsed.value.kind,
        birthDate: parsed.value.birthDate,
      };
      const earliest = access.periods.map((p) => p.enrolledAt).sort()[0];
      if (earliest && earliest < pnr.birthDate)
        errors.push({
          path: 'personnummer',
          message: `Personnumret ger födelsedatum ${pnr.birthDate}, efter inskrivningen ${earliest}.`,
        });
    }
  }
  if (errors.length > 0) throw problems.invalid(errors);
  const before = {
    firstName: person.firstName,
    lastName: person.lastName,
    personnummer: person.personnummer,
  };
  const after = {
    firstName: body.firstName ?? person.firstName,
    lastName: body.lastName ?? person.lastName,
    personnummer: pnr?.personnummer ?? person.personnummer,
  };
  const changes = changedFields(before, after, ['firstName', 'lastName', 'personnummer']);
  if (changes.length === 0)
    throw problems.invalid([{ path: 'reason', message: 'Inget av namn eller personnummer ändrades.' }]);
  const conflict = {
    actor,
    what: 'deltagarens uppgifter',
    entity: {
      entityType: 'participant',
      entityId: participantId,
      reasons: ['participant.update', 'participant.correct_identity'],
    },
    loadCurrent: () => caseFileAfterWrite(ctx, { actor, participantId, relationship: access.relationship }),
  };
  const now = ctx.clock();
  try {
    await withConflictDetails(ctx, conflict, () =>
      ctx.db.transaction(async (tx) => {
        const row = await participantRepository.update(
          tx,
          actor.municipalityCode,
          participantId,
          body.version,
          { firstName: after.firstName, lastName: after.lastName, ...(pnr ?? {}) },
          now,
        );
        if (!row) throw problems.stale('deltagarens uppgifter');
        await correctionRepository.insert(tx, {
          municipalityCode: actor.municipalityCode,
          participantId,
          enrolmentId: null,
          subject: 'identity',
          subjectId: participantId,
          reason: body.reason,
          changes,
          correctedById: actor.id,
          correctedAt: now,
        });
        // Which fields, never their values (the audit trail holds no names or personnummer).
        await access.record(tx, {
          action: 'update',
          details: { correction: true, fields: changes.map((c) => c.field).join(',') },
        });
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw problems.conflict(
        'En annan person i kommunen har redan det personnumret. Kontrollera om det är samma person.',
      );
    throw error;
  }
  return caseFileAfterWrite(ctx, { actor, participantId, relationship: access.relationship });
}
