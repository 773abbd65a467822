import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { createRouter, requestMeta, requireActor } from '../../http/env.ts';
import { problemResponses } from '../../http/schemas.ts';
import { registerExit } from '../exit/register-exit.ts';
import {
  CoachAssignmentBody,
  EnrolmentIdParam,
  EnrolmentPatchBody,
  ExitBody,
  ParticipantDetail,
} from '../participant/participant.schemas.ts';
import { jsonBody, jsonOk } from '../participant/route-helpers.ts';
import { assignCoach } from './assign-coach.ts';
import { updateEnrolment } from './update-enrolment.ts';

const tags = ['Inskrivning'];

/** Mounted at /api: full paths. */
export function enrolmentRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'patch',
      path: '/enrolments/{enrolmentId}',
      tags,
      summary: 'Rätta uppgifter från inskrivningen',
      request: { params: EnrolmentIdParam, ...jsonBody(EnrolmentPatchBody) },
      responses: { 200: jsonOk(ParticipantDetail), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateEnrolment(
          ctx,
          requireActor(c),
          c.req.valid('param').enrolmentId,
          c.req.valid('json'),
          requestMeta(c),
        ),
        200,
      ),
  );
  router.openapi(
    createRoute({
      method: 'put',
      path: '/enrolments/{enrolmentId}/coach',
      tags,
      summary: 'Tilldela eller byt coach (historiken sparas)',
      request: { params: EnrolmentIdParam, ...jsonBody(CoachAssignmentBody) },
      responses: { 200: jsonOk(ParticipantDetail), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await assignCoach(
          ctx,
          requireActor(c),
          c.req.valid('param').enrolmentId,
          c.req.valid('json'),
          requestMeta(c),
        ),
        200,
      ),
  );
  router.openapi(
    createRoute({
      method: 'post',
      path: '/enrolments/{enrolmentId}/exit',
      tags: ['Avslut'],
      summary: 'Avsluta inskrivningen (Koladas kategorier; arbete följs upp efter en månad)',
      request: { params: EnrolmentIdParam, ...jsonBody(ExitBody) },
      responses: { 200: jsonOk(ParticipantDetail), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await registerExit(
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
