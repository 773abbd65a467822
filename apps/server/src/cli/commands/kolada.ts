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
  kolada
    .command('report')
    .description(
      'Årsrapport till Kolada ur enhetens egna uppgifter: nyckeltalen U40450–U40455, U40406–U40418 och deltagarprofilen U40800–U40835',
    )
    .requiredOption('--year <yyyy>', 'redovisningsåret, t.ex. 2025')
    .option('--unit <name>', 'en enhet (standard: alla kommunens enheter)')
    .option('--format <format>', 'json (nyckeltal → värde), csv eller xlsx', 'json')
    .option('--out <file>', 'fil att skriva till (standard: skärmen; xlsx: arbetsbro-kolada-ÅÅÅÅ.xlsx)')
    .action(async (opts: { year: string; unit?: string; format: string; out?: string }) =>
      (await import('../actions/kolada-report.ts')).koladaReport(opts),
    );
}
