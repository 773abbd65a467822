import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { createUnit } from './create-unit.ts';
import { listUnits } from './list-units.ts';
import { UnitCreateBody, UnitIdParam, UnitListResponse, UnitPatchBody, UnitView } from './unit.schemas.ts';
import { updateUnit } from './update-unit.ts';

const tags = ['Administration'];

/** Mounted at /api/admin: the administrator's units and age ranges. */
export function unitAdminRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/units',
      tags,
      summary: 'Enheterna med åldersintervall för inskrivningen',
      responses: { 200: jsonOk(UnitListResponse), ...problemResponses(401, 403) },
    }),
    async (c) => c.json(await listUnits(ctx, caller(c)), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/units',
      tags,
      summary: 'Lägg till en enhet',
      request: jsonBody(UnitCreateBody),
      responses: { 201: jsonOk(UnitView, 'Skapad'), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await createUnit(ctx, { ...caller(c), body: c.req.valid('json') }), 201),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/units/{unitId}',
      tags,
      summary: 'Byt namn på en enhet eller ändra dess åldersintervall',
      request: { params: UnitIdParam, ...jsonBody(UnitPatchBody) },
      responses: { 200: jsonOk(UnitView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateUnit(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  return router;
}
