// One schema for PGlite and PostgreSQL; each module adds its tables in a file of its own here.
export * from './audit.ts';
export * from './job.ts';
export * from './staff.ts';
export * from './tenancy.ts';
export * from './geography.ts';
export * from './kolada.ts';
export * from './taxonomy.ts';
export * from './employer.ts';
export * from './participant.ts';
