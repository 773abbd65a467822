import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { caseloadRoutes } from '../caseload/caseload.routes.ts';
import { employerRoutes } from '../employer/employer.routes.ts';
import { enrolmentRoutes } from '../enrolment/enrolment.routes.ts';
import { followUpRoutes } from '../follow-up/follow-up.routes.ts';
import { interventionRoutes } from '../intervention/intervention.routes.ts';
import { journalRoutes } from '../journal/journal.routes.ts';
import { planRoutes } from '../plan/plan.routes.ts';
import { participantRoutes } from './participant.routes.ts';

/** The case-record routers (issue 4). Routers at '' declare full paths (/enrolments/…, /follow-ups/…). */
export const caseRouteModules: Array<[string, (ctx: AppContext) => OpenAPIHono<AppEnv>]> = [
  ['/participants', participantRoutes],
  ['/caseload', caseloadRoutes],
  ['/employers', employerRoutes],
  ['', enrolmentRoutes],
  ['', planRoutes],
  ['', interventionRoutes],
  ['', journalRoutes],
  ['', followUpRoutes],
];
