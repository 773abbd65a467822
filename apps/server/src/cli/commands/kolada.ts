import type { Command } from 'commander';

export function register(program: Command) {
  const kolada = program.command('kolada').description('Nyckeltal från Kolada (Källa: Kolada)');
  kolada
    .command('import-definitions')
    .description(
      'Importera nyckeltalsdefinitioner och kommungrupper (kpis-labour-market.json, municipality-groups.json)',
    )
    .argument('<dir>', 'katalog med JSON-filerna')
    .action(async (dir: string) => (await import('../actions/kolada.ts')).importDefinitions(dir));
  kolada
    .command('fetch')
    .description(
      'Hämta värden från Koladas öppna API (v3) för kommunen, dess "Liknande kommuner"-grupp, gruppens medelvärde, länet och riket',
    )
    .option('--kpi <ids>', 'nyckeltal, kommaseparerade (standard: enhetens resultatnyckeltal)')
    .requiredOption('--years <years>', 'år, kommaseparerade eller ett intervall: 2022,2023 eller 2020-2024')
    .option('--base-url <url>', 'Koladas API (t.ex. en intern spegel; standard: https://api.kolada.se/v3)')
    .action(async (opts: { kpi?: string; years: string; baseUrl?: string }) =>
      (await import('../actions/kolada.ts')).fetchValues(opts),
    );
  kolada
    .command('import-values')
    .description(
      'Importera nyckeltalsvärden från en CSV-fil (kpi,municipality,year,gender,value), för installationer utan internet',
    )
    .argument('<file>', 'CSV-fil')
    .action(async (file: string) => (await import('../actions/kolada.ts')).importValues(file));
}
