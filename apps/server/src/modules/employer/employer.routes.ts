import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { createRouter, requestMeta, requireActor } from '../../http/env.ts';
import { problemResponses } from '../../http/schemas.ts';
import {
  EmployerCreateBody,
  EmployerIdParam,
  EmployerListResponse,
  EmployerPatchBody,
  EmployerQuery,
  EmployerView,
} from '../participant/participant.schemas.ts';
import { createEmployer, getEmployer, listEmployers, updateEmployer } from './employer.service.ts';

const tags = ['Arbetsgivare'];
const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const ok = <T>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export function employerRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'Lista/sök arbetsgivare',
      request: { query: EmployerQuery },
      responses: { 200: ok(EmployerListResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) =>
      c.json(await listEmployers(ctx, requireActor(c), c.req.valid('query').q, requestMeta(c)), 200),
  );
  router.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Lägg till arbetsgivare',
      request: body(EmployerCreateBody),
      responses: { 201: ok(EmployerView, 'Skapad'), ...problemResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await createEmployer(ctx, requireActor(c), c.req.valid('json'), requestMeta(c)), 201),
  );
  router.openapi(
    createRoute({
      method: 'get',
      path: '/{employerId}',
      tags,
      summary: 'En arbetsgivare',
      request: { params: EmployerIdParam },
      responses: { 200: ok(EmployerView), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(await getEmployer(ctx, requireActor(c), c.req.valid('param').employerId, requestMeta(c)), 200),
  );
  router.openapi(
    createRoute({
      method: 'patch',
      path: '/{employerId}',
      tags,
      summary: 'Ändra arbetsgivare',
      request: { params: EmployerIdParam, ...body(EmployerPatchBody) },
      responses: { 200: ok(EmployerView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateEmployer(
          ctx,
          requireActor(c),
          c.req.valid('param').employerId,
          c.req.valid('json'),
          requestMeta(c),
        ),
        200,
      ),
  );
  return router;
}
