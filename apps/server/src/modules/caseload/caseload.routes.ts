import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import {
  CaseloadQuery,
  CaseloadResponse,
  CaseloadUnitsResponse,
  SearchBody,
  SearchResponse,
} from './caseload.schemas.ts';
import { caseloadUnits } from './caseload-units.ts';
import { getCaseload } from './get-caseload.ts';
import { searchParticipants } from './search-participants.ts';

const tags = ['Deltagare'];

/** Lists over the actor's units. Mounted at /api with full paths, before /participants/{id}. */
export function caseloadRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'post',
      path: '/participants/search',
      tags,
      summary: 'Sök deltagare på namn eller personnummer (i brödtexten, aldrig i adressen)',
      request: jsonBody(SearchBody),
      responses: { 200: jsonOk(SearchResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await searchParticipants(ctx, { ...caller(c), body: c.req.valid('json') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/participants/caseload',
      tags,
      summary: 'Mina deltagare / enhetens deltagare med snabbfilter och antal per filter',
      request: { query: CaseloadQuery },
      responses: { 200: jsonOk(CaseloadResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await getCaseload(ctx, { ...caller(c), query: c.req.valid('query') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/caseload/units',
      tags,
      summary: 'Mina enheter med åldersintervall och coacher',
      responses: { 200: jsonOk(CaseloadUnitsResponse), ...problemResponses(401, 403) },
    }),
    async (c) => c.json(await caseloadUnits(ctx, caller(c)), 200),
  );

  return router;
}
