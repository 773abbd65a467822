import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { createRouter, requireActor } from '../../http/env.ts';
import { problemResponses } from '../../http/schemas.ts';
import { commuteDistance } from './commute-distance.ts';
import {
  DistanceBody,
  DistanceResponse,
  MunicipalitiesResponse,
  PublicMunicipalitiesResponse,
} from './geography.schemas.ts';
import { listMunicipalities, listPublicMunicipalities } from './list-municipalities.ts';

const security = [{ session: [] }];

/** /api/reference: municipalities and commute distances. */
export function referenceGeographyRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/municipalities',
      tags: ['Referensdata'],
      summary: 'Kommuner med län och mittpunkt',
      security,
      responses: {
        200: {
          description: 'Kommunerna i bokstavsordning',
          content: { 'application/json': { schema: MunicipalitiesResponse } },
        },
        ...problemResponses(401),
      },
    }),
    (c) => c.json(listMunicipalities(ctx, { actor: requireActor(c) }), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/distance',
      tags: ['Referensdata'],
      summary: 'Ungefärligt avstånd mellan två platser (kommunkod eller postnummer), för pendlingsbedömning',
      security,
      request: { body: { content: { 'application/json': { schema: DistanceBody } }, required: true } },
      responses: {
        200: { description: 'Avstånd', content: { 'application/json': { schema: DistanceResponse } } },
        ...problemResponses(400, 401, 403),
      },
    }),
    (c) => c.json(commuteDistance(ctx, { actor: requireActor(c), ...c.req.valid('json') }), 200),
  );

  return router;
}

/** /api/public: the municipality pick list of the employers' form (no login). */
export function publicGeographyRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/municipalities',
      tags: ['Publikt'],
      summary: 'Kommuner (kod, namn, län) för arbetsgivarnas formulär',
      responses: {
        200: {
          description: 'Kommunerna i bokstavsordning',
          content: { 'application/json': { schema: PublicMunicipalitiesResponse } },
        },
      },
    }),
    (c) => c.json(listPublicMunicipalities(ctx), 200),
  );
  return router;
}
