export { type InterventionRow, interventionRepository } from './intervention.repository.ts';
export { interventionRoutes } from './intervention.routes.ts';
