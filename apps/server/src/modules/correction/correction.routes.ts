import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { ParticipantDetail, ParticipantIdParam } from '../case/index.ts';
import { correctIdentity } from './correct-identity.ts';
import { CorrectionListResponse, IdentityCorrectionBody } from './correction.schemas.ts';
import { listCorrections } from './list-corrections.ts';

const tags = ['Rättelser'];

/** Mounted at /api: full paths. */
export function correctionRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/participants/{participantId}/corrections',
      tags,
      summary: 'Rättelser i akten: vad som ändrades (från → till), varför och av vem',
      request: { params: ParticipantIdParam },
      responses: { 200: jsonOk(CorrectionListResponse), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await listCorrections(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
  );
  router.openapi(
    createRoute({
      method: 'post',
      path: '/participants/{participantId}/identity-correction',
      tags,
      summary: 'Rätta namn eller personnummer (enhetschef, med skäl)',
      request: { params: ParticipantIdParam, ...jsonBody(IdentityCorrectionBody) },
      responses: { 200: jsonOk(ParticipantDetail), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await correctIdentity(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );
  return router;
}
