import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { EnrolmentIdParam, ParticipantDetail } from '../case/index.ts';
import { correctExit } from './correct-exit.ts';
import { ExitBody, ExitCorrectionBody } from './exit.schemas.ts';
import { registerExit } from './register-exit.ts';

/** Mounted at /api: full paths. */
export function exitRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'post',
      path: '/enrolments/{enrolmentId}/exit',
      tags: ['Inskrivning'],
      summary: 'Avsluta inskrivningen (Koladas kategorier; arbete följs upp efter en månad)',
      request: { params: EnrolmentIdParam, ...jsonBody(ExitBody) },
      responses: { 200: jsonOk(ParticipantDetail), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await registerExit(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );
  router.openapi(
    createRoute({
      method: 'post',
      path: '/enrolments/{enrolmentId}/exit/correction',
      tags: ['Inskrivning'],
      summary:
        'Rätta ett registrerat avslut med skäl (handläggare inom inställt antal dagar, enhetschef alltid); Koladas kategori följer',
      request: { params: EnrolmentIdParam, ...jsonBody(ExitCorrectionBody) },
      responses: { 200: jsonOk(ParticipantDetail), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await correctExit(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );
  return router;
}
