import type { Command } from 'commander';
import { withContext } from '../with-context.ts';

export function register(program: Command) {
  program
    .command('migrate')
    .description('Uppdatera databasens schema till senaste version')
    .action(() =>
      withContext(async (ctx) => {
        process.stdout.write(
          `Databasen (${ctx.database.kind}) är migrerad till ${await ctx.database.appliedMigration()}.\n`,
        );
      }),
    );
}
