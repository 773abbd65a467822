import type { Command } from 'commander';
import type { CaseFileFormat } from '../../modules/case-import/read-case-file.ts';

export function register(program: Command) {
  const imp = program.command('import').description('Importera data');
  imp
    .command('cases')
    .description(
      'Importera inskrivningar (JSON Lines, CSV eller XLSX med samma kolumner) till installationens kommun: allt eller inget',
    )
    .argument('<file>', 'fil (.jsonl, .csv eller .xlsx)')
    .option('--dry-run', 'kontrollera filen utan att spara något')
    .option('--format <format>', 'jsonl, csv eller xlsx (annars efter filändelsen)')
    .option('--sheet <name>', 'XLSX: bladet att läsa (annars det första blad som har en rubrikrad)')
    .action(async (file: string, opts: { dryRun?: boolean; format?: CaseFileFormat; sheet?: string }) =>
      (await import('../actions/import.ts')).importCaseFile(file, opts),
    );
}
