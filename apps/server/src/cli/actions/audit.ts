import { sealAuditLog, verifyAuditLog } from '../../modules/audit/audit.service.ts';
import { CliError } from '../cli-error.ts';
import { terminal } from '../terminal.ts';
import { withContext } from '../with-context.ts';

export function verify(opts: { seal: boolean }) {
  return withContext(async (ctx) => {
    // Committed rows not yet chained are chained first, so that they are verified too.
    const sealed = opts.seal ? await sealAuditLog(ctx.db) : 0;
    const result = await verifyAuditLog(ctx.db);
    if (!result.ok) {
      for (const p of result.problems.slice(0, 50)) terminal().stderr.write(`  ${p}\n`);
      throw new CliError(
        `Granskningsloggen är INTE intakt (${result.problems.length} fel i ${result.checked} rader).`,
        2,
      );
    }
    terminal().stdout.write(
      `Granskningsloggen är intakt: ${result.checked} rader i ${result.chains} kedja/kedjor` +
        `${sealed > 0 ? ` (varav ${sealed} nyss förseglade)` : ''}.\n`,
    );
    if (result.unsealed > 0)
      terminal().stdout.write(
        `${result.unsealed} rader är ännu inte förseglade och kunde inte kontrolleras` +
          ` (äldsta ${result.oldestUnsealedAt?.toISOString() ?? '?'}).\n`,
      );
  });
}
