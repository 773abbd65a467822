import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { createEmployer } from './create-employer.ts';
import {
  EmployerCreateBody,
  EmployerIdParam,
  EmployerListResponse,
  EmployerPatchBody,
  EmployerQuery,
  EmployerView,
} from './employer.schemas.ts';
import { getEmployer } from './get-employer.ts';
import { listEmployers } from './list-employers.ts';
import { updateEmployer } from './update-employer.ts';

const tags = ['Arbetsgivare'];

/** /api/employers */
export function employerRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'Lista/sök arbetsgivare',
      request: { query: EmployerQuery },
      responses: { 200: jsonOk(EmployerListResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await listEmployers(ctx, { ...caller(c), ...c.req.valid('query') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Lägg till arbetsgivare',
      request: jsonBody(EmployerCreateBody),
      responses: { 201: jsonOk(EmployerView, 'Skapad'), ...problemResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await createEmployer(ctx, { ...caller(c), body: c.req.valid('json') }), 201),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/{employerId}',
      tags,
      summary: 'En arbetsgivare',
      request: { params: EmployerIdParam },
      responses: { 200: jsonOk(EmployerView), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getEmployer(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/{employerId}',
      tags,
      summary: 'Ändra arbetsgivare',
      request: { params: EmployerIdParam, ...jsonBody(EmployerPatchBody) },
      responses: { 200: jsonOk(EmployerView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateEmployer(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  return router;
}
