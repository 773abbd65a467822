import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Caller } from '../auth/index.ts';
import { presentSettings } from './settings.presenter.ts';
import { settingsRepository } from './settings.repository.ts';

/** The municipality's settings for the administrator. */
export async function getSettings(ctx: AppContext, { actor, meta }: Caller) {
  await requireAccess(ctx, {
    actor,
    meta,
    action: 'read',
    target: { kind: 'administration', entityType: 'municipality_settings' },
    reason: 'settings.view',
  });
  return presentSettings(await settingsRepository.get(ctx.db, actor.municipalityCode));
}
