import { createContext } from '../../bootstrap.ts';
import { DatabaseLockedError } from '../../db/client.ts';
import { startJobWorker } from '../../jobs/worker.ts';
import { startAuditSealer } from '../../modules/audit/audit-sealer.ts';
import { matchingIndexFor } from '../../modules/matching/matching-index.ts';
import { startReferenceRefresh } from '../../modules/reference/reference-data.ts';
import { startServer } from '../../server.ts';
import { CliError } from '../cli-error.ts';
import { loadConfigOrExit } from '../with-context.ts';

export async function start(opts: { demo?: boolean; port?: string; host?: string; dataDir?: string }) {
  const base = loadConfigOrExit();
  const config = {
    ...base,
    ...(opts.port !== undefined ? { port: Number(opts.port) } : {}),
    ...(opts.host ? { host: opts.host } : {}),
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
  };
  const ctx = await createContext(config).catch((error: Error) => {
    if (error instanceof DatabaseLockedError) throw new CliError(error.message);
    throw new CliError(`Kunde inte öppna databasen: ${error.message}`);
  });
  if (opts.demo) {
    // Demo data (and faker with it) is loaded only when asked for.
    const { seedDemo } = await import('../../demo/seed-demo.ts');
    const result = await seedDemo(ctx, config.demoPassword ? { password: config.demoPassword } : {});
    if (result.seeded) {
      // Printed once: the passwords are not stored anywhere else in clear text.
      process.stdout.write('\nDemodata skapad. Demokonton (visas bara nu):\n');
      for (const a of result.accounts)
        process.stdout.write(`  ${a.username.padEnd(8)} ${a.role.padEnd(8)} lösenord: ${a.password}\n`);
    }
  }
  // The matching index is built once here, then kept current incrementally.
  const matching = await matchingIndexFor(ctx);
  ctx.logger.info({ participants: matching.size }, 'matching index built');
  const server = await startServer(ctx, { host: config.host, port: config.port });
  const worker = startJobWorker(ctx);
  // Audit records are appended without locks and chained by this sealer every second.
  const sealer = startAuditSealer(ctx);
  // Imports made by another process (CLI, another app server) reach this one within a minute.
  const referenceRefresh = await startReferenceRefresh(ctx);
  const where =
    ctx.database.kind === 'pglite' ? `inbäddad PostgreSQL i ${config.dataDir}` : 'PostgreSQL-server';
  process.stdout.write(
    `\nArbetsbro körs för ${config.municipality.name} (${config.municipality.code}), ${where}.\nÖppna ${server.url}\n`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ctx.logger.info({ signal }, 'stopping');
    referenceRefresh.stop();
    await worker.stop();
    await server.close();
    await sealer.stop();
    await ctx.database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
