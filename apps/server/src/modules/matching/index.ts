export { pseudonym } from './matching.policy.ts';
export { matchingRoutes } from './matching.routes.ts';
export { matchingIndexFor } from './matching-index.ts';
