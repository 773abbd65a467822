// Importing a unit's cases from a file (arbetsbro import cases).
export { ImportRejected, type ImportReport, importCases } from './import-cases.ts';
