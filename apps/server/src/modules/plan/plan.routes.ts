import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { EnrolmentIdParam } from '../case/index.ts';
import { agreePlanVersion } from './agree-plan-version.ts';
import { getPlan } from './get-plan.ts';
import { getPlanVersion } from './get-plan-version.ts';
import {
  PlanAgreementBody,
  PlanPutBody,
  PlanResponse,
  PlanVersionParam,
  PlanVersionView,
} from './plan.schemas.ts';
import { savePlan } from './save-plan.ts';

const tags = ['Handlingsplan'];

/** Mounted at /api: full paths. */
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
    async (c) => c.json(await getPlan(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
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
    async (c) => c.json(await getPlanVersion(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
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
      c.json(await savePlan(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/enrolments/{enrolmentId}/plan/versions/{n}/agreement',
      tags,
      summary: 'Planens version n är avstämd med deltagaren (varje ny version börjar som inte avstämd)',
      request: { params: PlanVersionParam, ...jsonBody(PlanAgreementBody) },
      responses: { 200: jsonOk(PlanVersionView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await agreePlanVersion(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  return router;
}
