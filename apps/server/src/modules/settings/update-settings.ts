import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Caller } from '../auth/index.ts';
import { presentSettings } from './settings.presenter.ts';
import { settingsRepository } from './settings.repository.ts';
import type { SettingsBody } from './settings.schemas.ts';

/** Saves the municipality's name and settings (optimistic: a stale `version` → 409). */
export async function updateSettings(
  ctx: AppContext,
  { actor, meta, body }: Caller & { body: SettingsBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'administration', entityType: 'municipality_settings', entityId: actor.municipalityCode },
    reason: 'settings.update',
  });
  const { version, ...values } = body;
  return ctx.db.transaction(async (tx) => {
    const saved = await settingsRepository.save(tx, actor.municipalityCode, version, values, {
      id: actor.id,
      at: ctx.clock(),
    });
    if (!saved) throw problems.stale('inställningarna');
    await access.record(tx, { action: 'update', details: { exitCorrectionDays: values.exitCorrectionDays } });
    return presentSettings(await settingsRepository.get(tx, actor.municipalityCode));
  });
}
