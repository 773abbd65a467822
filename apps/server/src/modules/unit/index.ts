export { type UnitRow, unitRepository } from './unit.repository.ts';
export { unitAdminRoutes } from './unit.routes.ts';
export { describeAgeRange } from './unit-rules.ts';
