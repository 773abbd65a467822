import { seedDemo } from '../../demo/seed-demo.ts';
import { CliError } from '../cli-error.ts';
import { formatAccountTable, keepDemoAccounts, SHOW_AGAIN } from '../demo-accounts.ts';
import { terminal } from '../terminal.ts';
import { withContext } from '../with-context.ts';

export function seed(opts: { demo?: boolean }) {
  if (!opts.demo) throw new CliError('Ange --demo för att skapa demodata.');
  return withContext(async (ctx) => {
    const result = await seedDemo(ctx, ctx.config.demoPassword ? { password: ctx.config.demoPassword } : {});
    if (!result.seeded) {
      terminal().stdout.write('Databasen har redan konton; ingen demodata skapades.\n');
      return;
    }
    const kept = keepDemoAccounts(ctx.config, result.accounts);
    terminal().stdout.write(
      `Demodata skapad. Demokonton:\n\n${formatAccountTable(result.accounts)}\n` +
        (kept ? `Visa dem igen: ${SHOW_AGAIN}\n` : 'Lösenorden visas bara nu.\n'),
    );
  });
}
