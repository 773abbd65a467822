import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { createRouter, requestMeta, requireActor } from '../../http/env.ts';
import { problemResponses } from '../../http/schemas.ts';
import { CaseloadUnitsResponse } from '../participant/participant.schemas.ts';
import { jsonOk } from '../participant/route-helpers.ts';
import { caseloadUnits } from './caseload-units.ts';

export function caseloadRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/units',
      tags: ['Deltagare'],
      summary: 'Mina enheter med åldersintervall och coacher',
      responses: { 200: jsonOk(CaseloadUnitsResponse), ...problemResponses(401, 403) },
    }),
    async (c) => c.json(await caseloadUnits(ctx, requireActor(c), requestMeta(c)), 200),
  );
  return router;
}
