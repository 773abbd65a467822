import type { Command } from 'commander';

export function register(program: Command) {
  const taxonomy = program.command('taxonomy').description('Yrken och kompetenser (JobTech Taxonomy)');
  taxonomy
    .command('import')
    .description('Importera JobTech Taxonomy-exporten i DIR (samma export två gånger ändrar ingenting)')
    .argument('<dir>', 'katalog med exportfilerna (the-ssyk-hierarchy-with-occupations.json m.fl.)')
    .action(async (dir: string) => (await import('../actions/taxonomy.ts')).importTaxonomyDir(dir));
}
