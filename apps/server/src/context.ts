import type { Config } from './config.ts';
import type { Database, Db } from './db/client.ts';
import type { Logger } from './logger.ts';
import type { AuditLog } from './modules/audit/audit.service.ts';
import type { ReferenceData } from './modules/reference/reference-data.ts';

/** What every service gets: plain values, no DI framework. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  logger: Logger;
  audit: AuditLog;
  clock: () => Date;
  /** The vocabulary in force: imported JobTech taxonomy, or the built-in default. */
  reference: ReferenceData;
}
