import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { EnrolmentIdParam } from '../case/index.ts';
import { createIntervention } from './create-intervention.ts';
import {
  InterventionCreateBody,
  InterventionIdParam,
  InterventionListResponse,
  InterventionPatchBody,
  InterventionView,
} from './intervention.schemas.ts';
import { listInterventions } from './list-interventions.ts';
import { updateIntervention } from './update-intervention.ts';

const tags = ['Insatser'];

/** Mounted at /api: full paths. */
export function interventionRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/enrolments/{enrolmentId}/interventions',
      tags,
      summary: 'Insatser under inskrivningen',
      request: { params: EnrolmentIdParam },
      responses: { 200: jsonOk(InterventionListResponse), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await listInterventions(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/enrolments/{enrolmentId}/interventions',
      tags,
      summary: 'Lägg till en insats',
      request: { params: EnrolmentIdParam, ...jsonBody(InterventionCreateBody) },
      responses: { 201: jsonOk(InterventionView, 'Skapad'), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await createIntervention(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        201,
      ),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/interventions/{interventionId}',
      tags,
      summary: 'Ändra en insats',
      request: { params: InterventionIdParam, ...jsonBody(InterventionPatchBody) },
      responses: { 200: jsonOk(InterventionView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateIntervention(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  return router;
}
