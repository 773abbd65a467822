import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from '../../files/decode-text.ts';
import { readDelimited } from '../../files/delimited.ts';
import { readWorkbook } from '../../files/workbook.ts';

// JSON Lines, CSV or XLSX with the same columns. CSV/XLSX columns are the JSON field names, with
// the nested exit fields flattened with dots: exit.date, exit.category, exit.employment.kind,
// exit.employment.startDate, exit.employment.heldOneMonth, exit.studies.kind,
// exit.studies.studentFinanceEligible. Empty cells mean "not given" in every format.
// Dialects (src/files): UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252; `;` `,` or
// tab; separator-only rows skipped; the XLSX sheet that holds the header (or --sheet).

export type RawLine = { line: number; value: unknown } | { line: number; error: string };

export type CaseFileFormat = 'jsonl' | 'csv' | 'xlsx';

export function formatOf(path: string): CaseFileFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  return 'jsonl';
}

/**
 * Reads a case file into raw lines (line numbers as an editor or Excel shows them). Throws
 * TextFileError / DelimitedTextError / WorkbookError (Swedish messages) when the file as a whole
 * cannot be read.
 */
export async function readCaseFile(
  path: string,
  format = formatOf(path),
  options: { sheet?: string | undefined } = {},
): Promise<RawLine[]> {
  const bytes = await readFile(path);
  if (format === 'xlsx') return readXlsx(bytes, options);
  const { text } = decodeText(bytes, 'Filen');
  return format === 'csv' ? readCsv(text) : readJsonLines(text);
}

export function readJsonLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
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
/** Identifier columns: a number in a spreadsheet cell is read as its digits. */
const IDENTIFIER_FIELDS = new Set(['personnummer']);

function cellValue(field: string, raw: unknown): unknown {
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if (typeof raw === 'number' && IDENTIFIER_FIELDS.has(field)) return String(raw);
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
  return readDelimited(text).rows.map(({ line, cells }) => ({ line, value: rowToObject(cells) }));
}

/** A personnummer typed as a number loses a leading zero (born in the 2000s, 10-digit form). */
function lostLeadingZero(raw: unknown): boolean {
  return typeof raw === 'number' && Number.isInteger(raw) && String(raw).length === 9;
}

export async function readXlsx(
  buffer: Buffer,
  options: { sheet?: string | undefined } = {},
): Promise<RawLine[]> {
  const { rows } = await readWorkbook(buffer, {
    sheet: options.sheet,
    isHeader: (cells) => cells.some((c) => c.trim().toLowerCase() === 'personnummer'),
  });
  return rows.map(({ line, cells, columns }): RawLine => {
    if (lostLeadingZero(cells.personnummer))
      return {
        line,
        error: `personnummer: Cellen i kolumn ${columns.personnummer} är ett tal med 9 siffror: den inledande nollan försvann troligen när Excel läste personnumret som tal. Formatera kolumnen som text och skriv numret igen.`,
      };
    return { line, value: rowToObject(cells) };
  });
}
