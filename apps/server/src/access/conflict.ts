import { sql } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { rowsOf } from '../db/client.ts';
import { HttpProblem } from '../http/problem.ts';
import type { Actor } from '../modules/auth/index.ts';

/**
 * Who saved the change that made a write stale, from the audit trail (the write's own record is
 * in the same transaction, so the newest create/update record of the entity is the last writer).
 * `you` is true when it was the same account: another tab or window of theirs.
 */
export interface ConflictAuthor {
  name: string | null;
  you: boolean;
  /** ISO 8601 timestamp of that change. */
  at: string;
}

/** The audited entity whose writes are compared; `reason` narrows to one use case (the profile vs contact details). */
export interface ConflictEntity {
  entityType: string;
  entityId: string;
  /** The use cases whose writes count (e.g. the contact details and the identity correction). */
  reasons?: readonly string[];
}

/** The audit trail's newest write of one entity, with the writer's display name (null when a system job). */
export async function lastWriter(
  ctx: AppContext,
  actor: Actor,
  entity: ConflictEntity,
): Promise<ConflictAuthor | null> {
  const rows = rowsOf<{ actor_id: string | null; occurred_at: string | Date; display_name: string | null }>(
    await ctx.db.execute(sql`
      select e.actor_id, e.occurred_at, s.display_name
      from audit_event e
      left join staff_user s on s.id = e.actor_id and s.municipality_code = e.municipality_code
      where e.entity_type = ${entity.entityType} and e.entity_id = ${entity.entityId}
        and e.action in ('create', 'update') and e.outcome = 'success'
        and e.municipality_code = ${actor.municipalityCode}
        and (${entity.reasons ? `{${entity.reasons.join(',')}}` : null}::text[] is null
             or e.reason = any(${entity.reasons ? `{${entity.reasons.join(',')}}` : null}::text[]))
      order by e.occurred_at desc, e.seq desc
      limit 1`),
  );
  const row = rows[0];
  if (!row) return null;
  return {
    name: row.display_name,
    you: row.actor_id === actor.id,
    at: new Date(row.occurred_at).toISOString(),
  };
}

/**
 * A 409 for an optimistic-concurrency miss that shows what the other change was: `current` is the
 * record as it is saved now (the client compares it field by field with what it had read), and
 * the detail names who saved it — or says it was the actor's own other tab.
 * `what` is Swedish definite form ("insatsen").
 */
export async function staleConflict(
  ctx: AppContext,
  input: {
    actor: Actor;
    what: string;
    entity: ConflictEntity;
    current: unknown;
  },
): Promise<HttpProblem> {
  const author = await lastWriter(ctx, input.actor, input.entity);
  const who = !author
    ? 'Någon annan har'
    : author.you
      ? 'Du har själv (i en annan flik eller ett annat fönster)'
      : `${author.name ?? 'Någon annan'} har`;
  return new HttpProblem(
    409,
    'Konflikt',
    `${who} ändrat ${input.what} medan du redigerade. Jämför ändringarna innan du sparar.`,
    { conflict: { changedBy: author, current: input.current } },
  );
}

/**
 * Runs a write; when it ends in a stale-version 409, answers with `staleConflict` instead, built
 * from the record as it is saved now (`loadCurrent` runs after the failed transaction).
 */
export async function withConflictDetails<T>(
  ctx: AppContext,
  input: {
    actor: Actor;
    what: string;
    entity: ConflictEntity;
    loadCurrent: () => Promise<unknown>;
  },
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof HttpProblem) || error.status !== 409 || !error.extra.stale) throw error;
    const current = await input.loadCurrent();
    if (current === undefined || current === null) throw error;
    throw await staleConflict(ctx, { ...input, current });
  }
}
