import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { exportStatistics } from './export-statistics.ts';
import { getKoladaReport } from './get-kolada-report.ts';
import { getStatistics } from './get-statistics.ts';
import { listGoals } from './list-goals.ts';
import {
  ExportQuery,
  GoalBody,
  GoalsView,
  KoladaReportView,
  StatisticsQuery,
  StatisticsView,
} from './outcomes.schemas.ts';
import { setGoal } from './set-goal.ts';

const tags = ['Statistik'];

/** Mounted at /api/statistics: results, the yearly Kolada report, goals and the exports. */
export function statisticsRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary:
        'Statistik för ett år: per månad, grupper, tid till arbete, rekryteringsbehov (grupper under 5 personer visas inte)',
      request: { query: StatisticsQuery },
      responses: { 200: jsonOk(StatisticsView), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getStatistics(ctx, { ...caller(c), ...c.req.valid('query') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/kolada-report',
      tags,
      summary: 'Årsrapport till Kolada: nyckeltalen med kön och hur de räknats',
      request: { query: StatisticsQuery },
      responses: { 200: jsonOk(KoladaReportView), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getKoladaReport(ctx, { ...caller(c), ...c.req.valid('query') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/goals',
      tags,
      summary: 'Enhetens mål för året med historik och utfall månad för månad',
      request: { query: StatisticsQuery },
      responses: { 200: jsonOk(GoalsView), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await listGoals(ctx, { ...caller(c), ...c.req.valid('query') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'put',
      path: '/goals',
      tags,
      summary: 'Sätt eller ändra (höj) ett mål, med skäl',
      request: jsonBody(GoalBody),
      responses: { 200: jsonOk(GoalsView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await setGoal(ctx, { ...caller(c), body: c.req.valid('json') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/export',
      tags,
      summary:
        'Exportera: alla tabeller som Excel (xlsx), rapport till nämnden (pdf) eller Kolada-rapporten (csv)',
      request: { query: ExportQuery },
      responses: {
        200: {
          description: 'Filen',
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: { type: 'string', format: 'binary' },
            },
            'application/pdf': { schema: { type: 'string', format: 'binary' } },
            'text/csv': { schema: { type: 'string' } },
          },
        },
        ...problemResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const out = await exportStatistics(ctx, { ...caller(c), ...c.req.valid('query') });
      return c.body(new Uint8Array(out.body), 200, {
        'Content-Type': out.contentType,
        'Content-Disposition': `attachment; filename="${out.filename}"`,
        'Cache-Control': 'no-store',
      });
    },
  );

  return router;
}
