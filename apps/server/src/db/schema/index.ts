// One schema for PGlite and PostgreSQL; each module adds its tables in a file of its own here.
export * from './administration.ts';
export * from './audit.ts';
export * from './employer.ts';
export * from './geography.ts';
export * from './job.ts';
export * from './kolada.ts';
export * from './matching-loop.ts';
export * from './outbox.ts';
export * from './outcomes.ts';
export * from './participant.ts';
export * from './staff.ts';
export * from './taxonomy.ts';
export * from './tenancy.ts';
