import { seedDemo } from '../../demo/seed-demo.ts';
import { CliError } from '../cli-error.ts';
import { withContext } from '../with-context.ts';

export function seed(opts: { demo?: boolean }) {
  if (!opts.demo) throw new CliError('Ange --demo för att skapa demodata.');
  return withContext(async (ctx) => {
    const result = await seedDemo(ctx, ctx.config.demoPassword ? { password: ctx.config.demoPassword } : {});
    if (!result.seeded) {
      process.stdout.write('Databasen har redan konton; ingen demodata skapades.\n');
      return;
    }
    process.stdout.write('Demodata skapad. Demokonton (visas bara nu):\n');
    for (const a of result.accounts)
      process.stdout.write(`  ${a.username.padEnd(8)} ${a.role.padEnd(8)} lösenord: ${a.password}\n`);
  });
}
