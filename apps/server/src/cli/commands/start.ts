import type { Command } from 'commander';

export function register(program: Command) {
  program
    .command('start')
    .description('Starta servern (migrerar databasen först)')
    .option('--demo', 'fyll en tom databas med demodata (demokommun, konton, deltagare, arbetsgivare)')
    .option('--port <port>', 'port (0 = valfri ledig port)')
    .option('--host <host>', 'adress att lyssna på')
    .option('--data-dir <dir>', 'PGlite-katalog (när DATABASE_URL inte är satt)')
    .action(async (opts: { demo?: boolean; port?: string; host?: string; dataDir?: string }) =>
      (await import('../actions/start.ts')).start(opts),
    );
}
