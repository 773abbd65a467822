import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { openDatabase } from './db/client.ts';
import { createLogger, type Logger } from './logger.ts';
import { createAuditLog } from './modules/audit/audit.service.ts';
import { loadReferenceData } from './modules/reference/reference-data.ts';
import { unitRepository } from './modules/unit/unit.repository.ts';

/** Opens the database, applies migrations and makes sure the installation's municipality exists. */
export async function createContext(
  config: Config,
  options: { logger?: Logger; migrate?: boolean } = {},
): Promise<AppContext> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (options.migrate !== false) {
      const tag = await database.migrate();
      logger.debug({ migration: tag }, 'migrations applied');
    }
    await unitRepository.ensureMunicipality(database.db, config.municipality.code, config.municipality.name);
  } catch (error) {
    await database.close();
    throw error;
  }
  const reference = await loadReferenceData(database.db);
  return {
    config,
    database,
    db: database.db,
    logger,
    audit: createAuditLog(),
    clock: () => new Date(),
    reference,
  };
}
