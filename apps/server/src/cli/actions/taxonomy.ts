import { resolve } from 'node:path';
import { loadTaxonomyFromDir, TaxonomyFormatError } from '@arbetsbro/taxonomy';
import { systemActor } from '../../modules/auth/actor.ts';
import { importTaxonomy, type TaxonomyImportReport } from '../../modules/taxonomy/import-taxonomy.ts';
import { CliError } from '../cli-error.ts';
import { terminal } from '../terminal.ts';
import { withContext } from '../with-context.ts';

const stepLabels: Record<string, string> = {
  ssykGroups: 'SSYK-grupper',
  occupations: 'yrkesbenämningar',
  skills: 'kompetenser',
  iscoGroups: 'ISCO-grupper',
  languages: 'språk',
  ssyk4Skills: 'yrkesgrupp → kompetens',
  substitutability: 'närliggande yrken',
  ssyk4Isco: 'SSYK → ISCO',
};

export async function importTaxonomyDir(dir: string) {
  const started = performance.now();
  // Read and validate every file before the database is opened: a broken export never
  // gets as far as a transaction.
  const parsed = await loadTaxonomyFromDir(resolve(dir), {
    onProgress: (e) => progress(`Läser ${e.file} (${e.done}/${e.total})`),
  }).catch((error: unknown) => {
    clearProgress();
    if (error instanceof TaxonomyFormatError) {
      throw new CliError(
        `Felaktig fil ${error.file}: ${error.problems.slice(0, 5).join('; ')}. Inget importerades.`,
      );
    }
    throw error;
  });
  await withContext(async (ctx) => {
    const report = await importTaxonomy(ctx, systemActor(ctx.config.municipality.code, 'cli'), parsed, {
      onProgress: (e) => progress(`Sparar ${stepLabels[e.step] ?? e.step} ${e.done}/${e.total}`),
    });
    clearProgress();
    terminal().stdout.write(formatReport(report, performance.now() - started));
  });
}

function formatReport(r: TaxonomyImportReport, ms: number): string {
  const c = r.counts;
  const lines = [
    `Taxonomi ${r.version}${r.sourceDate ? ` (export ${r.sourceDate.slice(0, 10)})` : ''}:`,
    `  ${c.occupations} yrkesbenämningar, ${c.ssyk4Groups} SSYK-4-grupper (${c.ssykGroups} SSYK-grupper totalt)`,
    `  ${c.skills} kompetenser, ${c.ssyk4Skills} kopplingar yrkesgrupp → kompetens`,
    `  ${c.substitutability} närliggande yrken (substituerbarhet), ${c.ssyk4Isco} SSYK → ISCO, ${c.iscoGroups} ISCO-grupper`,
    `  ${c.languages} språk, ${c.noEducationRequired} yrken utan utbildningskrav`,
  ];
  if (r.unchanged) {
    lines.push('Databasen hade redan exakt den här exporten: ingenting ändrades.');
  } else {
    const changed = Object.entries(r.changes)
      .filter(([, d]) => d.added + d.changed + d.removed > 0)
      .map(
        ([step, d]) =>
          `  ${stepLabels[step] ?? step}: ${d.added} nya, ${d.changed} ändrade, ${d.removed} ${
            step in { ssyk4Skills: 1, substitutability: 1, ssyk4Isco: 1 }
              ? 'borttagna'
              : 'inte längre med (behålls som utgångna)'
          }`,
      );
    lines.push('Ändringar:', ...(changed.length ? changed : ['  (endast versionen)']));
  }
  lines.push(`Klart på ${(ms / 1000).toFixed(1)} s.`);
  return `${lines.join('\n')}\n`;
}

// Progress on stderr, overwritten in place on a terminal; one line per step otherwise (logs).
let lastLine = '';
function progress(text: string) {
  if (terminal().stderr.isTTY) {
    terminal().stderr.write(`\r\x1b[K${text}`);
  } else if (text.split(' ').slice(0, 2).join(' ') !== lastLine.split(' ').slice(0, 2).join(' ')) {
    terminal().stderr.write(`${text}\n`);
  }
  lastLine = text;
}

function clearProgress() {
  if (terminal().stderr.isTTY && lastLine) terminal().stderr.write('\r\x1b[K');
  lastLine = '';
}
