export { caseloadRoutes } from './caseload.routes.ts';
