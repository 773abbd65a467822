export { type UnitRow, unitRepository } from './unit.repository.ts';
