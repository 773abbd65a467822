export { placementRoutes } from './placement.routes.ts';
export { writePlacement } from './register-placement.ts';
