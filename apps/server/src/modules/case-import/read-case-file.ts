import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

// JSON Lines, CSV or XLSX with the same columns. CSV/XLSX columns are the JSON field names, with
// the nested exit fields flattened with dots: exit.date, exit.category, exit.employment.kind,
// exit.employment.startDate, exit.employment.heldOneMonth, exit.studies.kind,
// exit.studies.studentFinanceEligible. Empty cells mean "not given".

export type RawLine = { line: number; value: unknown } | { line: number; error: string };

export type CaseFileFormat = 'jsonl' | 'csv' | 'xlsx';

export function formatOf(path: string): CaseFileFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  return 'jsonl';
}

export async function readCaseFile(path: string, format = formatOf(path)): Promise<RawLine[]> {
  if (format === 'xlsx') return readXlsx(await readFile(path));
  const text = await readFile(path, 'utf8');
  return format === 'csv' ? readCsv(text) : readJsonLines(text);
}

export function readJsonLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      out.push({ line: i + 1, value: JSON.parse(raw) });
    } catch {
      out.push({ line: i + 1, error: 'Raden är inte giltig JSON.' });
    }
  });
  return out;
}

const BOOLEAN_FIELDS = new Set([
  'incomeSupport',
  'exit.employment.heldOneMonth',
  'exit.studies.studentFinanceEligible',
]);
const NUMBER_FIELDS = new Set(['monthsWithoutWork']);
/** Fields where an empty cell means null (known to be unknown) rather than absent. */
const NULLABLE_FIELDS = new Set(['educationLevel', 'monthsWithoutWork']);

function cellValue(field: string, raw: unknown): unknown {
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  const text = raw == null ? '' : String(raw).trim();
  if (BOOLEAN_FIELDS.has(field)) {
    const t = text.toLowerCase();
    if (['true', 'ja', 'j', 'yes', '1', 'sant'].includes(t)) return true;
    if (['false', 'nej', 'n', 'no', '0', 'falskt'].includes(t)) return false;
    return text;
  }
  if (NUMBER_FIELDS.has(field) && /^-?\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  return text;
}

/** A flat row (column → cell) as the nested JSON object of a line. */
export function rowToObject(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    const field = column.trim();
    if (field === '') continue;
    const value = cellValue(field, raw);
    if (value === '') {
      if (NULLABLE_FIELDS.has(field)) setPath(out, field.split('.'), null);
      continue;
    }
    setPath(out, field.split('.'), value);
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

export function readCsv(text: string): RawLine[] {
  const body = text.replace(/^\uFEFF/, '');
  const header = body.split(/\r?\n/, 1)[0] ?? '';
  // Swedish Excel writes semicolons.
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  const records = parseCsv(body, {
    columns: true,
    delimiter,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  return records.map(({ record, info }) => ({ line: info.lines, value: rowToObject(record) }));
}

export async function readXlsx(buffer: Buffer): Promise<RawLine[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    headers[col] = String(cell.value ?? '').trim();
  });
  const out: RawLine[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const record: Record<string, unknown> = {};
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const header = headers[col];
      if (!header) return;
      const v = cell.value as unknown;
      // Rich text and formula results: take the text/result.
      if (v && typeof v === 'object' && !(v instanceof Date)) {
        const o = v as { result?: unknown; richText?: Array<{ text: string }>; text?: string };
        record[header] = o.result ?? o.richText?.map((r) => r.text).join('') ?? o.text ?? '';
      } else record[header] = v;
    });
    if (Object.keys(record).length > 0) out.push({ line: rowNumber, value: rowToObject(record) });
  });
  return out;
}
