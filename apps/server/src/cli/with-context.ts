import { createContext } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import type { AppContext } from '../context.ts';
import { DatabaseLockedError } from '../db/client.ts';
import { createLogger } from '../logger.ts';
import { sealAuditLog } from '../modules/audit/audit.service.ts';
import { CliError } from './cli-error.ts';
import { remoteSession } from './terminal.ts';

/**
 * Opens the installation's database (migrated), runs the command, and always closes it. Inside
 * the server (a command handed over by a CLI process) it is the server's own context instead:
 * already open and migrated, its audit records chained by the server's sealer.
 */
export async function withContext<T>(
  fn: (ctx: AppContext) => Promise<T>,
  overrides: { dataDir?: string } = {},
): Promise<T> {
  const session = remoteSession();
  if (session) return fn(session.ctx);
  const config = { ...loadConfigOrExit(), ...(overrides.dataDir ? { dataDir: overrides.dataDir } : {}) };
  const ctx = await createContext(config, { logger: createLogger(process.env.LOG_LEVEL ?? 'warn') }).catch(
    (error: Error) => {
      if (error instanceof DatabaseLockedError) throw new CliError(error.message);
      throw new CliError(`Kunde inte öppna databasen: ${error.message}`);
    },
  );
  try {
    const result = await fn(ctx);
    // What the command audited is chained before it exits (no server's sealer may be running).
    await sealAuditLog(ctx.db);
    return result;
  } finally {
    await ctx.database.close();
  }
}

export function loadConfigOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

/** The configuration a command works with: the server's own when the command was handed to it. */
export function commandConfig() {
  return remoteSession()?.ctx.config ?? loadConfigOrExit();
}
