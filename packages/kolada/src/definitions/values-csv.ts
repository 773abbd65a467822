import { parse } from 'csv-parse/sync';
import { KoladaFormatError } from './errors.ts';
import type { KoladaGender, KoladaValue } from './model.ts';

// KPI values for installations without internet, one value per row:
//
//   kpi,municipality,year,gender,value
//   U40455,1488,2024,T,48.5
//
// gender: T/K/M or total/kvinnor/män (women/men); value: empty when missing, decimal point or
// comma. Separator "," or ";" (Swedish Excel writes ";" with decimal commas), detected from the
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
  return rows.slice(1).map((row, i): KoladaValue => {
    const line = i + 2;
    const cell = (c: number) => row[c!] ?? '';
    const kpi = cell(kpiCol!).toUpperCase();
    if (!/^[A-Z]\d{5}$/.test(kpi))
      throw new KoladaFormatError(file, `KPI "${kpi}" is not a Kolada KPI id`, line);
    const municipality = cell(municipalityCol!);
    if (!/^(\d{4}|G\d+)$/.test(municipality)) {
      throw new KoladaFormatError(
        file,
        `municipality "${municipality}" is not a 4-digit code or a group id`,
        line,
      );
    }
    const year = Number(cell(yearCol!));
    if (!/^\d{4}$/.test(cell(yearCol!)))
      throw new KoladaFormatError(file, `year "${cell(yearCol!)}" is not a year`, line);
    const gender = GENDERS[cell(genderCol!).toLowerCase()];
    if (!gender) throw new KoladaFormatError(file, `gender "${cell(genderCol!)}" is not T, K or M`, line);
    const rawValue = cell(valueCol!).replace(/\s/g, '');
    // A decimal comma ("48,5") is read as a decimal point.
    const value =
      rawValue === '' ? null : Number(rawValue.includes('.') ? rawValue : rawValue.replace(',', '.'));
    if (value !== null && !Number.isFinite(value))
      throw new KoladaFormatError(file, `value "${rawValue}" is not a number`, line);
    const key = `${kpi}|${municipality}|${year}|${gender}`;
    if (seen.has(key))
      throw new KoladaFormatError(file, `${kpi} ${municipality} ${year} ${gender} appears twice`, line);
    seen.add(key);
    return { kpi, municipality, year, gender, value, count: 1 };
  });
}

/** Writes values in the same format (comma separated, decimal point), e.g. to prepare an offline file. */
export function formatKoladaValuesCsv(values: readonly KoladaValue[]): string {
  const lines = values.map((v) => [v.kpi, v.municipality, v.year, v.gender, v.value ?? ''].join(','));
  return `kpi,municipality,year,gender,value\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}
