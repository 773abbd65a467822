import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { createRouter } from '../../http/env.ts';

const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.enum(['pglite', 'postgres']),
    migration: z.string().nullable(),
  })
  .openapi('Health');

export function healthRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['Drift'],
      summary: 'Hälsokontroll',
      responses: {
        200: {
          description: 'Servern och databasen svarar',
          content: { 'application/json': { schema: Health } },
        },
        503: { description: 'Databasen svarar inte', content: { 'application/json': { schema: Health } } },
      },
    }),
    async (c) => {
      try {
        const migration = await ctx.database.appliedMigration();
        return c.json({ status: 'ok' as const, database: ctx.database.kind, migration }, 200);
      } catch {
        return c.json({ status: 'degraded' as const, database: ctx.database.kind, migration: null }, 503);
      }
    },
  );
  return router;
}
