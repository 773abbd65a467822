import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { getSettings } from './get-settings.ts';
import { SettingsBody, SettingsView } from './settings.schemas.ts';
import { updateSettings } from './update-settings.ts';

const tags = ['Administration'];

/** Mounted at /api/admin: the municipality's settings. */
export function settingsRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/settings',
      tags,
      summary: 'Kommunens inställningar',
      responses: { 200: jsonOk(SettingsView), ...problemResponses(401, 403) },
    }),
    async (c) => c.json(await getSettings(ctx, caller(c)), 200),
  );

  router.openapi(
    createRoute({
      method: 'put',
      path: '/settings',
      tags,
      summary: 'Spara kommunens namn och inställningar',
      request: jsonBody(SettingsBody),
      responses: { 200: jsonOk(SettingsView), ...problemResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await updateSettings(ctx, { ...caller(c), body: c.req.valid('json') }), 200),
  );

  return router;
}
