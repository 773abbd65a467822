export { type InterventionRow, interventionRepository } from './intervention.repository.ts';
export { interventionRoutes } from './intervention.routes.ts';
export { interventionTypeLabels } from './intervention.schemas.ts';
