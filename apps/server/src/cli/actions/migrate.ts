import { withContext } from '../with-context.ts';

export function migrate() {
  return withContext(async (ctx) => {
    process.stdout.write(
      `Databasen (${ctx.database.kind}) är migrerad till ${await ctx.database.appliedMigration()}.\n`,
    );
  });
}
