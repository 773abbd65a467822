import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { EnrolmentIdParam } from '../case/index.ts';
import { cancelFollowUp } from './cancel-follow-up.ts';
import { createFollowUp } from './create-follow-up.ts';
import {
  FollowUpCancelBody,
  FollowUpCreateBody,
  FollowUpIdParam,
  FollowUpListResponse,
  FollowUpPatchBody,
  FollowUpView,
  RemindersQuery,
  RemindersResponse,
} from './follow-up.schemas.ts';
import { getReminders } from './get-reminders.ts';
import { listFollowUps } from './list-follow-ups.ts';
import { updateFollowUp } from './update-follow-up.ts';

const tags = ['Uppföljning'];

/** Mounted at /api: full paths. */
export function followUpRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/follow-ups/reminders',
      tags,
      summary: 'Min vecka / försenade uppföljningar',
      request: { query: RemindersQuery },
      responses: { 200: jsonOk(RemindersResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await getReminders(ctx, { ...caller(c), ...c.req.valid('query') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/enrolments/{enrolmentId}/follow-ups',
      tags,
      summary: 'Uppföljningar under inskrivningen',
      request: { params: EnrolmentIdParam },
      responses: { 200: jsonOk(FollowUpListResponse), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await listFollowUps(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/enrolments/{enrolmentId}/follow-ups',
      tags,
      summary: 'Planera en uppföljning',
      request: { params: EnrolmentIdParam, ...jsonBody(FollowUpCreateBody) },
      responses: { 201: jsonOk(FollowUpView, 'Skapad'), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await createFollowUp(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        201,
      ),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/follow-ups/{followUpId}',
      tags,
      summary: 'Flytta eller markera uppföljning som gjord (med resultat)',
      request: { params: FollowUpIdParam, ...jsonBody(FollowUpPatchBody) },
      responses: { 200: jsonOk(FollowUpView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateFollowUp(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/follow-ups/{followUpId}/cancel',
      tags,
      summary: 'Ställ in en uppföljning med skäl (den finns kvar i akten men är inte längre aktuell)',
      request: { params: FollowUpIdParam, ...jsonBody(FollowUpCancelBody) },
      responses: { 200: jsonOk(FollowUpView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await cancelFollowUp(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  return router;
}
