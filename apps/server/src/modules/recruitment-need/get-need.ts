import { decide, requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { conceptLabels } from './need-rules.ts';
import { presentNeed, presentNeedDetail } from './recruitment-need.presenter.ts';
import { recruitmentNeedRepository } from './recruitment-need.repository.ts';
import type { NeedQuery } from './recruitment-need.schemas.ts';

/** The need page: the need in taxonomy terms, its discrimination warnings and its history. */
export async function getNeed(ctx: AppContext, { actor, meta, needId }: Caller & { needId: string }) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'recruitment_need', needId },
    reason: 'recruitment_need.view',
  });
  const row = await recruitmentNeedRepository.find(ctx.db, actor.municipalityCode, needId);
  if (!row) throw problems.notFound();
  const history = await recruitmentNeedRepository.history(ctx.db, actor.municipalityCode, needId);
  return presentNeedDetail(
    row,
    history,
    conceptLabels(ctx),
    decide('recruitment_need', actor.role, 'municipality', 'write') !== undefined,
  );
}

/** Needs with filters (status, employer, liaison, text) and a count per status. */
export async function listNeeds(ctx: AppContext, { actor, meta, query }: Caller & { query: NeedQuery }) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'recruitment_need' },
    reason: 'recruitment_need.list',
  });
  const { rows, counts, total } = await recruitmentNeedRepository.list(ctx.db, {
    municipalityCode: actor.municipalityCode,
    ...query,
  });
  const labels = conceptLabels(ctx);
  return {
    items: rows.map((r) => presentNeed(r, labels)),
    total,
    counts: {
      received: counts.received ?? 0,
      open: counts.open ?? 0,
      presented: counts.presented ?? 0,
      filled: counts.filled ?? 0,
      closed: counts.closed ?? 0,
    },
  };
}
