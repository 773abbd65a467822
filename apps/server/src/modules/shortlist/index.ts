export { employerLinkRoutes, shortlistRoutes } from './shortlist.routes.ts';
