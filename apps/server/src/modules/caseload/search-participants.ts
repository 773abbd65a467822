import { parsePersonnummer } from '@arbetsbro/identity';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { today } from '../case/index.ts';
import { presentListItem } from './caseload.presenter.ts';
import { caseloadRepository } from './caseload.repository.ts';
import type { SearchBody } from './caseload.schemas.ts';

/** What a search text means: a personnummer (or its birth date), or a name fragment. */
function interpret(query: string, todayIso: string): { personnummerPrefix?: string; nameLike?: string } {
  const q = query.trim();
  const digits = q.replace(/[-+\s]/g, '');
  if (!/^\d+$/.test(digits)) return { nameLike: q };
  const parsed = parsePersonnummer(q, { today: todayIso });
  if (parsed.ok) return { personnummerPrefix: parsed.value.normalized };
  if (/^\d{8}$/.test(digits)) return { personnummerPrefix: digits };
  // Other digit strings (YYMMDD, partial numbers) are too vague to search by: they match nothing.
  return { personnummerPrefix: 'x' };
}

/** Search by name or personnummer, in the actor's units. The query is never logged or audited. */
export async function searchParticipants(
  ctx: AppContext,
  { actor, meta, body }: Caller & { body: SearchBody },
) {
  const todayIso = today(ctx);
  const criteria = interpret(body.query, todayIso);
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'caseload' },
    reason: 'participant.search',
    details: { kind: criteria.personnummerPrefix ? 'personnummer' : 'name' },
  });
  const rows = await caseloadRepository.list(ctx.db, {
    municipalityCode: actor.municipalityCode,
    unitIds: actor.unitIds,
    today: todayIso,
    caseloadOnly: false,
    onePerPerson: true,
    ...criteria,
  });
  const filtered = rows
    .filter((r) => body.includeExited || r.exit_date === null)
    .sort(
      (a, b) =>
        a.last_name.localeCompare(b.last_name, 'sv') || a.first_name.localeCompare(b.first_name, 'sv'),
    );
  return {
    items: filtered.slice(0, body.limit).map((r) => presentListItem(r, todayIso)),
    total: filtered.length,
  };
}
