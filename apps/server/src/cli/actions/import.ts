import { existsSync } from 'node:fs';
import { TextFileError } from '../../files/decode-text.ts';
import { DelimitedTextError } from '../../files/delimited.ts';
import { WorkbookError } from '../../files/workbook.ts';
import { ImportRejected, type ImportReport, importCases } from '../../modules/case-import/import-cases.ts';
import { type CaseFileFormat, readCaseFile } from '../../modules/case-import/read-case-file.ts';
import { CliError } from '../cli-error.ts';
import { terminal } from '../terminal.ts';
import { withContext } from '../with-context.ts';

function summary(r: ImportReport): string {
  const lines = [
    `${r.dryRun ? 'Provkörning: ' : ''}${r.enrolments} inskrivningar (${r.newPersons} nya personer, ${r.reenrolments} återinskrivningar av kända personer), ${r.exits} avslut.`,
  ];
  for (const name of r.unitsCreated)
    lines.push(`${r.dryRun ? 'Skulle skapa' : 'Skapade'} enheten "${name}" (den fanns inte).`);
  if (r.verificationFollowUps > 0)
    lines.push(
      `${r.verificationFollowUps} avslut till arbete väntar på uppföljning efter en månad (${r.dryRun ? 'skulle skapas' : 'skapade'}).`,
    );
  lines.push(`Tid: ${r.milliseconds} ms.`);
  return `${lines.join('\n')}\n`;
}

/** Files that cannot be read as a whole: a clear message, exit 1, nothing saved. */
const FILE_ERRORS = [TextFileError, DelimitedTextError, WorkbookError];

export function importCaseFile(
  file: string,
  opts: { dryRun?: boolean; format?: CaseFileFormat; sheet?: string },
) {
  if (!existsSync(file)) throw new CliError(`Filen ${file} finns inte.`);
  return withContext(async (ctx) => {
    const lines = await readCaseFile(file, opts.format, { sheet: opts.sheet }).catch((error: unknown) => {
      if (FILE_ERRORS.some((kind) => error instanceof kind)) {
        const line = (error as { line?: number }).line;
        throw new CliError(
          `${file}${line ? `, rad ${line}` : ''}: ${(error as Error).message} Inget importerades.`,
        );
      }
      throw error;
    });
    // A file that holds no lines (an empty sheet, the wrong file) is not a success.
    if (lines.length === 0)
      throw new CliError(
        `${file} innehåller inga inskrivningar att importera (0 rader lästes). Kontrollera att det är rätt fil${opts.format === 'xlsx' || file.endsWith('.xlsx') ? ' och blad (--sheet)' : ''}.`,
      );
    try {
      const report = await importCases(ctx, lines, { dryRun: opts.dryRun ?? false });
      terminal().stdout.write(summary(report));
      if (report.dryRun) terminal().stdout.write('Inget sparades (--dry-run).\n');
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      const r = error.report;
      for (const rej of r.rejected) terminal().stderr.write(`rad ${rej.line}: ${rej.reason}\n`);
      throw new CliError(
        `${r.rejected.length} av ${r.lines} rader avvisades. Inget importerades. Rätta raderna och kör igen.`,
      );
    }
  });
}
