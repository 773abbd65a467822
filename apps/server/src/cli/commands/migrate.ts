import type { Command } from 'commander';

export function register(program: Command) {
  program
    .command('migrate')
    .description('Uppdatera databasens schema till senaste version')
    .action(async () => (await import('../actions/migrate.ts')).migrate());
}
