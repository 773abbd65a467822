import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { createRouter, requireActor } from '../../http/env.ts';
import { problemResponses } from '../../http/schemas.ts';
import { ComparisonQuery, ComparisonResponse } from './kolada.schemas.ts';
import { getKoladaComparison } from './kolada-comparison.ts';

/** /api/reference/kolada: stored Kolada values for comparison with similar municipalities, the county and Riket. */
export function referenceKoladaRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/kolada/comparison',
      tags: ['Referensdata'],
      summary:
        'Ett nyckeltal för kommunen, dess "Liknande kommuner", gruppens medelvärde, länet och riket (Källa: Kolada)',
      description:
        'Lagrade värden från Kolada (kolada fetch eller kolada import-values). Varje serie och varje värde anger källa och år; seriens år är det senaste året med ett värde.',
      security: [{ session: [] }],
      request: { query: ComparisonQuery },
      responses: {
        200: {
          description: 'Värden per kommun och år',
          content: { 'application/json': { schema: ComparisonResponse } },
        },
        ...problemResponses(400, 401),
      },
    }),
    async (c) =>
      c.json(await getKoladaComparison(ctx, { actor: requireActor(c), ...c.req.valid('query') }), 200),
  );
  return router;
}
