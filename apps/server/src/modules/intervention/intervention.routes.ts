import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { createRouter, requestMeta, requireActor } from '../../http/env.ts';
import { problemResponses } from '../../http/schemas.ts';
import {
  EnrolmentIdParam,
  InterventionCreateBody,
  InterventionIdParam,
  InterventionListResponse,
  InterventionPatchBody,
  InterventionView,
} from '../participant/participant.schemas.ts';
import { jsonBody, jsonOk } from '../participant/route-helpers.ts';
import { createIntervention, listInterventions, updateIntervention } from './intervention.service.ts';

const tags = ['Insatser'];

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
    async (c) =>
      c.json(
        await listInterventions(ctx, requireActor(c), c.req.valid('param').enrolmentId, requestMeta(c)),
        200,
      ),
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
        await createIntervention(
          ctx,
          requireActor(c),
          c.req.valid('param').enrolmentId,
          c.req.valid('json'),
          requestMeta(c),
        ),
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
        await updateIntervention(
          ctx,
          requireActor(c),
          c.req.valid('param').interventionId,
          c.req.valid('json'),
          requestMeta(c),
        ),
        200,
      ),
  );
  return router;
}
