import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  createKoladaClient,
  KOLADA_API_BASE_URL,
  KoladaApiError,
  KoladaFormatError,
  loadKoladaDefinitionsFromDir,
  OUTCOME_KPI_IDS,
  parseKoladaValuesCsv,
} from '@arbetsbro/kolada';
import { decodeText } from '../../files/decode-text.ts';
import { systemActor } from '../../modules/auth/actor.ts';
import { fetchKoladaValues } from '../../modules/kolada/fetch-kolada-values.ts';
import { importKoladaDefinitions } from '../../modules/kolada/import-kolada-definitions.ts';
import { importKoladaValues, type KoladaValuesReport } from '../../modules/kolada/import-kolada-values.ts';
import { CliError } from '../cli-error.ts';
import { terminal } from '../terminal.ts';
import { withContext } from '../with-context.ts';

/** The whole fetch, all pages: Kolada is slow at times, but a cron job must not hang. */
const FETCH_TIMEOUT_MS = 120_000;

export async function importDefinitions(dir: string) {
  terminal().stderr.write(`Läser ${resolve(dir)} …\n`);
  const definitions = await loadKoladaDefinitionsFromDir(resolve(dir)).catch(formatError);
  await withContext(async (ctx) => {
    const r = await importKoladaDefinitions(
      ctx,
      systemActor(ctx.config.municipality.code, 'cli'),
      definitions,
    );
    terminal().stdout.write(
      `${r.kpis} nyckeltal, ${r.groups} kommungrupper.\n${
        r.unchanged
          ? 'Databasen hade redan exakt de här definitionerna: ingenting ändrades.'
          : `Ändringar: nyckeltal ${r.changes.kpis.added} nya, ${r.changes.kpis.changed} ändrade; ` +
            `kommungrupper ${r.changes.groups.added} nya, ${r.changes.groups.changed} ändrade.`
      }\n`,
    );
  });
}

export async function fetchValues(options: { kpi?: string; years: string; baseUrl?: string }) {
  const opts = {
    kpi: options.kpi ?? OUTCOME_KPI_IDS.join(','),
    years: options.years,
    baseUrl: options.baseUrl ?? KOLADA_API_BASE_URL,
  };
  const kpis = list(opts.kpi).map((k) => k.toUpperCase());
  const years = parseYears(opts.years);
  const client = createKoladaClient({
    fetch: (url, init) => fetch(url, init),
    baseUrl: opts.baseUrl,
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  await withContext(async (ctx) => {
    terminal().stderr.write(
      `Hämtar ${kpis.length} nyckeltal för ${years.join(', ')} från ${opts.baseUrl} …\n`,
    );
    const r = await fetchKoladaValues(ctx, systemActor(ctx.config.municipality.code, 'cli'), {
      client,
      kpis,
      years,
    }).catch((error: unknown) => {
      if (error instanceof KoladaApiError)
        throw new CliError(`Kolada svarade inte som väntat: ${error.message}`);
      if (error instanceof RangeError) throw new CliError(error.message);
      throw error;
    });
    terminal().stdout.write(
      `${r.group ? `Jämförelsegrupp: ${r.group.title} (${r.group.members} kommuner), länet (${r.county}) och riket (${r.country}).\n` : `Ingen "Liknande kommuner"-grupp hittades (kör kolada import-definitions först); bara kommunens, länets (${r.county}) och rikets (${r.country}) värden hämtades.\n`}` +
        valuesSummary(r),
    );
  });
}

export async function importValues(file: string) {
  const bytes = await readFile(resolve(file)).catch(() => {
    throw new CliError(`Kan inte läsa ${file}.`);
  });
  let text: string;
  try {
    text = decodeText(bytes, basename(file)).text;
  } catch (error) {
    throw new CliError(`${(error as Error).message} Inget importerades.`);
  }
  let values: ReturnType<typeof parseKoladaValuesCsv>;
  try {
    values = parseKoladaValuesCsv(text, basename(file));
  } catch (error) {
    formatError(error);
  }
  await withContext(async (ctx) => {
    if (values.length === 0) throw new CliError(`${file} innehåller inga värden att importera.`);
    const r = await importKoladaValues(ctx, systemActor(ctx.config.municipality.code, 'cli'), values, 'csv');
    terminal().stdout.write(valuesSummary(r));
  });
}

function valuesSummary(r: KoladaValuesReport): string {
  return (
    `${r.values} värden (${r.kpis.length} nyckeltal, ${r.municipalities.length} kommuner/grupper, år ${r.years.join(', ') || '–'}); ` +
    `${r.written} nya eller ändrade sparades.\n`
  );
}

function formatError(error: unknown): never {
  if (error instanceof KoladaFormatError)
    throw new CliError(`Felaktig fil ${error.message}. Inget importerades.`);
  throw error;
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function parseYears(text: string): number[] {
  const years = new Set<number>();
  for (const part of list(text)) {
    const range = /^(\d{4})-(\d{4})$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from || to - from > 30) throw new CliError(`Ogiltigt årsintervall: ${part}`);
      for (let y = from; y <= to; y++) years.add(y);
    } else if (/^\d{4}$/.test(part)) {
      years.add(Number(part));
    } else {
      throw new CliError(`Ogiltigt år: ${part}`);
    }
  }
  if (years.size === 0) throw new CliError('Ange minst ett år med --years.');
  return [...years].sort();
}
