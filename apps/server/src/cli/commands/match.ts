import type { Command } from 'commander';

export function register(program: Command) {
  program
    .command('match')
    .description('Matcha deltagare mot rekryteringsbehov (JSON-filer) och skriv rangordnade förslag som JSON')
    .requiredOption('--participants <file>', 'deltagarprofiler (JSON-lista)')
    .requiredOption('--needs <file>', 'rekryteringsbehov (JSON-lista)')
    .option('--taxonomy <dir>', 'JobTech Taxonomy-export (annars den installerade taxonomin)')
    .option('--geo <file>', 'kommuner.csv med kommunkod och koordinater (annars de installerade kommunerna)')
    .option('--weights <file>', 'enhetens vikter (JSON, delvis; resten standard)')
    .option('--top <k>', 'antal förslag per behov/deltagare; 0 = alla par utan hinder', '10')
    .option(
      '--direction <need|participant>',
      'need: kandidater per behov; participant: behov per deltagare',
      'need',
    )
    .option('--include-blocked', 'ta även med par med hinder (efter de övriga)')
    .option('--explain', 'ta med varje faktors bidrag och förklaring')
    .action(
      async (opts: {
        participants: string;
        needs: string;
        taxonomy?: string;
        geo?: string;
        weights?: string;
        top: string;
        direction: string;
        includeBlocked?: boolean;
        explain?: boolean;
      }) => (await import('../actions/match.ts')).match(opts),
    );
}
