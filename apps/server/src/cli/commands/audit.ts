import type { Command } from 'commander';
import { verifyAuditLog } from '../../modules/audit/audit.service.ts';
import { CliError } from '../cli-error.ts';
import { withContext } from '../with-context.ts';

export function register(program: Command) {
  const audit = program.command('audit').description('Granskningsloggen');
  audit
    .command('verify')
    .description('Kontrollera att ingen rad i granskningsloggen har ändrats eller tagits bort')
    .action(() =>
      withContext(async (ctx) => {
        const result = await verifyAuditLog(ctx.db);
        if (!result.ok) {
          for (const p of result.problems.slice(0, 50)) process.stderr.write(`  ${p}\n`);
          throw new CliError(
            `Granskningsloggen är INTE intakt (${result.problems.length} fel i ${result.checked} rader).`,
            2,
          );
        }
        process.stdout.write(
          `Granskningsloggen är intakt: ${result.checked} rader i ${result.chains} kedja/kedjor.\n`,
        );
      }),
    );
}
