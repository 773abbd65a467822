export { correctionRoutes } from './correction.routes.ts';
export { CorrectionReason } from './correction.schemas.ts';
