import type { Command } from 'commander';

export function register(program: Command) {
  const geo = program.command('geo').description('Kommuner, län och postnummer');
  geo
    .command('import')
    .description(
      'Importera kommuner, län och postnummer från CSV-filerna i DIR (samma filer två gånger ändrar ingenting)',
    )
    .argument(
      '<dir>',
      'katalog med municipalities.csv, kommuner.csv, counties.csv, postal_to_municipality.csv',
    )
    .action(async (dir: string) => (await import('../actions/geo.ts')).importGeo(dir));
}
