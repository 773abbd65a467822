import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { PlacementBody, PlacementView, registerPlacement } from './register-placement.ts';

/** /api/placements */
export function placementRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Matchning'],
      summary: 'Registrera en anställning (genom ett behov, eller gjord utanför systemet)',
      request: jsonBody(PlacementBody),
      responses: { 201: jsonOk(PlacementView, 'Registrerad'), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await registerPlacement(ctx, { ...caller(c), body: c.req.valid('json') }), 201),
  );
  return router;
}
