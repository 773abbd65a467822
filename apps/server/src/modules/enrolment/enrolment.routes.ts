import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { EnrolmentIdParam, ParticipantDetail } from '../case/index.ts';
import { assignCoach } from './assign-coach.ts';
import { CoachAssignmentBody, EnrolmentPatchBody } from './enrolment.schemas.ts';
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
        await updateEnrolment(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
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
        await assignCoach(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  return router;
}
