import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildKoladaReport, koladaCsv, koladaValues, koladaWorkbook } from '../../modules/outcomes/index.ts';
import { unitRepository } from '../../modules/unit/index.ts';
import { CliError } from '../cli-error.ts';
import { terminal } from '../terminal.ts';
import { withContext } from '../with-context.ts';

const FORMATS = ['json', 'csv', 'xlsx'] as const;

/**
 * `arbetsbro kolada report --year YYYY [--unit NAME] [--format json|csv|xlsx] [--out FILE]`: the
 * yearly values to enter in Kolada's survey. JSON is `{ "U40450": 12, "U40455": 51.3, … }` (totals;
 * null where there is nothing to divide by).
 */
export function koladaReport(opts: { year: string; unit?: string; format: string; out?: string }) {
  const year = Number(opts.year);
  if (!/^\d{4}$/.test(opts.year) || year < 2000)
    throw new CliError(`--year ska vara ett årtal, t.ex. 2025 (fick "${opts.year}").`);
  const format = opts.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new CliError(`--format ska vara ${FORMATS.join(', ')} (fick "${opts.format}").`);
  return withContext(async (ctx) => {
    const municipalityCode = ctx.config.municipality.code;
    const units = await unitRepository.list(ctx.db, municipalityCode);
    const chosen = opts.unit
      ? units.find((u) => u.name.toLocaleLowerCase('sv') === opts.unit!.trim().toLocaleLowerCase('sv'))
      : null;
    if (opts.unit && !chosen)
      throw new CliError(
        `Enheten "${opts.unit}" finns inte. ${units.length ? `Enheter: ${units.map((u) => `"${u.name}"`).join(', ')}.` : 'Inga enheter finns ännu.'}`,
      );
    const report = await buildKoladaReport(ctx, {
      municipalityCode,
      unitIds: chosen ? [chosen.id] : units.map((u) => u.id),
      unitId: chosen?.id ?? null,
      year,
    });
    const out = terminal();
    if (format === 'xlsx') {
      const file = resolve(opts.out ?? `arbetsbro-kolada-${year}.xlsx`);
      writeFileSync(file, await koladaWorkbook(report));
      out.stdout.write(`Skrev ${file}.\n`);
    } else {
      const text =
        format === 'csv' ? koladaCsv(report) : `${JSON.stringify(koladaValues(report), null, 2)}\n`;
      if (opts.out) {
        writeFileSync(resolve(opts.out), text);
        out.stdout.write(`Skrev ${resolve(opts.out)}.\n`);
      } else out.stdout.write(text);
    }
    const notes = [
      report.preliminary ? `${year} är inte avslutat: värdena är preliminära.` : null,
      report.exits.pendingVerification
        ? `${report.exits.pendingVerification} avslut till arbete väntar på uppföljningen efter en månad och räknas som E tills vidare.`
        : null,
    ].filter(Boolean);
    for (const note of notes) out.stderr.write(`${note}\n`);
  });
}
