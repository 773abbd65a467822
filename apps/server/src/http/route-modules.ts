import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../context.ts';
import { referenceGeographyRoutes } from '../modules/geography/geography.routes.ts';
import { referenceKoladaRoutes } from '../modules/kolada/kolada.routes.ts';
import { matchingRoutes } from '../modules/matching/matching.routes.ts';
import { caseRouteModules } from '../modules/participant/case-route-modules.ts';
import { referenceTaxonomyRoutes, taxonomyRoutes } from '../modules/taxonomy/taxonomy.routes.ts';
import type { AppEnv } from './env.ts';

/**
 * Every resource's router, mounted under /api + path. Add a line per module:
 * `['/participants', participantRoutes]`.
 */
export const routeModules: Array<[string, (ctx: AppContext) => OpenAPIHono<AppEnv>]> = [
  ['/taxonomy', taxonomyRoutes],
  ['/reference', referenceTaxonomyRoutes],
  ['/reference', referenceGeographyRoutes],
  ['/reference', referenceKoladaRoutes],
  ...caseRouteModules,
  ['/matching', matchingRoutes],
];
