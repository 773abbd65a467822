import { resolve } from 'node:path';
import { GeoFormatError } from '@arbetsbro/geo';
import { systemActor } from '../../modules/auth/actor.ts';
import { importGeography } from '../../modules/geography/import-geography.ts';
import { readGeographyDir } from '../../modules/geography/read-geography-dir.ts';
import { CliError } from '../cli-error.ts';
import { terminal } from '../terminal.ts';
import { withContext } from '../with-context.ts';

export async function importGeo(dir: string) {
  const started = performance.now();
  terminal().stderr.write(`Läser ${resolve(dir)} …\n`);
  const input = await readGeographyDir(resolve(dir)).catch((error: unknown) => {
    if (error instanceof GeoFormatError)
      throw new CliError(`Felaktig fil ${error.message}. Inget importerades.`);
    throw error;
  });
  terminal().stderr.write(
    `Sparar ${input.municipalities.length} kommuner och ${input.postalCodes.length} postnummer …\n`,
  );
  await withContext(async (ctx) => {
    const r = await importGeography(ctx, systemActor(ctx.config.municipality.code, 'cli'), input);
    const lines = [
      `${r.counties} län, ${r.municipalities} kommuner, ${r.postalCodes} postnummer.`,
      r.unchanged
        ? 'Databasen hade redan exakt de här uppgifterna: ingenting ändrades.'
        : `Ändringar: kommuner ${r.changes.municipalities.added} nya, ${r.changes.municipalities.changed} ändrade; ` +
          `postnummer ${r.changes.postalCodes.added} nya, ${r.changes.postalCodes.changed} ändrade, ${r.changes.postalCodes.removed} borttagna.`,
      `Klart på ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    ];
    terminal().stdout.write(`${lines.join('\n')}\n`);
  });
}
