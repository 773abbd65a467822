export { participantRoutes } from './participant.routes.ts';
export { routeByAge } from './routing.ts';
