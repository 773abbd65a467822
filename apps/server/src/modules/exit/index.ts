export { exitRoutes } from './exit.routes.ts';
