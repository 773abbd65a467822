import { suggestFromText } from '@arbetsbro/recruitment';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { consumeRateLimit, type RateLimit } from '../rate-limit/index.ts';
import { searchIndexFor } from '../taxonomy/index.ts';
import { needWarnings } from './recruitment-need.presenter.ts';

/** Suggestions as the employer types: generous, but not a free search engine for robots. */
export const SUGGESTION_LIMIT: RateLimit = { bucket: 'public_need.suggest', windowMs: 60_000, max: 120 };

/** Occupation, skills, licences and positions suggested from free text, with discrimination warnings. */
export function suggestionsFor(ctx: AppContext, text: string) {
  const s = suggestFromText(text, searchIndexFor(ctx.reference.taxonomy()));
  return {
    occupation: s.occupation ? { id: s.occupation.id, label: s.occupation.label } : null,
    skills: s.skills.map((h) => ({ id: h.id, label: h.label })),
    licences: s.credentials.map((h) => ({ id: h.id, label: h.label })),
    positions: s.positions,
    warnings: needWarnings('', text),
  };
}

/** The public form's suggestions (no login; rate limited per client address). */
export async function suggestForPublicNeed(
  ctx: AppContext,
  { text, clientAddress }: { text: string; clientAddress: string },
) {
  const limit = await consumeRateLimit(ctx.db, SUGGESTION_LIMIT, clientAddress, ctx.clock());
  if (!limit.allowed)
    throw problems.tooManyRequests(
      'För många förslag på kort tid. Vänta en stund och försök igen.',
      limit.retryAfterSeconds,
    );
  return suggestionsFor(ctx, text);
}

/** The discrimination check for a liaison editing a need (nothing stored, nothing audited). */
export async function checkNeedText(
  ctx: AppContext,
  { actor, meta, title, description }: Caller & { title: string; description: string },
) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'recruitment_need' },
    reason: 'recruitment_need.check_text',
  });
  return { warnings: needWarnings(title, description) };
}
