import { resolve } from 'node:path';
import { createContext } from '../../bootstrap.ts';
import { DatabaseLockedError } from '../../db/client.ts';
import { startJobWorker } from '../../jobs/worker.ts';
import { startAuditSealer } from '../../modules/audit/audit-sealer.ts';
import { matchingIndexFor } from '../../modules/matching/matching-index.ts';
import { startReferenceRefresh } from '../../modules/reference/reference-data.ts';
import { startServer } from '../../server.ts';
import { CliError } from '../cli-error.ts';
import { startControlChannel } from '../control-channel.ts';
import { formatAccountTable, keepDemoAccounts, readDemoAccounts, SHOW_AGAIN } from '../demo-accounts.ts';
import { loadConfigOrExit } from '../with-context.ts';

export async function start(opts: { demo?: boolean; port?: string; host?: string; dataDir?: string }) {
  const base = loadConfigOrExit();
  const config = {
    ...base,
    ...(opts.port !== undefined ? { port: Number(opts.port) } : {}),
    ...(opts.host ? { host: opts.host } : {}),
    ...(opts.dataDir ? { dataDir: resolve(opts.dataDir) } : {}),
  };
  const ctx = await createContext(config).catch((error: Error) => {
    if (error instanceof DatabaseLockedError) throw new CliError(error.message);
    throw new CliError(`Kunde inte öppna databasen: ${error.message}`);
  });
  // What a person needs to start (the accounts, the URL) is printed last, after the start's logs.
  let demoNote = '';
  if (opts.demo) {
    // Demo data (and faker with it) is loaded only when asked for.
    const { seedDemo } = await import('../../demo/seed-demo.ts');
    const result = await seedDemo(ctx, config.demoPassword ? { password: config.demoPassword } : {});
    if (result.seeded) {
      const kept = keepDemoAccounts(config, result.accounts);
      demoNote =
        `\nDemodata skapad. Logga in med ett av demokontona:\n\n${formatAccountTable(result.accounts)}\n` +
        (kept
          ? `Visa dem igen: ${SHOW_AGAIN}\n`
          : 'Lösenorden visas bara nu (de sparas inte i klartext med en PostgreSQL-server).\n');
    } else {
      // A restart on the same demo data: the same accounts, shown again.
      const accounts = readDemoAccounts(config);
      if (accounts)
        demoNote = `\nDemokontona:\n\n${formatAccountTable(accounts)}\nVisa dem igen: ${SHOW_AGAIN}\n`;
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
  // On the embedded database other `arbetsbro` commands cannot open it while this runs: they
  // hand their work to this process instead.
  const control = ctx.database.kind === 'pglite' ? await startControlChannel(ctx) : undefined;
  await Promise.race([worker.firstRun, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
  const where =
    ctx.database.kind === 'pglite' ? `inbäddad PostgreSQL i ${config.dataDir}` : 'PostgreSQL-server';
  process.stdout.write(
    `${demoNote}\nArbetsbro körs för ${config.municipality.name} (${config.municipality.code}), ${where}.\nÖppna ${server.url}\n`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ctx.logger.info({ signal }, 'stopping');
    referenceRefresh.stop();
    await control?.close();
    await worker.stop();
    await server.close();
    await sealer.stop();
    await ctx.database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
