import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { createRouter, requestMeta, requireActor } from '../../http/env.ts';
import { problemResponses } from '../../http/schemas.ts';
import {
  EnrolmentIdParam,
  PlanPutBody,
  PlanResponse,
  PlanVersionParam,
  PlanVersionView,
} from '../participant/participant.schemas.ts';
import { jsonBody, jsonOk } from '../participant/route-helpers.ts';
import { getPlan, getPlanVersion, savePlan } from './plan.service.ts';

const tags = ['Handlingsplan'];

export function planRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/enrolments/{enrolmentId}/plan',
      tags,
      summary: 'Gällande handlingsplan och versionshistorik',
      request: { params: EnrolmentIdParam },
      responses: { 200: jsonOk(PlanResponse), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(await getPlan(ctx, requireActor(c), c.req.valid('param').enrolmentId, requestMeta(c)), 200),
  );
  router.openapi(
    createRoute({
      method: 'get',
      path: '/enrolments/{enrolmentId}/plan/versions/{n}',
      tags,
      summary: 'En tidigare version av planen',
      request: { params: PlanVersionParam },
      responses: { 200: jsonOk(PlanVersionView), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { enrolmentId, n } = c.req.valid('param');
      return c.json(await getPlanVersion(ctx, requireActor(c), enrolmentId, n, requestMeta(c)), 200);
    },
  );
  router.openapi(
    createRoute({
      method: 'put',
      path: '/enrolments/{enrolmentId}/plan',
      tags,
      summary: 'Spara planen som en ny version (expectedVersion = versionen du utgick från, 0 för ny)',
      request: { params: EnrolmentIdParam, ...jsonBody(PlanPutBody) },
      responses: { 200: jsonOk(PlanVersionView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await savePlan(
          ctx,
          requireActor(c),
          c.req.valid('param').enrolmentId,
          c.req.valid('json'),
          requestMeta(c),
        ),
        200,
      ),
  );
  return router;
}
