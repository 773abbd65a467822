import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../context.ts';
import { caseloadRoutes } from '../modules/caseload/index.ts';
import { correctionRoutes } from '../modules/correction/index.ts';
import { employerRoutes } from '../modules/employer/index.ts';
import { enrolmentRoutes } from '../modules/enrolment/index.ts';
import { exitRoutes } from '../modules/exit/index.ts';
import { followUpRoutes } from '../modules/follow-up/index.ts';
import { publicGeographyRoutes, referenceGeographyRoutes } from '../modules/geography/index.ts';
import { interventionRoutes } from '../modules/intervention/index.ts';
import { journalRoutes } from '../modules/journal/index.ts';
import { referenceKoladaRoutes } from '../modules/kolada/kolada.routes.ts';
import { matchingRoutes } from '../modules/matching/index.ts';
import { notificationRoutes } from '../modules/notification/index.ts';
import { statisticsRoutes } from '../modules/outcomes/index.ts';
import { participantRoutes } from '../modules/participant/index.ts';
import { placementRoutes } from '../modules/placement/index.ts';
import { planRoutes } from '../modules/plan/index.ts';
import { publicNeedRoutes, recruitmentNeedRoutes } from '../modules/recruitment-need/index.ts';
import { settingsRoutes } from '../modules/settings/index.ts';
import { employerLinkRoutes, shortlistRoutes } from '../modules/shortlist/index.ts';
import { passwordLinkRoutes, staffAdminRoutes } from '../modules/staff/index.ts';
import { referenceTaxonomyRoutes, taxonomyRoutes } from '../modules/taxonomy/taxonomy.routes.ts';
import { unitAdminRoutes } from '../modules/unit/index.ts';
import type { AppEnv } from './env.ts';

/**
 * Every resource's router, mounted under /api + path. Routers at '' declare full paths
 * (/enrolments/…, /follow-ups/…). Order matters where paths overlap: the caseload's
 * /participants/caseload and /participants/search come before /participants/{participantId}.
 */
export const routeModules: Array<[string, (ctx: AppContext) => OpenAPIHono<AppEnv>]> = [
  ['/taxonomy', taxonomyRoutes],
  ['/reference', referenceTaxonomyRoutes],
  ['/reference', referenceGeographyRoutes],
  ['/reference', referenceKoladaRoutes],
  ['', caseloadRoutes],
  ['', correctionRoutes],
  ['/participants', participantRoutes],
  ['', employerRoutes],
  ['', enrolmentRoutes],
  ['', exitRoutes],
  ['', planRoutes],
  ['', interventionRoutes],
  ['', journalRoutes],
  ['', followUpRoutes],
  ['', shortlistRoutes],
  ['/recruitment-needs', recruitmentNeedRoutes],
  ['/public/links', employerLinkRoutes],
  ['/placements', placementRoutes],
  ['/notifications', notificationRoutes],
  ['/public', publicNeedRoutes],
  ['/public', publicGeographyRoutes],
  ['/matching', matchingRoutes],
  ['/admin', staffAdminRoutes],
  ['/admin', unitAdminRoutes],
  ['/admin', settingsRoutes],
  ['/statistics', statisticsRoutes],
  ['/public', passwordLinkRoutes],
];
