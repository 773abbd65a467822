// KPI definitions, municipality groups, the Kolada API client and CSV values import.
export * from './definitions/index.ts';
// Outcome (exit) classification and the unit's own KPI calculation, the way Kolada counts.
export * from './outcomes/index.ts';
