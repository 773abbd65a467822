export { exitRoutes } from './exit.routes.ts';
export { writeExit } from './register-exit.ts';
