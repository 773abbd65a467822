import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { createRouter, requestMeta, requireActor } from '../../http/env.ts';
import { problemResponses } from '../../http/schemas.ts';
import {
  EnrolmentIdParam,
  FollowUpCreateBody,
  FollowUpIdParam,
  FollowUpListResponse,
  FollowUpPatchBody,
  FollowUpView,
  RemindersQuery,
  RemindersResponse,
} from '../participant/participant.schemas.ts';
import { jsonBody, jsonOk } from '../participant/route-helpers.ts';
import { createFollowUp, listFollowUps, reminders, updateFollowUp } from './follow-up.service.ts';

const tags = ['Uppföljning'];

export function followUpRoutes(ctx: AppContext) {
  const router = createRouter();
  // Registered before /follow-ups/{followUpId} patterns so "reminders" is never read as an id.
  router.openapi(
    createRoute({
      method: 'get',
      path: '/follow-ups/reminders',
      tags,
      summary: 'Min vecka / försenade uppföljningar',
      request: { query: RemindersQuery },
      responses: { 200: jsonOk(RemindersResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) =>
      c.json(await reminders(ctx, requireActor(c), c.req.valid('query').range, requestMeta(c)), 200),
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
    async (c) =>
      c.json(
        await listFollowUps(ctx, requireActor(c), c.req.valid('param').enrolmentId, requestMeta(c)),
        200,
      ),
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
        await createFollowUp(
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
      path: '/follow-ups/{followUpId}',
      tags,
      summary: 'Flytta eller markera uppföljning som gjord (med resultat)',
      request: { params: FollowUpIdParam, ...jsonBody(FollowUpPatchBody) },
      responses: { 200: jsonOk(FollowUpView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateFollowUp(
          ctx,
          requireActor(c),
          c.req.valid('param').followUpId,
          c.req.valid('json'),
          requestMeta(c),
        ),
        200,
      ),
  );
  return router;
}
