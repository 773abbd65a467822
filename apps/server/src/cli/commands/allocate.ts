import type { Command } from 'commander';

export function register(program: Command) {
  program
    .command('allocate')
    .description(
      'Fördela förslag över alla öppna behov så att summan av poängen blir så hög som möjligt (exakt), utan par med hinder',
    )
    .option('--participants <file>', 'deltagarprofiler (JSON-lista)')
    .option('--needs <file>', 'rekryteringsbehov (JSON-lista)')
    .option(
      '--scores <file>',
      'färdiga poäng: {"needs":[{id,capacity}],"participants":[{id,capacity}],"pairs":[…]}',
    )
    .option('--taxonomy <dir>', 'JobTech Taxonomy-export (annars den installerade taxonomin)')
    .option('--geo <file>', 'kommuner.csv med kommunkod och koordinater')
    .option('--weights <file>', 'enhetens vikter (JSON)')
    .option('--per-participant <k>', 'högst K förslag per deltagare', '1')
    .option('--per-position <m>', 'förslag per tjänst i behovet (kapacitet = positions × m)', '1')
    .option('--greedy', 'girig fördelning (bäst par först) i stället för exakt, för jämförelse')
    .action(
      async (opts: {
        participants?: string;
        needs?: string;
        scores?: string;
        taxonomy?: string;
        geo?: string;
        weights?: string;
        perParticipant: string;
        perPosition: string;
        greedy?: boolean;
      }) => (await import('../actions/allocate.ts')).allocateCommand(opts),
    );
}
