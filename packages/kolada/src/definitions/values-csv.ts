import { parse } from 'csv-parse/sync';
import { KoladaFormatError } from './errors.ts';
import type { KoladaGender, KoladaValue } from './model.ts';

// KPI values for installations without internet, one value per row:
//
//   kpi,municipality,year,gender,value
//   U40455,1488,2024,T,48.5
//
// gender: T/K/M or total/kvinnor/män (women/men); value: decimal point or comma, Unicode minus,
// empty or `..` when missing. Separator "," or ";" (Swedish Excel writes ";" with decimal commas), detected from the
// header. Column names may also be in Swedish: nyckeltal, kommun, år, kön, värde.

const COLUMN_ALIASES: Record<string, keyof Omit<KoladaValue, 'count' | 'status'>> = {
  kpi: 'kpi',
  nyckeltal: 'kpi',
  municipality: 'municipality',
  kommun: 'municipality',
  kommunkod: 'municipality',
  year: 'year',
  period: 'year',
  år: 'year',
  gender: 'gender',
  kön: 'gender',
  value: 'value',
  värde: 'value',
};

const GENDERS: Record<string, KoladaGender> = {
  t: 'T',
  total: 'T',
  totalt: 'T',
  alla: 'T',
  k: 'K',
  kvinnor: 'K',
  women: 'K',
  m: 'M',
  män: 'M',
  man: 'M',
  men: 'M',
};

export function parseKoladaValuesCsv(csv: string, file = 'kolada-values.csv'): KoladaValue[] {
  const text = csv.replace(/^\uFEFF/, '');
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    }) as string[][];
  } catch (error) {
    throw new KoladaFormatError(file, `not valid CSV (${(error as Error).message})`);
  }
  const header = rows[0]?.map((c) => COLUMN_ALIASES[c.toLowerCase()]) ?? [];
  const missing = (['kpi', 'municipality', 'year', 'gender', 'value'] as const).filter(
    (c) => !header.includes(c),
  );
  if (missing.length > 0) throw new KoladaFormatError(file, `missing column(s) ${missing.join(', ')}`, 1);
  const col = (name: string) => header.indexOf(name as (typeof header)[number]);
  const [kpiCol, municipalityCol, yearCol, genderCol, valueCol] = [
    'kpi',
    'municipality',
    'year',
    'gender',
    'value',
  ].map(col);

  const seen = new Set<string>();
  const problems: Array<{ line: number; message: string }> = [];
  const values: KoladaValue[] = [];
  for (const [i, row] of rows.slice(1).entries()) {
    const line = i + 2;
    const problem = (message: string) => {
      problems.push({ line, message });
    };
    const cell = (c: number) => row[c!] ?? '';
    if (row.every((c) => c.trim() === '')) continue; // ";;;;" from Excel: a row that only looks empty
    const kpi = cell(kpiCol!).toUpperCase();
    if (!/^[A-Z]\d{5}$/.test(kpi)) {
      problem(`KPI "${kpi}" is not a Kolada KPI id`);
      continue;
    }
    const municipality = cell(municipalityCol!);
    if (!/^(\d{4}|G\d+)$/.test(municipality)) {
      problem(`municipality "${municipality}" is not a 4-digit code or a group id`);
      continue;
    }
    const year = Number(cell(yearCol!));
    if (!/^\d{4}$/.test(cell(yearCol!))) {
      problem(`year "${cell(yearCol!)}" is not a year`);
      continue;
    }
    const gender = GENDERS[cell(genderCol!).toLowerCase()];
    if (!gender) {
      problem(`gender "${cell(genderCol!)}" is not T, K or M`);
      continue;
    }
    const value = parseStatisticValue(cell(valueCol!));
    if (value === undefined) {
      problem(`value "${cell(valueCol!)}" is not a number`);
      continue;
    }
    const key = `${kpi}|${municipality}|${year}|${gender}`;
    if (seen.has(key)) {
      problem(`${kpi} ${municipality} ${year} ${gender} appears twice`);
      continue;
    }
    seen.add(key);
    values.push({ kpi, municipality, year, gender, value, count: 1 });
  }
  // Every problem of the file in one run, not only the first.
  if (problems.length === 1) throw new KoladaFormatError(file, problems[0]!.message, problems[0]!.line);
  if (problems.length > 1)
    throw new KoladaFormatError(
      file,
      problems.map((p) => `line ${p.line}: ${p.message}`),
    );
  return values;
}

/**
 * A value as statistics files write it: decimal comma or point, Unicode minus (U+2212) or a
 * hyphen, spaces as thousands separators; `..`, `.`, `-`, `–` alone or empty mean missing (SCB and
 * Kolada notation). Null when missing, undefined when not a number.
 */
export function parseStatisticValue(raw: string): number | null | undefined {
  const text = raw.normalize('NFKC').replace(/[\s\u00A0\u202F]/g, '');
  if (text === '' || /^(\.{1,3}|[-\u2013\u2014\u2212]|x)$/i.test(text)) return null;
  const plain = text.replace(/^[\u2212\u2013]/, '-').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(plain)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/** Writes values in the same format (comma separated, decimal point), e.g. to prepare an offline file. */
export function formatKoladaValuesCsv(values: readonly KoladaValue[]): string {
  const lines = values.map((v) => [v.kpi, v.municipality, v.year, v.gender, v.value ?? ''].join(','));
  return `kpi,municipality,year,gender,value\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}
